package dev.berth.network.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names one container (the sandbox) can resolve, as dockerd's sandbox resolves them: on each of
 * its user networks every running container's name, network aliases, short ID and hostname (case
 * insensitive), the aliases of its own links on that network (case sensitive, naming a container
 * on that network), and {@code NAME.NETWORK} for each split of a dotted name ({@code a.b.c}:
 * {@code a.b.c} on any network, {@code a.b} on network {@code c}, {@code a} on network {@code b.c}).
 * {@code dns} are the container's own external resolvers (empty: the host's).
 */
public record SandboxNames(List<Net> networks, List<String> dns, boolean ndotsSet) implements DnsResolver.Names {

  /**
   * One network of the sandbox: its name, its records (lower-case name → IPv4s), IP → container
   * name, and the sandbox's link aliases on it (alias → container name).
   */
  public record Net(String name, Map<String, List<String>> records, Map<String, String> ipNames,
      Map<String, String> links) {
    /** Adds a container's names for {@code ip}. */
    public void add(String ip, String containerName, List<String> names) {
      ipNames.putIfAbsent(ip, containerName);
      for (String n : names) {
        if (n == null || n.isEmpty()) {
          continue;
        }
        List<String> ips = records.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (!ips.contains(ip)) {
          ips.add(ip);
        }
      }
    }

    public static Net of(String name) {
      return new Net(name, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
  }

  /** Names without the container's own resolvers (the host's are used) and without a user ndots. */
  public SandboxNames(List<Net> networks) {
    this(networks, List.of(), false);
  }

  /**
   * Whether resolver options set ndots (the daemon: any {@code ndots:N}, N a number ≥ 0, among the
   * container's {@code --dns-option}s, else among the host's resolv.conf options).
   */
  public static boolean ndotsSet(List<String> options) {
    for (String o : options) {
      if (o.contains("ndots")) {
        String[] parts = o.split(":", -1);
        try {
          return parts.length == 2 && Integer.parseInt(parts[1]) >= 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }

  @Override
  public List<String> ipv4(String query) {
    String name = query.endsWith(".") ? query.substring(0, query.length() - 1) : query;
    List<String> reqNames = new ArrayList<>(List.of(name));
    List<String> netNames = new ArrayList<>(List.of(""));
    String dup = name;
    for (int i = dup.lastIndexOf('.'); i != -1; i = dup.lastIndexOf('.')) {
      netNames.add(name.substring(i + 1));
      reqNames.add(name.substring(0, i));
      dup = dup.substring(0, i);
    }
    for (int i = 0; i < reqNames.size(); i++) {
      String req = reqNames.get(i);
      String network = netNames.get(i);
      // first a link alias of the container on a network, then the names on the networks where
      // the name is not one of its link aliases
      for (Net n : networks) {
        String target = n.links().get(req);
        if (target != null && (network.isEmpty() || network.equals(n.name()))) {
          List<String> ips = n.records().get(target.toLowerCase(Locale.ROOT));
          if (ips != null && !ips.isEmpty()) {
            return ips;
          }
        }
      }
      for (Net n : networks) {
        if (n.links().containsKey(req) || !(network.isEmpty() || network.equals(n.name()))) {
          continue;
        }
        List<String> ips = n.records().get(req.toLowerCase(Locale.ROOT));
        if (ips != null && !ips.isEmpty()) {
          return ips;
        }
      }
    }
    return List.of();
  }

  @Override
  public Optional<String> ptr(String ip) {
    for (Net n : networks) {
      String name = n.ipNames().get(ip);
      if (name != null) {
        return Optional.of(name + "." + n.name());
      }
    }
    return Optional.empty();
  }
}
