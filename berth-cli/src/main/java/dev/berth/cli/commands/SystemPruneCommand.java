package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.container.ContainerService;
import dev.berth.image.Filters;
import dev.berth.image.ImageService;
import dev.berth.volume.VolumeService;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth system prune}: containers, networks, (volumes), images, build cache, in Docker's
 * order. berth has no build cache yet, so that step finds nothing.
 */
@Command(name = "prune")
public final class SystemPruneCommand extends BaseCommand {
  @Option(names = {"-a", "--all"})
  boolean all;

  @Option(names = "--filter")
  List<String> filters = new ArrayList<>();

  @Option(names = {"-f", "--force"})
  boolean force;

  @Option(names = "--volumes")
  boolean volumes;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    checkFilters(filters, "--filter");
    Filters f = Filters.ofArgs(filters);
    if (volumes && f.has("until")) {
      throw new CommandFailed("ERROR: The \"until\" filter is not supported with \"--volumes\"", 1);
    }
    if (!force && !Prompt.confirmRaw(ctx, warning())) {
      return 0;
    }
    ContainerService.PruneReport containers = ctx.containers().prune(f);
    PruneOutput out = new PruneOutput().block("Deleted Containers", containers.deleted(), containers.spaceReclaimed());
    out.block("Deleted Networks", ctx.networks().prune(f), 0);
    if (volumes) {
      VolumeService.PruneReport v = ctx.volumes().prune(f);
      out.block("Deleted Volumes", v.deleted(), v.spaceReclaimed());
    }
    ImageService.PruneReport images = ctx.images().prune(f.with("dangling", all ? "false" : "true"));
    ctx.out().print(out.images(images.deleted(), images.spaceReclaimed()).text());
    return 0;
  }

  private String warning() {
    StringBuilder w = new StringBuilder("WARNING! This will remove:\n");
    w.append("  - all stopped containers\n");
    w.append("  - all networks not used by at least one container\n");
    if (volumes) {
      w.append("  - all anonymous volumes not used by at least one container\n");
    }
    w.append(all ? "  - all images without at least one container associated to them\n" : "  - all dangling images\n");
    w.append(all ? "  - all build cache\n" : "  - unused build cache\n");
    if (!filters.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (String v : filters) {
        String k = v.substring(0, v.indexOf('=')).trim().toLowerCase(java.util.Locale.ROOT);
        if (k.equals("label") || k.equals("label!") || k.equals("until")) {
          shown.add(k + "=" + v.substring(v.indexOf('=') + 1));
        }
      }
      java.util.Collections.sort(shown);
      w.append("\n  Items to be pruned will be filtered with:\n");
      shown.forEach(s -> w.append("  - ").append(s).append('\n'));
    }
    w.append("\nAre you sure you want to continue?");
    return w.toString();
  }
}
