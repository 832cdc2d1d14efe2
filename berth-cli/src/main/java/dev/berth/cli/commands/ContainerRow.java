package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.format.Strings;
import dev.berth.cli.format.TemplateObject;
import dev.berth.cli.format.Units;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.reference.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of {@code ps}: the fields of docker's container formatter context. */
record ContainerRow(ContainerRecord record, String image, boolean truncate, String size) implements RowContext {

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
    long createdSecs = Math.floorDiv(record.createdNs(), 1_000_000_000L);
    return switch (name) {
      case "Command" -> command();
      case "CreatedAt" -> ImageRow.createdAt(createdSecs);
      case "ID" -> truncate ? Strings.truncateId(record.id()) : record.id();
      case "Image" -> imageText();
      case "Labels" -> labels();
      case "Label" -> {
        if (args.size() != 1) {
          throw new TemplateFieldError("wrong number of args for Label: want 1 got " + args.size());
        }
        yield ContainerConfigs.labels(record.config()).getOrDefault(String.valueOf(args.get(0)), "");
      }
      case "LocalVolumes" -> "0";
      case "Mounts" -> "";
      case "Names" -> record.name();
      case "Networks" -> network();
      case "Platform" -> null;
      case "Ports" -> "";
      case "RunningFor" -> ImageRow.since(createdSecs);
      case "Size" -> size;
      case "State" -> record.state().apiName();
      case "Status" -> status(record);
      default -> null;
    };
  }

  private String network() {
    JsonNode n = ContainerConfigs.parse(record.config()).get("NetworkMode");
    return n == null ? "none" : n.asText();
  }

  private String command() {
    JsonNode config = ContainerConfigs.parse(record.config());
    List<String> parts = new ArrayList<>();
    parts.add(config.path("Path").asText());
    // The daemon quotes arguments that contain a space (daemon/list.go).
    config.path("Args").forEach(a -> parts.add(a.asText().contains(" ") ? "'" + a.asText() + "'" : a.asText()));
    String cmd = String.join(" ", parts);
    if (truncate) {
      cmd = Strings.ellipsis(cmd, 20);
    }
    return Strings.quote(cmd);
  }

  private String imageText() {
    String img = image;
    if (img == null || img.isEmpty()) {
      return "<no image>";
    }
    if (!truncate) {
      return img;
    }
    if (Strings.truncateId(img).equals(Strings.truncateId(record.imageId()))) {
      return Strings.truncateId(img);
    }
    try {
      Reference r = Reference.parse(img);
      return r.tag().isPresent() ? r.familiarName() + ":" + r.tag().get() : r.familiarName();
    } catch (RuntimeException e) {
      return img;
    }
  }

  private String labels() {
    Map<String, String> sorted = new TreeMap<>(ContainerConfigs.labels(record.config()));
    List<String> kv = new ArrayList<>();
    sorted.forEach((k, v) -> kv.add(k + "=" + v));
    return String.join(",", kv);
  }

  /** The daemon's STATUS text. */
  static String status(ContainerRecord r) {
    return dev.berth.container.ContainerStatusText.of(r, Instant.now());
  }
}
