package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small JSON helpers both directions of the mapping share (Go's null/empty conventions). */
public final class JsonFields {
  /** Compact, insertion-ordered JSON: the API's wire format. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFields() {}

  /** A list as a JSON array, or {@code null} for a null list (Go's nil slice). */
  static void putStrings(ObjectNode o, String key, List<String> values) {
    if (values == null) {
      o.putNull(key);
    } else {
      ArrayNode a = o.putArray(key);
      values.forEach(a::add);
    }
  }

  /** A JSON array of strings as a list; null for a missing or null value. */
  static List<String> strings(JsonNode n) {
    if (n == null || !n.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>(n.size());
    n.forEach(e -> out.add(e.asText()));
    return out;
  }

  /** A string map with Go's sorted keys, or {@code null}. */
  static void putMap(ObjectNode o, String key, Map<String, String> values) {
    if (values == null) {
      o.putNull(key);
    } else {
      ObjectNode m = o.putObject(key);
      new TreeMap<>(values).forEach(m::put);
    }
  }

  /** A JSON object of strings as a map in its order; null for a missing or null value. */
  static Map<String, String> map(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** A text field; null when missing or null. */
  static String text(JsonNode o, String key) {
    JsonNode n = o.get(key);
    return n == null || n.isNull() ? null : n.asText();
  }
}
