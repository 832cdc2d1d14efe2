package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;

/** start/stop/kill/wait-style commands: each argument in order, errors collected as docker does. */
abstract class ContainerVerbCommand extends BaseCommand {
  /** Acts on one container; returns the line to print on success. */
  protected abstract String act(String container);

  protected int forEach(List<String> containers) {
    minArgs(containers, 1);
    List<String> errors = new ArrayList<>();
    for (String c : containers) {
      try {
        ctx.out().println(act(c));
        ctx.out().flush();
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
