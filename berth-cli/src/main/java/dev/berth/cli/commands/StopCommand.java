package dev.berth.cli.commands;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth stop [-t N]} (also used for {@code restart}). */
@Command(name = "stop")
public final class StopCommand extends ContainerVerbCommand {
  @Option(names = {"-t", "--timeout"})
  Integer timeout;

  /** The deprecated spelling of {@code --timeout}: its use is announced (on stdout, as the docker CLI does). */
  @Option(names = "--time")
  Integer time;

  @Option(names = {"-s", "--signal"})
  String signal;

  @Parameters
  List<String> containers = new ArrayList<>();

  boolean restart;

  @Override
  protected String act(String container) {
    if (restart) {
      ctx.containers().restart(container, timeout);
    } else {
      ctx.containers().stop(container, timeout);
    }
    return container;
  }

  @Override
  protected int execute() {
    restart = path.endsWith("restart");
    if (time != null) {
      ctx.out().println("Flag --time has been deprecated, use --timeout instead");
      if (timeout == null) {
        timeout = time;
      }
    }
    return forEach(containers);
  }
}
