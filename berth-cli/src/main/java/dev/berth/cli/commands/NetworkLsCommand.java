package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.cli.format.FormatSpec;
import dev.berth.image.Filters;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth network ls}: networks in natural name order, IDs cut to 12 unless {@code --no-trunc}. */
@Command(name = "ls")
public final class NetworkLsCommand extends BaseCommand {
  static final FormatSpec.Builtins FORMATS = new FormatSpec.Builtins(
      "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}", "{{.ID}}",
      "network_id: {{.ID}}\nname: {{.Name}}\ndriver: {{.Driver}}\nscope: {{.Scope}}\n", "network_id: {{.ID}}");

  @Option(names = {"-f", "--filter"})
  List<String> filters = new ArrayList<>();

  @Option(names = "--format")
  String format;

  @Option(names = "--no-trunc")
  boolean noTrunc;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    checkFilters(filters, "-f, --filter");
    List<JsonNode> networks = new ArrayList<>(ctx.networks().list(Filters.ofArgs(filters)));
    networks.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.path("Name").asText(""), b.path("Name").asText("")));
    List<Object> rows = new ArrayList<>();
    for (JsonNode n : networks) {
      rows.add(new NetworkRow(n, !noTrunc));
    }
    String fmt = format == null || format.isEmpty() ? "table" : format;
    Output.render(ctx, FormatSpec.select(fmt, quiet, FORMATS), NetworkRow.HEADERS, rows, "template parsing error: ", 1);
    return 0;
  }
}
