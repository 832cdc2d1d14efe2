package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth container cleanup ID}: conmon's exit hook. Opening the engine reconciles every
 * container whose process ended, so the row is updated without any daemon.
 */
@Command(name = "cleanup")
public final class CleanupCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    ctx.engine();
    return 0;
  }
}
