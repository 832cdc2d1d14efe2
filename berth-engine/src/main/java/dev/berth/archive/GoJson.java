package dev.berth.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON text as Go's encoding/json writes it: compact, map keys sorted, {@code <>&} escaped. */
public final class GoJson {
  private GoJson() {}

  /** A JSON string as Go writes it: {@code <>&} and U+2028/U+2029 escaped. */
  public static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A generic value as a Go map/slice/scalar would marshal (object keys sorted). */
  static String value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isTextual()) {
      return string(node.asText());
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(value(n)));
      return "[" + String.join(",", items) + "]";
    }
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      List<String> items = new ArrayList<>();
      for (String k : keys) {
        items.add(string(k) + ":" + value(node.get(k)));
      }
      return "{" + String.join(",", items) + "}";
    }
    return node.toString();
  }

  static String object(List<Map.Entry<String, String>> fields) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, String> f : fields) {
      items.add(string(f.getKey()) + ":" + f.getValue());
    }
    return "{" + String.join(",", items) + "}";
  }

  /** A field of a Go struct, matched case-insensitively as encoding/json does. */
  static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.equalsIgnoreCase(name)) {
        return object.get(k);
      }
    }
    return null;
  }
}
