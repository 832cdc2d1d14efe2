package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth volume rm [-f] VOLUME...}: prints each name removed, then every error. */
@Command(name = "rm")
public final class VolumeRmCommand extends BaseCommand {
  @Option(names = {"-f", "--force"})
  boolean force;

  @Parameters
  List<String> volumes = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(volumes, 1);
    List<String> errors = new ArrayList<>();
    for (String v : volumes) {
      try {
        ctx.volumes().remove(v, force);
        ctx.out().println(v);
      } catch (BerthException e) {
        errors.add(BerthCli.daemonError(e));
      }
    }
    if (errors.isEmpty()) {
      return 0;
    }
    ctx.err().println(String.join("\n", errors));
    return 1;
  }
}
