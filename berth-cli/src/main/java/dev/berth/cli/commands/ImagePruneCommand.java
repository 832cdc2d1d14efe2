package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.image.Filters;
import dev.berth.image.ImageService;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth image prune}. */
@Command(name = "prune")
public final class ImagePruneCommand extends BaseCommand {
  @Option(names = {"-a", "--all"})
  boolean all;

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
    String warning = all
        ? "WARNING! This will remove all images without at least one container associated to them."
        : "WARNING! This will remove all dangling images.";
    if (!force && !Prompt.confirm(ctx, warning)) {
      return 0;
    }
    Filters f = Filters.ofArgs(ctx.config().pruneFilters(filters)).with("dangling", all ? "false" : "true");
    ImageService.PruneReport report = ctx.images().prune(f);
    ctx.out().print(new PruneOutput().images(report.deleted(), report.spaceReclaimed()).text());
    return 0;
  }
}
