package dev.berth.cli.commands;

import dev.berth.cli.format.Units;
import dev.berth.volume.VolumeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code volume ls} and of the {@code system df -v} volumes table: the fields of
 * docker's volume formatter context. {@code refCount} and {@code size} are -1 when the daemon
 * sent no usage data (then LINKS and SIZE read N/A).
 */
record VolumeRow(VolumeRecord volume, String mountpoint, long refCount, long size) implements RowContext {

  static final List<String> FIELDS = List.of("Availability", "Driver", "Group", "Labels", "Links", "Mountpoint",
      "Name", "Scope", "Size", "Status");

  static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("Availability", "AVAILABILITY"),
      Map.entry("Driver", "DRIVER"),
      Map.entry("Group", "GROUP"),
      Map.entry("Labels", "LABELS"),
      Map.entry("Label", "LABEL"),
      Map.entry("Links", "LINKS"),
      Map.entry("Mountpoint", "MOUNTPOINT"),
      Map.entry("Name", "VOLUME NAME"),
      Map.entry("Scope", "SCOPE"),
      Map.entry("Size", "SIZE"),
      Map.entry("Status", "STATUS"));

  @Override
  public String goTypeName() {
    return "*formatter.volumeContext";
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
      case "Availability", "Group", "Status" -> "N/A"; // cluster volumes only
      case "Driver" -> volume.driver();
      case "Labels" -> labels();
      case "Label" -> {
        if (args.size() != 1) {
          throw new TemplateFieldError("wrong number of args for Label: want 1 got " + args.size());
        }
        Map<String, String> l = volume.labels();
        yield l == null ? "" : l.getOrDefault(String.valueOf(args.get(0)), "");
      }
      case "Links" -> refCount < 0 ? "N/A" : Long.toString(refCount);
      case "Mountpoint" -> mountpoint;
      case "Name" -> volume.name();
      case "Scope" -> volume.scope();
      case "Size" -> size < 0 ? "N/A" : Units.humanSize(size);
      default -> null;
    };
  }

  private String labels() {
    if (volume.labels() == null) {
      return "";
    }
    List<String> kv = new ArrayList<>();
    volume.labels().forEach((k, v) -> kv.add(k + "=" + v));
    return String.join(",", kv);
  }
}
