package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
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
    ContainerService.PruneReport report = ctx.containers().prune(Filters.ofArgs(filters));
    ctx.out().print(new PruneOutput().block("Deleted Containers", report.deleted(), report.spaceReclaimed()).text());
    return 0;
  }
}
