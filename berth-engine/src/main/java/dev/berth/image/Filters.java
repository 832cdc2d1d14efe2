package dev.berth.image;

import dev.berth.errors.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Docker's {@code filters} argument: key to values, in the order given. */
public record Filters(Map<String, List<String>> values) {
  public static Filters empty() {
    return new Filters(Map.of());
  }

  /** Parses CLI {@code --filter k=v} strings (already validated for the {@code =}). */
  public static Filters ofArgs(List<String> args) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String a : args) {
      if (a.isEmpty()) {
        continue; // docker ignores an empty --filter value
      }
      int eq = a.indexOf('=');
      String k = a.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
      String v = a.substring(eq + 1).trim(); // the docker CLI trims both sides of the filter
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return new Filters(m);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public List<String> get(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** Fails with Docker's {@code Invalid filter '<key>'} for a key outside {@code accepted}. */
  public void validate(Set<String> accepted) {
    for (String k : values.keySet()) {
      if (!accepted.contains(k)) {
        throw new InvalidArgumentException("Invalid filter '" + k + "'");
      }
    }
  }

  public Filters with(String key, String value) {
    Map<String, List<String>> m = new LinkedHashMap<>(values);
    List<String> l = new ArrayList<>(m.getOrDefault(key, List.of()));
    l.add(value);
    m.put(key, l);
    return new Filters(m);
  }

  /** Go prints a []string as {@code [a b]}. */
  public static String goList(List<String> l) {
    return "[" + String.join(" ", l) + "]";
  }
}
