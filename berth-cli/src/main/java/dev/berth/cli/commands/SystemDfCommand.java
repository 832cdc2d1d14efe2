package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.Output;
import dev.berth.cli.format.Units;
import dev.berth.cli.ops.DiskUsageReport;
import dev.berth.image.ImageSummary;
import dev.berth.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth system df [-v]}: cli-format §6.7. */
@Command(name = "df")
public final class SystemDfCommand extends BaseCommand {
  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = "--format")
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  /** One summary row. */
  record SummaryRow(String type, String total, String active, String size, String reclaimable) implements RowContext {
    static final List<String> FIELDS = List.of("Active", "Reclaimable", "Size", "TotalCount", "Type");
    static final Map<String, String> HEADERS = Map.of(
        "Type", "TYPE", "TotalCount", "TOTAL", "Active", "ACTIVE", "Size", "SIZE", "Reclaimable", "RECLAIMABLE");

    @Override
    public String goTypeName() {
      return "*formatter.diskUsageImagesContext";
    }

    @Override
    public List<String> fieldNames() {
      return FIELDS;
    }

    @Override
    public Object get(String name, List<Object> a) {
      return switch (name) {
        case "Type" -> type;
        case "TotalCount" -> total;
        case "Active" -> active;
        case "Size" -> size;
        case "Reclaimable" -> reclaimable;
        default -> null;
      };
    }
  }

  @Override
  protected int execute() {
    noArgs(args);
    DiskUsageReport du = ctx.system().diskUsage();
    String fmt = format == null || format.isEmpty() ? "table" : format;
    if (verbose) {
      return verbose(du, fmt);
    }
    List<Object> rows = new ArrayList<>();
    long used = 0;
    int activeImages = 0;
    for (ImageSummary s : du.images()) {
      if (s.containers() > 0) {
        activeImages++;
      }
      if (s.containers() != 0 && s.size() >= 0 && s.sharedSize() >= 0) {
        used += s.size() - s.sharedSize();
      }
    }
    rows.add(new SummaryRow("Images", Integer.toString(du.images().size()), Integer.toString(activeImages),
        Units.humanSize(du.layersSize()), reclaimable(du.layersSize() - used, du.layersSize())));
    long rwTotal = 0;
    long rwReclaimable = 0;
    int activeContainers = 0;
    for (DiskUsageReport.ContainerUsage u : du.containers()) {
      rwTotal += u.sizeRw();
      if (u.running()) {
        activeContainers++;
      } else {
        rwReclaimable += u.sizeRw();
      }
    }
    rows.add(new SummaryRow("Containers", Integer.toString(du.containers().size()), Integer.toString(activeContainers),
        Units.humanSize(rwTotal), reclaimable(rwReclaimable, rwTotal)));
    long volumeSize = 0;
    long volumeReclaimable = 0;
    int activeVolumes = 0;
    for (DiskUsageReport.VolumeUsage v : du.volumes()) {
      volumeSize += v.size();
      if (v.inUse()) {
        activeVolumes++;
      } else {
        volumeReclaimable += v.size();
      }
    }
    rows.add(new SummaryRow("Local Volumes", Integer.toString(du.volumes().size()), Integer.toString(activeVolumes),
        Units.humanSize(volumeSize), reclaimable(volumeReclaimable, volumeSize)));
    rows.add(new SummaryRow("Build Cache", "0", "0", "0B", "0B"));
    String template = switch (fmt) {
      case "table" -> "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";
      case "raw" -> "type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n";
      default -> fmt;
    };
    Output.render(ctx, template, SummaryRow.HEADERS, rows, "template parsing error: ", 1);
    return 0;
  }

  private static String reclaimable(long reclaimable, long total) {
    String s = Units.humanSize(reclaimable);
    return total > 0 ? s + " (" + (reclaimable * 100 / total) + "%)" : s;
  }

  private int verbose(DiskUsageReport du, String fmt) {
    boolean defaultFormat = fmt.equals("table");
    List<Object> images = new ArrayList<>();
    for (ImageSummary s : du.images()) {
      String repo = "<none>";
      String tag = "<none>";
      if (s.repoTags() != null && !s.repoTags().isEmpty() && !s.repoTags().get(0).equals("<none>:<none>")) {
        Reference r = Reference.parse(s.repoTags().get(0));
        repo = r.familiarName();
        tag = r.tag().orElse("<none>");
      }
      images.add(new ImageRow(repo, tag, "", s.id(), s.created(), s.size(), defaultFormat, s.sharedSize(), s.containers()));
    }
    List<Object> containers = new ArrayList<>();
    for (DiskUsageReport.ContainerUsage u : du.containers()) {
      containers.add(new ContainerRow(u.container(), defaultFormat, Units.humanSizeWithPrecision(u.sizeRw(), 3)));
    }
    List<Object> volumes = new ArrayList<>();
    for (DiskUsageReport.VolumeUsage v : du.volumes()) {
      volumes.add(new VolumeRow(v.volume(), v.mountpoint(), v.refCount(), v.size()));
    }
    if (!defaultFormat) {
      // executed once against all four lists; nothing is appended after it
      java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
      all.put("Images", images);
      all.put("Containers", containers);
      all.put("Volumes", volumes);
      all.put("BuildCache", new ArrayList<>());
      String text = fmt.equals("json") ? "{{json .}}" : fmt;
      try {
        ctx.out().print(dev.berth.cli.format.GoTemplate.parse(text).execute(all));
      } catch (dev.berth.cli.format.TemplateException e) {
        throw new dev.berth.cli.CommandFailed("template parsing error: " + e.getMessage(), 1);
      }
      return 0;
    }
    ctx.out().print("Images space usage:\n\n");
    Output.render(ctx, "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
        ImageRow.HEADERS, images, "template parsing error: ", 1);
    ctx.out().print("\nContainers space usage:\n\n");
    Output.render(ctx, "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}",
        ContainerRow.HEADERS, containers, "template parsing error: ", 1);
    ctx.out().print("\nLocal Volumes space usage:\n\n");
    Output.render(ctx, "table {{.Name}}\t{{.Links}}\t{{.Size}}", VolumeRow.HEADERS, volumes, "template parsing error: ", 1);
    ctx.out().print("\nBuild cache usage: 0B\n\n"
        + "CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n");
    return 0;
  }
}
