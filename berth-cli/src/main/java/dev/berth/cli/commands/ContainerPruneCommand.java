package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.format.Units;
import dev.berth.container.ContainerService;
import dev.berth.image.Filters;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth container prune}. */
@Command(name = "prune")
public final class ContainerPruneCommand extends BaseCommand {
  @Option(names = "--filter")
  List<String> filters = new ArrayList<>();

  @Option(names = {"-f", "--force"})
  boolean force;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    checkFilters(filters, "--filter");
    if (!force && !Prompt.confirm(ctx, "WARNING! This will remove all stopped containers.")) {
      return 0;
    }
    ContainerService.PruneReport report = ctx.engine().containers().prune(Filters.ofArgs(filters));
    StringBuilder sb = new StringBuilder();
    if (!report.deleted().isEmpty()) {
      sb.append("Deleted Containers:\n");
      for (String id : report.deleted()) {
        sb.append(id).append('\n');
      }
      sb.append('\n');
    }
    sb.append("Total reclaimed space: ").append(Units.humanSize(report.spaceReclaimed())).append('\n');
    ctx.out().print(sb);
    return 0;
  }
}
