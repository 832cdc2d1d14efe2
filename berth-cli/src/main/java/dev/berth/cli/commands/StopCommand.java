package dev.berth.cli.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth stop [-t N]} (also used for {@code restart}). */
@Command(name = "stop")
public final class StopCommand extends ContainerVerbCommand {
  @Option(names = {"-t", "--time", "--timeout"})
  Integer timeout;

  @Option(names = {"-s", "--signal"})
  String signal;

  @Parameters
  List<String> containers = new ArrayList<>();

  boolean restart;

  @Override
  protected String act(String container) {
    Duration t = timeout == null ? ctx.engine().lifecycle().defaultStopTimeout(container) : Duration.ofSeconds(timeout);
    if (restart) {
      ctx.engine().lifecycle().restart(container, t, true);
    } else {
      ctx.engine().lifecycle().stop(container, t);
    }
    return container;
  }

  @Override
  protected int execute() {
    restart = path.endsWith("restart");
    return forEach(containers);
  }
}
