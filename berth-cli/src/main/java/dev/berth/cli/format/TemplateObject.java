package dev.berth.cli.format;

import java.util.List;

/**
 * A Go value with named fields/methods, like docker's formatter contexts ({@code
 * *formatter.imageContext}) or a typed API struct. Fields are looked up by exact (case-sensitive)
 * name.
 */
public interface TemplateObject {
  /** Go type name used in error messages, e.g. {@code *formatter.imageContext}. */
  String goTypeName();

  /** Whether {@code name} is a field or method of this object. */
  boolean has(String name);

  /**
   * Value of field/method {@code name} called with {@code args} (empty for a plain field access).
   * Throw {@link TemplateFieldError} to report a Go-style error ("wrong number of args for Label:
   * want 1 got 0").
   */
  Object get(String name, List<Object> args) throws TemplateFieldError;

  /**
   * What {@code json} produces for this object: a {@link JsonRaw} (already encoded) or any data
   * value. Default: an object of {@link #fieldNames()} in order.
   */
  default Object toJson() throws TemplateFieldError {
    java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
    for (String name : fieldNames()) {
      m.put(name, get(name, List.of()));
    }
    return m;
  }

  /** Field names in declaration order (used by the default {@link #toJson()} and printing). */
  List<String> fieldNames();

  /** How {@code {{.}}} prints it; Go prints a struct as {@code {v1 v2}}. */
  default String print() throws TemplateFieldError {
    StringBuilder sb = new StringBuilder("{");
    List<String> names = fieldNames();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(GoFmt.sprint(get(names.get(i), List.of())));
    }
    return sb.append('}').toString();
  }

  /** Error raised by a field accessor; its message follows "executing ... at <...>: ". */
  final class TemplateFieldError extends Exception {
    public TemplateFieldError(String message) {
      super(message);
    }
  }

  /** JSON text already encoded (e.g. a row's sorted, HTML-escaped object). */
  record JsonRaw(String json) {}
}
