package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A parsed view of an image config; the bytes themselves are kept verbatim elsewhere. */
public record ImageConfig(JsonNode json) {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  public static ImageConfig parse(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new InvalidArgumentException("invalid image config: not a JSON object");
      }
      return new ImageConfig(node);
    } catch (IOException e) {
      throw new InvalidArgumentException("invalid image config: " + e.getMessage());
    }
  }

  public String createdText() {
    JsonNode c = json.get("created");
    return c == null || c.isNull() ? null : c.asText();
  }

  /** Creation time in epoch nanoseconds; 0 when absent or unparsable (Go's zero time is older). */
  public long createdNs() {
    String text = createdText();
    if (text == null) {
      return Long.MIN_VALUE;
    }
    try {
      Instant i = Instant.parse(text);
      return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  public List<String> diffIds() {
    List<String> out = new ArrayList<>();
    JsonNode ids = json.path("rootfs").path("diff_ids");
    for (JsonNode id : ids) {
      out.add(id.asText());
    }
    return out;
  }

  /** The {@code config} object (Cmd, Env, Labels, ...); an empty object when absent. */
  public JsonNode containerConfig() {
    JsonNode c = json.get("config");
    return c == null || c.isNull() ? MAPPER.createObjectNode() : c;
  }

  public ObjectNode labels() {
    JsonNode l = containerConfig().get("Labels");
    return l != null && l.isObject() && !l.isEmpty() ? (ObjectNode) l : null;
  }

  public String labelsJson() {
    ObjectNode l = labels();
    return l == null ? null : l.toString();
  }
}
