package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth rename CONTAINER NEW_NAME}. */
@Command(name = "rename")
public final class RenameCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 2);
    ctx.containers().rename(args.get(0), args.get(1));
    return 0;
  }
}
