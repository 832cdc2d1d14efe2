package dev.berth.cli.commands;

import dev.berth.api.json.ContainerSummary;
import dev.berth.cli.format.Strings;
import dev.berth.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One row of {@code ps}: the fields of docker's container formatter context. */
record ContainerRow(ContainerSummary c, boolean truncate, String size) implements RowContext {

  static final List<String> FIELDS =
      List.of("Command", "CreatedAt", "ID", "Image", "Labels", "LocalVolumes", "Mounts", "Names", "Networks",
          "Platform", "Ports", "RunningFor", "Size", "State", "Status");

  static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("Command", "COMMAND"),
      Map.entry("CreatedAt", "CREATED AT"),
      Map.entry("ID", "CONTAINER ID"),
      Map.entry("Image", "IMAGE"),
      Map.entry("Labels", "LABELS"),
      Map.entry("LocalVolumes", "LOCAL VOLUMES"),
      Map.entry("Mounts", "MOUNTS"),
      Map.entry("Names", "NAMES"),
      Map.entry("Networks", "NETWORKS"),
      Map.entry("Platform", "PLATFORM"),
      Map.entry("Ports", "PORTS"),
      Map.entry("RunningFor", "CREATED"),
      Map.entry("Size", "SIZE"),
      Map.entry("State", "STATE"),
      Map.entry("Status", "STATUS"));

  @Override
  public String goTypeName() {
    return "*formatter.ContainerContext";
  }

  @Override
  public boolean has(String name) {
    return FIELDS.contains(name) || name.equals("Label");
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String name, List<Object> args) throws TemplateFieldError {
    return switch (name) {
      case "Command" -> Strings.quote(truncate ? Strings.ellipsis(c.command(), 20) : c.command());
      case "CreatedAt" -> ImageRow.createdAt(c.created());
      case "ID" -> truncate ? Strings.truncateId(c.id()) : c.id();
      case "Image" -> imageText();
      case "Labels" -> labels();
      case "Label" -> {
        if (args.size() != 1) {
          throw new TemplateFieldError("wrong number of args for Label: want 1 got " + args.size());
        }
        yield c.labels().getOrDefault(String.valueOf(args.get(0)), "");
      }
      case "LocalVolumes" -> Long.toString(c.mounts().stream().filter(m -> "local".equals(m.driver())).count());
      case "Mounts" -> mountNames();
      case "Names" -> names();
      case "Networks" -> String.join(",", c.networks().stream().sorted().toList());
      case "Platform" -> null;
      case "Ports" -> "";
      case "RunningFor" -> ImageRow.since(c.created());
      case "Size" -> size;
      case "State" -> c.state();
      case "Status" -> c.status();
      default -> null;
    };
  }

  /** The names without their slash; truncated, only the first one that is not a link ({@code /a/b}). */
  private String names() {
    List<String> names = new ArrayList<>();
    for (String n : c.names()) {
      names.add(n.startsWith("/") ? n.substring(1) : n);
    }
    if (truncate) {
      for (String n : names) {
        if (!n.contains("/")) {
          return n;
        }
      }
    }
    return String.join(",", names);
  }

  private String mountNames() {
    List<String> names = new ArrayList<>();
    for (ContainerSummary.Mount m : c.mounts()) {
      String n = m.name().isEmpty() ? m.source() : m.name();
      names.add(truncate ? Strings.ellipsis(n, 15) : n);
    }
    return String.join(",", names);
  }

  private String imageText() {
    String img = c.image();
    if (img == null || img.isEmpty()) {
      return "<no image>";
    }
    if (!truncate) {
      return img;
    }
    if (Strings.truncateId(img).equals(Strings.truncateId(c.imageId()))) {
      return Strings.truncateId(img);
    }
    try {
      Reference r = Reference.parse(img);
      return r.tag().isPresent() ? r.familiarName() + ":" + r.tag().get() : r.familiarName();
    } catch (RuntimeException e) {
      return img;
    }
  }

  /** The labels as {@code k=v} pairs, keys sorted (the summary keeps Go's sorted order). */
  private String labels() {
    List<String> kv = new ArrayList<>();
    new java.util.TreeMap<>(c.labels()).forEach((k, v) -> kv.add(k + "=" + v));
    return String.join(",", kv);
  }
}
