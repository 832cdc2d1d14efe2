package dev.berth.build;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * EXPOSE's port specs ({@code 80}, {@code 443/udp}, {@code 9000-9001}, {@code ip:host:container})
 * as {@code port/proto} keys, checked with the rules and messages of Docker's port-spec parser.
 */
final class PortSpec {
  private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
      + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

  private PortSpec() {}

  static List<String> parse(String spec) {
    String[] parts = spec.split(":", -1);
    String container = parts[parts.length - 1];
    String host = parts.length >= 2 ? parts[parts.length - 2] : "";
    String ip = parts.length >= 3 ? String.join(":", List.of(parts).subList(0, parts.length - 2)) : "";
    String proto = "tcp";
    int slash = container.indexOf('/');
    if (container.isEmpty() || slash == 0) {
      proto = "";
      container = "";
    } else if (slash > 0) {
      String[] pp = container.split("/", -1);
      if (!pp[1].isEmpty()) {
        proto = pp[1];
      }
      container = pp[0];
    }
    if (ip.startsWith("[")) {
      ip = ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
    }
    if (!ip.isEmpty() && !validIp(ip)) {
      throw new BuildStepFailedException("Invalid ip address: " + ip, 1);
    }
    if (container.isEmpty()) {
      throw new BuildStepFailedException("No port specified: " + spec + "<empty>", 1);
    }
    long[] range = range(container);
    if (range == null) {
      throw new BuildStepFailedException("Invalid containerPort: " + container, 1);
    }
    if (!host.isEmpty()) {
      long[] hostRange = range(host);
      if (hostRange == null) {
        throw new BuildStepFailedException("Invalid hostPort: " + host, 1);
      }
      if (range[1] - range[0] != hostRange[1] - hostRange[0] && range[1] != range[0]) {
        throw new BuildStepFailedException("Invalid ranges specified for container and host Ports: " + container
            + " and " + host, 1);
      }
    }
    String lower = proto.toLowerCase(Locale.ROOT);
    if (!lower.equals("tcp") && !lower.equals("udp") && !lower.equals("sctp")) {
      throw new BuildStepFailedException("Invalid proto: " + proto, 1);
    }
    List<String> out = new ArrayList<>();
    for (long p = range[0]; p <= range[1]; p++) {
      out.add(p + "/" + lower);
    }
    return out;
  }

  /** {@code N} or {@code N-M} (an empty side is 0), each a 16-bit number; null when invalid. */
  private static long[] range(String ports) {
    int dash = ports.indexOf('-');
    if (dash < 0) {
      long p = port(ports);
      return p < 0 ? null : new long[] {p, p};
    }
    String[] parts = ports.split("-", -1);
    long from = port(parts[0]);
    long to = port(parts[1]);
    if (from < 0 || to < 0 || to < from) {
      return null;
    }
    return new long[] {from, to};
  }

  private static long port(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    if (!s.chars().allMatch(c -> c >= '0' && c <= '9') || s.length() > 5) {
      return -1;
    }
    long v = Long.parseLong(s);
    return v > 65535 ? -1 : v;
  }

  private static boolean validIp(String ip) {
    if (IPV4.matcher(ip).matches()) {
      return true;
    }
    if (!ip.contains(":") || !IPV6_CHARS.matcher(ip).matches()) {
      return false;
    }
    try {
      InetAddress.getByName(ip); // a literal with a colon: parsed, never looked up
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
