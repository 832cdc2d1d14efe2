package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth network rm NETWORK...}: prints each network removed; every error goes to stderr as it
 * happens and, as the docker CLI does, a last line {@code exit status 1}.
 */
@Command(name = "rm")
public final class NetworkRmCommand extends BaseCommand {
  @Option(names = {"-f", "--force"})
  boolean force;

  @Parameters
  List<String> networks = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(networks, 1);
    boolean failed = false;
    for (String n : networks) {
      try {
        ctx.networks().remove(n);
        ctx.out().println(n);
      } catch (BerthException e) {
        if (force && e.kind() == dev.berth.errors.ErrorKind.NOT_FOUND) {
          continue; // -f: a network that does not exist is no error
        }
        ctx.err().println(BerthCli.daemonError(e).strip());
        failed = true;
      }
    }
    if (!failed) {
      return 0;
    }
    ctx.err().println("exit status 1");
    return 1;
  }
}
