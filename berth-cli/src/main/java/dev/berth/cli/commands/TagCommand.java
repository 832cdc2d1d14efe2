package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.reference.ClientReferenceException;
import dev.berth.reference.TagTarget;
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
    TagTarget.ApiParameters target;
    try {
      target = TagTarget.forCli(args.get(0), args.get(1));
    } catch (ClientReferenceException e) {
      throw new CommandFailed(e.getMessage(), 1);
    }
    ctx.images().tag(args.get(0), target.repo(), target.tag());
    return 0;
  }
}
