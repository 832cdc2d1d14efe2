package dev.berth.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a container's environment the way the Docker daemon does. */
public final class ContainerEnv {
  public static final String DEFAULT_PATH =
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private ContainerEnv() {}

  /**
   * The daemon's merge of the create request with the image: the user's {@code -e} values first,
   * then every image variable whose key the user did not set.
   */
  public static List<String> merge(List<String> imageEnv, List<String> userEnvGiven) {
    // a variable given twice keeps its first place and its last value, as the daemon stores it
    Map<String, String> userByKey = new LinkedHashMap<>();
    userEnvGiven.forEach(v -> put(userByKey, v));
    List<String> userEnv = List.copyOf(userByKey.values());
    List<String> out = new ArrayList<>(userEnv);
    for (String imageVar : imageEnv) {
      String key = key(imageVar);
      if (userEnv.stream().noneMatch(u -> key(u).equals(key))) {
        out.add(imageVar);
      }
    }
    return out;
  }

  /**
   * The daemon's order when links give variables: they follow PATH and HOSTNAME (and TERM), and a
   * container variable of the same name replaces one in place; the others follow. A bare name
   * stays, to unset its variable in {@link #forProcess}.
   */
  public static List<String> withLinked(List<String> linkedEnv, List<String> configEnv) {
    if (linkedEnv.isEmpty()) {
      return configEnv;
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    linkedEnv.forEach(v -> put(byKey, v));
    List<String> bare = new ArrayList<>();
    for (String v : configEnv) {
      if (v.indexOf('=') < 0) {
        bare.add(v);
      } else {
        put(byKey, v);
      }
    }
    List<String> out = new ArrayList<>(byKey.values());
    out.addAll(bare);
    return out;
  }

  /**
   * The process environment: PATH, HOSTNAME (and TERM with a TTY) as defaults, replaced in place
   * or extended by the merged config env, then HOME from the user's passwd entry when unset
   * (runc would add the same).
   */
  public static List<String> forProcess(
      List<String> mergedConfigEnv, String hostname, boolean tty, String home) {
    Map<String, String> byKey = new LinkedHashMap<>();
    put(byKey, DEFAULT_PATH);
    put(byKey, "HOSTNAME=" + hostname);
    if (tty) {
      put(byKey, "TERM=xterm");
    }
    for (String v : mergedConfigEnv) {
      if (v.indexOf('=') < 0) {
        byKey.remove(v); // a bare name (`-e NAME` with NAME unset on the client) unsets NAME
      } else {
        put(byKey, v);
      }
    }
    if (!byKey.containsKey("HOME")) {
      put(byKey, "HOME=" + home);
    }
    return List.copyOf(byKey.values());
  }

  private static void put(Map<String, String> byKey, String var) {
    byKey.put(key(var), var);
  }

  static String key(String var) {
    int eq = var.indexOf('=');
    return eq < 0 ? var : var.substring(0, eq);
  }
}
