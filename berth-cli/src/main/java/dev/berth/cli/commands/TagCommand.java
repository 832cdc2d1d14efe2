package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth tag SOURCE TARGET}. */
@Command(name = "tag")
public final class TagCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 2);
    String clientError = Reference.clientTagError(args.get(1));
    if (clientError != null) {
      throw new CommandFailed(clientError, 1);
    }
    ctx.engine().images().tag(args.get(0), args.get(1));
    return 0;
  }
}
