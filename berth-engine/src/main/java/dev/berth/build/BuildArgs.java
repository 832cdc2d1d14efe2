package dev.berth.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The classic builder's build arguments: the {@code --build-arg} options (a null value: given
 * without one), the ARGs declared in the current stage and before the first FROM, and which
 * options were referenced (for the "not consumed" warning). The proxy variables are always allowed.
 */
final class BuildArgs {
  static final Set<String> BUILTIN = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
      "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  private final Map<String, String> options;
  private final Map<String, String> allowed = new LinkedHashMap<>();
  private final Map<String, String> allowedMeta;
  private final Set<String> referenced;

  BuildArgs(Map<String, String> options) {
    this(new HashMap<>(options), new LinkedHashMap<>(), new HashSet<>());
  }

  private BuildArgs(Map<String, String> options, Map<String, String> meta, Set<String> referenced) {
    this.options = options;
    this.allowedMeta = meta;
    this.referenced = referenced;
  }

  /** A stage's copy: the same options and meta args, no declared args yet. */
  BuildArgs forStage() {
    return new BuildArgs(options, new LinkedHashMap<>(allowedMeta), new HashSet<>(referenced));
  }

  void mergeReferenced(BuildArgs stage) {
    referenced.addAll(stage.referenced);
  }

  void addArg(String key, String value) {
    allowed.put(key, value);
    referenced.add(key);
  }

  void addMetaArg(String key, String value) {
    allowedMeta.put(key, value);
  }

  private String value(String key, Map<String, String> mapping) {
    if (options.get(key) != null) {
      return options.get(key);
    }
    String dflt = mapping.get(key);
    if (dflt == null) {
      return allowedMeta.get(key);
    }
    return dflt;
  }

  private Map<String, String> all(Map<String, String> mapping) {
    Map<String, String> out = new TreeMap<>();
    Set<String> keys = new TreeSet<>(mapping.keySet());
    keys.addAll(BUILTIN);
    for (String k : keys) {
      boolean declared = mapping.containsKey(k);
      String v = options.get(k) != null ? options.get(k) : declared ? value(k, mapping) : null;
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  /** Declared args (and given proxy variables) with a value. */
  Map<String, String> allAllowed() {
    return all(allowed);
  }

  /** Meta args (and given proxy variables) with a value: what FROM may use. */
  Map<String, String> allMeta() {
    return all(allowedMeta);
  }

  /** {@code K=V} of the allowed args not shadowed by {@code env}, sorted. */
  List<String> filterAllowed(List<String> env) {
    Set<String> envKeys = new HashSet<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      envKeys.add(eq < 0 ? e : e.substring(0, eq));
    }
    List<String> out = new ArrayList<>();
    allAllowed().forEach((k, v) -> {
      if (!envKeys.contains(k)) {
        out.add(k + "=" + v);
      }
    });
    return out;
  }

  boolean isReferencedOrNotBuiltin(String key) {
    return referenced.contains(key) || !BUILTIN.contains(key);
  }

  /** Options nobody declared, sorted (proxy variables never count). */
  List<String> unreferencedOptions() {
    List<String> out = new ArrayList<>();
    for (String k : new TreeSet<>(options.keySet())) {
      if (!referenced.contains(k) && !BUILTIN.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }
}
