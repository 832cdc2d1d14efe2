package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.image.ContainerChanges;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth diff CONTAINER}: one {@code KIND PATH} line per change (C, A or D). */
@Command(name = "diff")
public final class DiffCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 1);
    StringBuilder out = new StringBuilder();
    for (ContainerChanges.Change c : ctx.containers().changes(args.get(0))) {
      out.append(c.kind().letter()).append(' ').append(c.path()).append('\n');
    }
    ctx.out().print(out);
    return 0;
  }
}
