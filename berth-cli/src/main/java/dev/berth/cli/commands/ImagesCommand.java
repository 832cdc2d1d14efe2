package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.image.Filters;
import dev.berth.image.ImageSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth images}: docker's image list, one row per tag. */
@Command(name = "images")
public final class ImagesCommand extends BaseCommand {
  static final String DEFAULT =
      "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
  static final String DEFAULT_DIGESTS =
      "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
  private static final Set<String> HINT_WORDS =
      Set.of("build", "history", "import", "inspect", "list", "load", "ls", "prune", "pull", "push", "rm", "save", "tag");

  @Option(names = {"-a", "--all"})
  boolean all;

  @Option(names = "--digests")
  boolean digests;

  @Option(names = {"-f", "--filter"})
  List<String> filters = new ArrayList<>();

  @Option(names = "--format")
  String format;

  @Option(names = "--no-trunc")
  boolean noTrunc;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--tree", hidden = true)
  boolean tree;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    requiresApi(tree, "--tree", "1.47");
    maxArgs(args, 1);
    checkFilters(filters, "-f, --filter");
    Filters f = Filters.ofArgs(filters);
    if (!args.isEmpty()) {
      f = f.with("reference", args.get(0));
    }
    List<ImageSummary> images = ctx.images().list(all, f);
    String fmt = format;
    if (fmt == null || fmt.isEmpty()) {
      // the configured default format, unless -q asks for IDs only
      String configured = ctx.config().imagesFormat();
      fmt = configured.isEmpty() || quiet ? "table" : configured;
    }
    boolean showDigests = digests || fmt.contains("{{.Digest}}");
    List<ImageRow> rows = new ArrayList<>();
    for (ImageSummary s : images) {
      rows.addAll(rows(s, showDigests));
    }
    String template;
    if (fmt.equals("table")) {
      template = quiet ? "{{.ID}}" : digests ? DEFAULT_DIGESTS : DEFAULT;
    } else {
      template = fmt;
      if (digests && template.startsWith("table") && !template.contains("{{.Digest}}")) {
        template = template + "\t{{.Digest}}";
      }
    }
    Output.render(ctx, template, ImageRow.HEADERS, new ArrayList<>(rows), "template parsing error: ", 1);
    if (!args.isEmpty() && rows.isEmpty() && path.equals("berth images") && HINT_WORDS.contains(args.get(0))) {
      ctx.err().println("\nNo images found matching \"" + args.get(0) + "\": did you mean \"docker image "
          + args.get(0) + "\"?");
    }
    return 0;
  }

  /** Rows of one image; its references are already in familiar form ({@code name:tag}, {@code name@digest}). */
  private List<ImageRow> rows(ImageSummary s, boolean showDigests) {
    boolean trunc = !noTrunc;
    List<String> tags = s.repoTags() == null ? List.of() : s.repoTags();
    List<String> dig = s.repoDigests() == null ? List.of() : s.repoDigests();
    List<ImageRow> out = new ArrayList<>();
    if ((tags.isEmpty() && dig.isEmpty()) || (tags.equals(List.of("<none>:<none>")))) {
      out.add(new ImageRow("<none>", "<none>", "<none>", s.id(), s.created(), s.size(), trunc));
      return out;
    }
    if (tags.size() == 1 && dig.isEmpty()) {
      // the usual image: one tag, no digest (what the grouping below gives, without its maps)
      String t = tags.get(0);
      int colon = t.lastIndexOf(':');
      boolean tagged = colon > t.lastIndexOf('/');
      out.add(new ImageRow(tagged ? t.substring(0, colon) : t, tagged ? t.substring(colon + 1) : "<none>",
          "<none>", s.id(), s.created(), s.size(), trunc));
      return out;
    }
    Map<String, List<String>> tagsByRepo = new LinkedHashMap<>();
    Map<String, List<String>> digestsByRepo = new LinkedHashMap<>();
    for (String t : tags) {
      int colon = t.lastIndexOf(':');
      boolean tagged = colon > t.lastIndexOf('/');
      tagsByRepo.computeIfAbsent(tagged ? t.substring(0, colon) : t, k -> new ArrayList<>())
          .add(tagged ? t.substring(colon + 1) : "<none>");
    }
    for (String d : dig) {
      int at = d.indexOf('@');
      digestsByRepo.computeIfAbsent(at < 0 ? d : d.substring(0, at), k -> new ArrayList<>())
          .add(at < 0 ? "<none>" : d.substring(at + 1));
    }
    for (var e : tagsByRepo.entrySet()) {
      List<String> ds = digestsByRepo.getOrDefault(e.getKey(), List.of());
      for (String tag : e.getValue()) {
        if (showDigests && !ds.isEmpty()) {
          for (String d : ds) {
            out.add(new ImageRow(e.getKey(), tag, d, s.id(), s.created(), s.size(), trunc));
          }
        } else {
          out.add(new ImageRow(e.getKey(), tag, "<none>", s.id(), s.created(), s.size(), trunc));
        }
      }
    }
    for (var e : digestsByRepo.entrySet()) {
      if (tagsByRepo.containsKey(e.getKey())) {
        continue;
      }
      if (digests) {
        for (String d : e.getValue()) {
          out.add(new ImageRow(e.getKey(), "<none>", d, s.id(), s.created(), s.size(), trunc));
        }
      } else {
        out.add(new ImageRow(e.getKey(), "<none>", "", s.id(), s.created(), s.size(), trunc));
      }
    }
    return out;
  }
}
