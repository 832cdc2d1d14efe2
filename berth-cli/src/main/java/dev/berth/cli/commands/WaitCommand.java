package dev.berth.cli.commands;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth wait}: prints each container's exit code once it has stopped. */
@Command(name = "wait")
public final class WaitCommand extends ContainerVerbCommand {
  @Parameters
  List<String> containers = new ArrayList<>();

  @Override
  protected String act(String container) {
    return Integer.toString(ctx.containers().await(container));
  }

  @Override
  protected int execute() {
    return forEach(containers);
  }
}
