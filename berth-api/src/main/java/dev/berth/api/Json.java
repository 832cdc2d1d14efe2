package dev.berth.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** The API's JSON: compact, keys in insertion order, newline-terminated like Go's encoder. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private Json() {}

  static byte[] bytes(JsonNode node) {
    return (node.toString() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The kind word Go puts into {@code json: cannot unmarshal <kind> into ...}. */
  static String goKind(JsonNode n) {
    if (n.isTextual()) {
      return "string";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "bool";
    }
    if (n.isArray()) {
      return "array";
    }
    if (n.isObject()) {
      return "object";
    }
    return "null";
  }
}
