package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.volume.VolumeRecord;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A volume of the Docker Engine API ({@code GET /volumes}, {@code GET /volumes/{name}}, {@code POST
 * /volumes/create}) read back into berth's record; the server writes it with
 * {@code VolumeService.toJson}.
 */
public final class VolumeJson {
  private VolumeJson() {}

  public static VolumeRecord volume(JsonNode o) {
    return new VolumeRecord(o.path("Name").asText(""), o.path("Driver").asText(""), createdNs(o.path("CreatedAt").asText("")),
        stringMap(o.get("Labels")), stringMap(o.get("Options")), false);
  }

  /** {@code Mountpoint}: where the daemon keeps the volume's data. */
  public static String mountpoint(JsonNode o) {
    return o.path("Mountpoint").asText("");
  }

  private static long createdNs(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    try {
      var t = OffsetDateTime.parse(text).toInstant();
      return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }

  private static Map<String, String> stringMap(JsonNode n) {
    Map<String, String> m = JsonFields.map(n);
    return m == null || m.isEmpty() ? null : m;
  }
}
