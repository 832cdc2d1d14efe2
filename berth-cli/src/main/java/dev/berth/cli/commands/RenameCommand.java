package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth rename CONTAINER NEW_NAME}: a daemon error is followed by the docker CLI's own line. */
@Command(name = "rename")
public final class RenameCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 2);
    String oldName = args.get(0).strip();
    String newName = args.get(1).strip();
    if (oldName.isEmpty() || newName.isEmpty()) {
      throw new CommandFailed("Error: Neither old nor new names may be empty", 1);
    }
    try {
      ctx.containers().rename(oldName, newName);
    } catch (BerthException e) {
      ctx.err().println(BerthCli.daemonError(e));
      throw new CommandFailed("Error: failed to rename container named " + oldName, 1);
    }
    return 0;
  }
}
