package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.image.Filters;
import dev.berth.volume.VolumeService;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth volume prune}: with API 1.41 every volume no container uses goes, named ones too;
 * {@code -a} needs API 1.42 and is refused as the docker CLI refuses it.
 */
@Command(name = "prune")
public final class VolumePruneCommand extends BaseCommand {
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
    requiresApi(all, "--all", "1.42");
    checkFilters(filters, "--filter");
    if (!force && !Prompt.confirm(ctx, "WARNING! This will remove all local volumes not used by at least one container.")) {
      return 0;
    }
    VolumeService.PruneReport report = ctx.volumes().prune(Filters.ofArgs(filters));
    ctx.out().print(new PruneOutput().block("Deleted Volumes", report.deleted(), report.spaceReclaimed()).text());
    return 0;
  }
}
