package dev.berth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON as the docker CLI prints it: Go's json.Indent layout, and decoded values for templates. */
public final class JsonText {
  private JsonText() {}

  /** Go's {@code json.Indent(dst, src, prefix, "    ")} of {@code node}. */
  public static String indent(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    indent(node, sb, 0);
    return sb.toString();
  }

  private static void indent(JsonNode node, StringBuilder sb, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        pad(sb, depth + 1);
        sb.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()).toString()).append(": ");
        indent(e.getValue(), sb, depth + 1);
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      pad(sb, depth);
      sb.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        pad(sb, depth + 1);
        indent(node.get(i), sb, depth + 1);
        sb.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      pad(sb, depth);
      sb.append(']');
    } else {
      sb.append(node.toString());
    }
  }

  private static void pad(StringBuilder sb, int depth) {
    sb.append("    ".repeat(depth));
  }

  /** The value Go's {@code json.Unmarshal} into {@code interface{}} would give (numbers kept exact). */
  public static Object decode(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> m.put(e.getKey(), decode(e.getValue())));
      return m;
    }
    if (node.isArray()) {
      List<Object> l = new ArrayList<>();
      node.forEach(n -> l.add(decode(n)));
      return l;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.asText();
  }
}
