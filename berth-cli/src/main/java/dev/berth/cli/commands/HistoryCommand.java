package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.image.ImageInspector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth history IMAGE}. */
@Command(name = "history")
public final class HistoryCommand extends BaseCommand {
  @Option(names = "--format")
  String format;

  @Option(names = {"-H", "--human"}, arity = "0..1", fallbackValue = "true")
  boolean human = true;

  @Option(names = "--no-trunc")
  boolean noTrunc;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--platform", hidden = true)
  String platform;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    requiresApi(platform != null, "--platform", "1.48");
    exactArgs(args, 1);
    List<Object> rows = new ArrayList<>();
    for (ImageInspector.HistoryItem item : ctx.images().history(args.get(0))) {
      rows.add(new HistoryRow(item, !noTrunc, human));
    }
    String fmt = format == null || format.isEmpty() ? "table" : format;
    String template;
    if (fmt.equals("table")) {
      template = quiet ? "{{.ID}}"
          : human ? "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}"
          : "table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
    } else {
      template = fmt;
    }
    Output.render(ctx, template, HistoryRow.HEADERS, rows, "template parsing error: ", 1);
    return 0;
  }
}
