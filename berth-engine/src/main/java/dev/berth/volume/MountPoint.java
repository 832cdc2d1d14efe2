package dev.berth.volume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * One mount of a container, as the daemon records it: a {@code volume} (by name) or a {@code bind}
 * (by host path). {@code named} says whether the user named the source (only volumes without a
 * named source are removed by {@code rm -v}); {@code copyData} whether the image's content at the
 * destination is copied into a fresh, empty volume.
 */
public record MountPoint(
    String type, String name, String source, String destination, String driver, String mode, boolean rw,
    String propagation, boolean named, boolean copyData) {

  public static final String VOLUME = "volume";
  public static final String BIND = "bind";

  /** The key of the container config that holds the container's mount points. */
  public static final String CONFIG_KEY = "MountPoints";

  public boolean isVolume() {
    return VOLUME.equals(type);
  }

  /** What {@code ps --format '{{.Mounts}}'} names: the volume name, else the host path. */
  public String displayName() {
    return isVolume() ? name : source;
  }

  public ObjectNode toJson() {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("Type", type);
    o.put("Name", name);
    o.put("Source", source);
    o.put("Destination", destination);
    o.put("Driver", driver);
    o.put("Mode", mode);
    o.put("RW", rw);
    o.put("Propagation", propagation);
    o.put("Named", named);
    o.put("CopyData", copyData);
    return o;
  }

  public static MountPoint fromJson(JsonNode o) {
    return new MountPoint(o.path("Type").asText(), o.path("Name").asText(""), o.path("Source").asText(""),
        o.path("Destination").asText(), o.path("Driver").asText(""), o.path("Mode").asText(""),
        o.path("RW").asBoolean(true), o.path("Propagation").asText(""), o.path("Named").asBoolean(false),
        o.path("CopyData").asBoolean(false));
  }

  public static ArrayNode toJson(List<MountPoint> mounts) {
    ArrayNode a = ImageConfig.MAPPER.createArrayNode();
    mounts.forEach(m -> a.add(m.toJson()));
    return a;
  }

  /**
   * The mount points of a stored container config; containers created before volumes existed
   * only have {@code Binds} ({@code /host:/dst[:ro]}).
   */
  public static List<MountPoint> of(JsonNode containerConfig) {
    List<MountPoint> out = new ArrayList<>();
    JsonNode mps = containerConfig.get(CONFIG_KEY);
    if (mps != null && mps.isArray()) {
      mps.forEach(m -> out.add(fromJson(m)));
      return out;
    }
    for (JsonNode b : containerConfig.path("Binds")) {
      String[] parts = b.asText().split(":");
      if (parts.length >= 2 && parts[0].startsWith("/")) {
        boolean ro = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
        out.add(new MountPoint(BIND, "", parts[0], parts[1], "", parts.length > 2 ? parts[2] : "", !ro,
            "rprivate", true, false));
      }
    }
    return out;
  }
}
