package dev.berth.cli.commands;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth kill [-s SIGNAL]}. */
@Command(name = "kill")
public final class KillCommand extends ContainerVerbCommand {
  @Option(names = {"-s", "--signal"}, defaultValue = "KILL")
  String signal;

  @Parameters
  List<String> containers = new ArrayList<>();

  @Override
  protected String act(String container) {
    ctx.containers().kill(container, signal);
    return container;
  }

  @Override
  protected int execute() {
    return forEach(containers);
  }
}
