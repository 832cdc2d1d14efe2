package dev.berth.api;

import dev.berth.units.GoJsonSyntax;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.SystemException;
import dev.berth.image.Filters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Docker's {@code filters} query parameter: {@code {"key":{"value":true}}}, or the legacy form
 * {@code {"key":["value"]}}. Like the daemon, text that is neither fails with HTTP 500 and Go's JSON
 * error of the first form.
 */
final class FiltersParam {
  private FiltersParam() {}

  static Filters parse(String text) {
    if (text == null || text.isEmpty()) {
      return Filters.empty();
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String syntax = GoJsonSyntax.check(bytes, GoJsonSyntax.Mode.UNMARSHAL);
    if (syntax != null) {
      throw new SystemException(syntax);
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new SystemException(e.getMessage(), e);
    }
    if (root == null || root.isNull()) {
      return Filters.empty();
    }
    if (!root.isObject()) {
      throw new SystemException(typeError(root, "map[string]map[string]bool"));
    }
    String firstError = null;
    Map<String, List<String>> modern = new LinkedHashMap<>();
    for (var field : root.properties()) {
      List<String> values = new ArrayList<>();
      JsonNode v = field.getValue();
      if (v.isObject()) {
        for (var inner : v.properties()) {
          JsonNode b = inner.getValue();
          if (b.isBoolean() || b.isNull()) {
            values.add(inner.getKey());
          } else if (firstError == null) {
            firstError = typeError(b, "bool");
          }
        }
      } else if (!v.isNull() && firstError == null) {
        firstError = typeError(v, "map[string]bool");
      }
      modern.put(field.getKey(), values);
    }
    if (firstError == null) {
      return new Filters(modern);
    }
    Map<String, List<String>> legacy = new LinkedHashMap<>();
    for (var field : root.properties()) {
      JsonNode v = field.getValue();
      List<String> values = new ArrayList<>();
      if (v.isArray()) {
        for (JsonNode e : v) {
          if (!e.isTextual() && !e.isNull()) {
            throw new SystemException(firstError);
          }
          values.add(e.asText(""));
        }
      } else if (!v.isNull()) {
        throw new SystemException(firstError);
      }
      legacy.put(field.getKey(), values);
    }
    return new Filters(legacy);
  }

  /** Go's {@code json.UnmarshalTypeError} text for a value that does not fit {@code goType}. */
  static String typeError(JsonNode value, String goType) {
    return "json: cannot unmarshal " + Json.goKind(value) + " into Go value of type " + goType;
  }
}
