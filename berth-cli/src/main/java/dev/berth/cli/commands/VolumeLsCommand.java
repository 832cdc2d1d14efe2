package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.cli.format.FormatSpec;
import dev.berth.image.Filters;
import dev.berth.cli.ops.VolumeOps;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth volume ls}: volumes in natural name order. */
@Command(name = "ls")
public final class VolumeLsCommand extends BaseCommand {
  static final FormatSpec.Builtins FORMATS = new FormatSpec.Builtins(
      "table {{.Driver}}\t{{.Name}}", "{{.Name}}", "name: {{.Name}}\ndriver: {{.Driver}}\n", "name: {{.Name}}");

  @Option(names = {"-f", "--filter"})
  List<String> filters = new ArrayList<>();

  @Option(names = "--format")
  String format;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--cluster")
  boolean cluster;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    checkFilters(filters, "-f, --filter");
    requiresApi(cluster, "--cluster", "1.42");
    List<VolumeOps.Listed> volumes = new ArrayList<>(ctx.volumes().list(Filters.ofArgs(filters)));
    volumes.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.volume().name(), b.volume().name()));
    List<Object> rows = new ArrayList<>();
    for (VolumeOps.Listed v : volumes) {
      rows.add(new VolumeRow(v.volume(), v.mountpoint(), -1, -1));
    }
    String fmt = format;
    if (fmt == null || fmt.isEmpty()) {
      // the configured default format, unless -q asks for names only
      String configured = ctx.config().volumesFormat();
      fmt = configured.isEmpty() || quiet ? "table" : configured;
    }
    Output.render(ctx, FormatSpec.select(fmt, quiet, FORMATS), VolumeRow.HEADERS, rows, "template parsing error: ", 1);
    return 0;
  }
}
