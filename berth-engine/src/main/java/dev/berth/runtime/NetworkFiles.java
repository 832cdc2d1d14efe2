package dev.berth.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --dns}, {@code --dns-search}, {@code --dns-option} and {@code --add-host} put into a
 * container's {@code /etc/resolv.conf} and {@code /etc/hosts}. {@code extraHosts} are
 * {@code NAME:IP} entries, in the order given.
 */
public record NetworkFiles(List<String> dns, List<String> dnsSearch, List<String> dnsOptions, List<String> extraHosts) {
  public static final NetworkFiles NONE = new NetworkFiles(List.of(), List.of(), List.of(), List.of());

  public NetworkFiles {
    dns = dns == null ? List.of() : List.copyOf(dns);
    dnsSearch = dnsSearch == null ? List.of() : List.copyOf(dnsSearch);
    dnsOptions = dnsOptions == null ? List.of() : List.copyOf(dnsOptions);
    extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
  }

  /** Whether any DNS setting was given (the resolv.conf is then written from the settings). */
  public boolean customDns() {
    return !dns.isEmpty() || !dnsSearch.isEmpty() || !dnsOptions.isEmpty();
  }

  /**
   * The resolv.conf made of the settings, each missing one taken from the host's file (its
   * nameservers, its last {@code search} and {@code options} lines): a {@code search} line unless
   * the domains are just {@code .}, the nameservers, an {@code options} line.
   */
  String resolvConf(String hostResolv) {
    List<String> servers = dns;
    List<String> search = dnsSearch;
    List<String> options = dnsOptions;
    List<String> hostServers = new ArrayList<>();
    List<String> hostSearch = List.of();
    List<String> hostOptions = List.of();
    for (String raw : hostResolv.split("\n", -1)) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      String[] f = line.split("\\s+");
      if (f.length == 0 || f[0].isEmpty()) {
        continue;
      }
      List<String> rest = List.of(f).subList(1, f.length);
      switch (f[0]) {
        case "nameserver" -> {
          if (rest.size() == 1) {
            hostServers.add(rest.get(0));
          }
        }
        case "search" -> hostSearch = rest;
        case "options" -> hostOptions = rest;
        default -> { }
      }
    }
    if (servers.isEmpty()) {
      servers = hostServers;
    }
    if (search.isEmpty()) {
      search = hostSearch;
    }
    if (options.isEmpty()) {
      options = hostOptions;
    }
    StringBuilder out = new StringBuilder();
    String searchLine = String.join(" ", search);
    if (!search.isEmpty() && !searchLine.strip().equals(".")) {
      out.append("search ").append(searchLine).append('\n');
    }
    for (String s : servers) {
      out.append("nameserver ").append(s).append('\n');
    }
    String optionsLine = String.join(" ", options);
    if (!options.isEmpty() && !optionsLine.strip().isEmpty()) {
      out.append("options ").append(optionsLine).append('\n');
    }
    return out.toString();
  }

  /** The {@code IP\tNAME} lines of the extra hosts. */
  String hostsLines() {
    StringBuilder out = new StringBuilder();
    for (String e : extraHosts) {
      int colon = e.indexOf(':');
      out.append(e.substring(colon + 1)).append('\t').append(e, 0, colon).append('\n');
    }
    return out.toString();
  }
}
