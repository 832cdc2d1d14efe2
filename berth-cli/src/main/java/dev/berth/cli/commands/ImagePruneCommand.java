package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.format.Units;
import dev.berth.image.DeleteRecord;
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
    Filters f = Filters.ofArgs(filters).with("dangling", all ? "false" : "true");
    ImageService.PruneReport report = ctx.engine().images().prune(f);
    print(report);
    return 0;
  }

  private void print(ImageService.PruneReport report) {
    StringBuilder sb = new StringBuilder();
    if (!report.deleted().isEmpty()) {
      sb.append("Deleted Images:\n");
      for (DeleteRecord r : report.deleted()) {
        sb.append(r.untagged() != null ? "untagged: " + r.untagged() : "deleted: " + r.deleted()).append('\n');
      }
      sb.append('\n');
    }
    sb.append("Total reclaimed space: ").append(Units.humanSize(report.spaceReclaimed())).append('\n');
    ctx.out().print(sb);
  }
}
