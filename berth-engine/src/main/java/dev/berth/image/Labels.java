package dev.berth.image;

import java.util.List;
import java.util.Map;

/** Docker's {@code label=k} / {@code label=k=v} filter matching. */
public final class Labels {
  private Labels() {}

  /** True when every filter matches; labels null (no config labels) never match. */
  public static boolean matchAll(Map<String, String> labels, List<String> filters) {
    if (labels == null) {
      return false;
    }
    for (String f : filters) {
      if (!matches(labels, f)) {
        return false;
      }
    }
    return true;
  }

  public static boolean matchAny(Map<String, String> labels, List<String> filters) {
    for (String f : filters) {
      if (matches(labels, f)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(Map<String, String> labels, String filter) {
    int eq = filter.indexOf('=');
    if (eq < 0) {
      return labels.containsKey(filter);
    }
    String k = filter.substring(0, eq);
    return labels.containsKey(k) && labels.get(k).equals(filter.substring(eq + 1));
  }
}
