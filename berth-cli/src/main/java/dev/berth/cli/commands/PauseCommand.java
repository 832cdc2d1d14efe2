package dev.berth.cli.commands;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth pause} and {@code berth unpause} (the cgroup freezer, through runc). */
@Command(name = "pause")
public final class PauseCommand extends ContainerVerbCommand {
  @Parameters
  List<String> containers = new ArrayList<>();

  @Override
  protected String act(String container) {
    if (path.endsWith("unpause")) {
      ctx.containers().unpause(container);
    } else {
      ctx.containers().pause(container);
    }
    return container;
  }

  @Override
  protected int execute() {
    return forEach(containers);
  }
}
