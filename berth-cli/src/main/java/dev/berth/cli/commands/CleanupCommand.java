package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth container cleanup [--rm] ID}: conmon's exit hook. Opening the engine reconciles every
 * container whose process ended, so the row is updated without any daemon; with {@code --rm} (a
 * container created with {@code --rm} and started by the CLI) it also removes the container, else it
 * applies the container's restart policy (and may wait to start it again).
 */
@Command(name = "cleanup")
public final class CleanupCommand extends BaseCommand {
  @Option(names = "--rm")
  boolean rm;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    ctx.engine();
    for (String id : args) {
      if (rm) {
        ctx.engine().lifecycle().removeIfAutoRemove(ctx.engine().containers(), id);
      } else {
        ctx.engine().lifecycle().applyRestartPolicy(id);
      }
    }
    return 0;
  }
}
