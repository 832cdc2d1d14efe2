package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.cli.UsageException;
import dev.berth.cli.format.Units;
import dev.berth.api.json.ContainerSummary;
import dev.berth.image.Filters;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth ps}. */
@Command(name = "ps")
public final class PsCommand extends BaseCommand {
  static final String DEFAULT = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
  static final String RAW = "container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\n"
      + "created_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\n"
      + "names: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n";

  @Option(names = {"-a", "--all"})
  boolean all;

  @Option(names = {"-f", "--filter"})
  List<String> filters = new ArrayList<>();

  @Option(names = "--format")
  String format;

  @Option(names = {"-n", "--last"})
  String last;

  @Option(names = {"-l", "--latest"})
  boolean latest;

  @Option(names = "--no-trunc")
  boolean noTrunc;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = {"-s", "--size"}, arity = "0..1", fallbackValue = "true")
  Boolean size;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    int n = -1;
    if (last != null) {
      try {
        n = Integer.parseInt(last);
      } catch (NumberFormatException e) {
        throw new UsageException("invalid argument \"" + last + "\" for \"-n, --last\" flag: strconv.ParseInt: parsing \""
            + last + "\": invalid syntax" + usageTail(), 125);
      }
    }
    noArgs(args);
    checkFilters(filters, "-f, --filter");
    if (latest && last == null) {
      n = 1;
    }
    String fmt = format == null || format.isEmpty() ? "table" : format;
    if (quiet && format != null && !format.isEmpty()) {
      ctx.err().println("WARNING: Ignoring custom format, because both --format and --quiet are set.");
    }
    boolean sizes = Boolean.TRUE.equals(size) || (size == null && !quiet && !fmt.equals("json") && fmt.contains(".Size"));
    String template;
    if (quiet) {
      template = fmt.equals("raw") ? "container_id: {{.ID}}" : "{{.ID}}";
    } else if (fmt.equals("table")) {
      template = Boolean.TRUE.equals(size) ? DEFAULT + "\t{{.Size}}" : DEFAULT;
    } else if (fmt.equals("raw")) {
      template = sizes ? RAW + "size: {{.Size}}\n" : RAW;
    } else {
      template = fmt;
    }
    List<Object> rows = new ArrayList<>();
    for (ContainerSummary c : ctx.containers().list(all, n, Filters.ofArgs(filters), sizes)) {
      String sz = "0B";
      if (sizes) {
        // SizeRw, then SizeRootFs (image + writable layer) as "virtual" when the daemon sends it
        sz = Units.humanSizeWithPrecision(c.sizeRw(), 3)
            + (c.sizeRootFs() > 0 ? " (virtual " + Units.humanSizeWithPrecision(c.sizeRootFs(), 3) + ")" : "");
      }
      rows.add(new ContainerRow(c, !noTrunc, sz));
    }
    Output.renderPs(ctx, template, ContainerRow.HEADERS, rows);
    return 0;
  }
}
