package dev.berth.cli.format;

import java.util.List;
import java.util.Map;

/**
 * Go encoding/json (Go 1.22+ escaping) for the template data model. Maps are written in their
 * iteration order: build them in Go's order (struct field order, or sorted keys for a Go map).
 */
public final class GoJson {
  private GoJson() {}

  /** A value json.Marshal refuses (NaN, infinities). */
  public static final class UnsupportedValueException extends Exception {
    UnsupportedValueException(String message) {
      super(message);
    }
  }

  /** Compact JSON of {@code v}; {@code escapeHtml} turns {@code < > &} into \\u003c etc. */
  public static String encode(Object v, boolean escapeHtml)
      throws UnsupportedValueException, TemplateObject.TemplateFieldError {
    StringBuilder sb = new StringBuilder();
    write(sb, v, escapeHtml);
    return sb.toString();
  }

  /**
   * docker's row JSON ({@code {{json .}}} / {@code --format json}): every field of {@code row} in
   * sorted key order, HTML-escaped, compact.
   */
  public static TemplateObject.JsonRaw rowJson(TemplateObject row) throws TemplateObject.TemplateFieldError {
    java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
    for (String name : row.fieldNames()) {
      sorted.put(name, row.get(name, List.of()));
    }
    try {
      return new TemplateObject.JsonRaw(encode(sorted, true));
    } catch (UnsupportedValueException e) {
      throw new TemplateObject.TemplateFieldError(e.getMessage());
    }
  }

  private static void write(StringBuilder sb, Object v, boolean html)
      throws UnsupportedValueException, TemplateObject.TemplateFieldError {
    switch (v) {
      case null -> sb.append("null");
      case String s -> quote(sb, s, html);
      case Boolean b -> sb.append(b);
      case Double d -> writeFloat(sb, d);
      case Float f -> writeFloat(sb, f.doubleValue());
      case TemplateObject.JsonRaw raw -> sb.append(raw.json());
      case GoValues.NilPointer p -> sb.append("null");
      case GoValues.BoolPointer p -> sb.append(p.value());
      case GoValues.NilMap m -> sb.append("null");
      case GoValues.NilSlice l -> sb.append("null");
      case GoValues.EmptyStruct e -> sb.append("{}");
      case GoValues.Time t -> quote(sb, t.json(), html);
      case GoValues.Duration d -> sb.append(d.nanos());
      case TemplateObject o -> write(sb, o.toJson(), html);
      case List<?> l -> {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(sb, l.get(i), html);
        }
        sb.append(']');
      }
      case Map<?, ?> m -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (m instanceof GoValues.StructMap s && s.omitted(e.getKey())) {
            continue;
          }
          if (!first) {
            sb.append(',');
          }
          first = false;
          quote(sb, String.valueOf(e.getKey()), html);
          sb.append(':');
          write(sb, e.getValue(), html);
        }
        sb.append('}');
      }
      default -> {
        if (GoValues.isInt(v)) {
          sb.append(GoValues.toLong(v));
        } else if (v == GoValues.NO_VALUE) {
          sb.append("null");
        } else {
          quote(sb, v.toString(), html);
        }
      }
    }
  }

  private static void writeFloat(StringBuilder sb, double d) throws UnsupportedValueException {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new UnsupportedValueException("json: unsupported value: " + GoFloat.formatG(d, -1));
    }
    sb.append(GoFloat.formatJson(d));
  }

  private static final String HEX = "0123456789abcdef";

  /** A JSON string literal as Go's encoder writes it. */
  public static void quote(StringBuilder sb, String s, boolean html) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> {
          if (c < 0x20 || (html && (c == '<' || c == '>' || c == '&'))) {
            sb.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append("\\ufffd");
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
