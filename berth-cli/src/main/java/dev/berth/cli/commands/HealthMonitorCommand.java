package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.container.HealthMonitor;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth container health-monitor ID STARTED_AT}: runs the healthcheck of one run of a
 * container until that run ends. The engine starts it, in a session of its own, when a container
 * with a healthcheck starts: without a daemon, this process is what probes it.
 */
@Command(name = "health-monitor")
public final class HealthMonitorCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 2);
    try {
      new HealthMonitor(ctx.engine().store(), ctx.engine().lifecycle()).run(args.get(0), args.get(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
