package dev.berth.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The network sysctls the daemon gives every container that gets a network namespace of its own
 * (any mode but {@code host} and {@code container:}), before the user's {@code --sysctl}s, which
 * override them: unprivileged ICMP echo sockets ({@code net.ipv4.ping_group_range}, not when the
 * engine itself runs in a user namespace) and every port bindable without
 * CAP_NET_BIND_SERVICE ({@code net.ipv4.ip_unprivileged_port_start}); each only where the
 * kernel has it.
 */
public final class NetworkSysctls {
  static final String PING_GROUP_RANGE = "net.ipv4.ping_group_range";
  static final String UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";

  private NetworkSysctls() {}

  /** The defaults on this host. */
  public static Map<String, String> defaults(NetworkMode mode) {
    return defaults(mode, NetworkSysctls::hostHas, inUserNamespace(Path.of("/proc/self/uid_map")));
  }

  static Map<String, String> defaults(NetworkMode mode, Predicate<String> exists, boolean inUserNamespace) {
    Map<String, String> out = new LinkedHashMap<>();
    if (mode == NetworkMode.HOST || mode == NetworkMode.CONTAINER) {
      return out;
    }
    if (!inUserNamespace && exists.test(PING_GROUP_RANGE)) {
      out.put(PING_GROUP_RANGE, "0 2147483647");
    }
    if (exists.test(UNPRIVILEGED_PORT_START)) {
      out.put(UNPRIVILEGED_PORT_START, "0");
    }
    return out;
  }

  private static boolean hostHas(String sysctl) {
    return Files.exists(Path.of("/proc/sys", sysctl.replace('.', '/')));
  }

  /** Whether a uid_map is anything but the initial namespace's whole identity map. */
  static boolean inUserNamespace(Path uidMap) {
    try {
      String[] f = Files.readString(uidMap).strip().split("\\s+");
      return !(f.length == 3 && f[0].equals("0") && f[1].equals("0") && f[2].equals("4294967295"));
    } catch (IOException e) {
      return false;
    }
  }
}
