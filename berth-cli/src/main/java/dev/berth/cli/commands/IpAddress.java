package dev.berth.cli.commands;

import java.util.Locale;

/**
 * Go's {@code net.ParseIP} and {@code IP.String()}: a dotted IPv4 address (no leading zeros) or an
 * IPv6 address (with an optional dotted IPv4 tail, no zone), written back in the canonical form
 * (RFC 5952 for IPv6, an IPv4-mapped address as IPv4). Never a name lookup.
 */
final class IpAddress {
  private IpAddress() {}

  /** The canonical form of {@code text}, or null when it is not an IP address. */
  static String canonical(String text) {
    int[] v4 = ipv4(text);
    if (v4 != null) {
      return v4[0] + "." + v4[1] + "." + v4[2] + "." + v4[3];
    }
    int[] groups = ipv6(text);
    return groups == null ? null : format(groups);
  }

  /** Whether {@code canonical} (as {@link #canonical} returns it) is a loopback address. */
  static boolean loopback(String canonical) {
    return canonical.equals("::1") || canonical.startsWith("127.");
  }

  private static int[] ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || p.length() > 1 && p.charAt(0) == '0') {
        return null;
      }
      out[i] = Integer.parseInt(p);
      if (out[i] > 255) {
        return null;
      }
    }
    return out;
  }

  private static int[] ipv6(String s) {
    if (!s.contains(":")) {
      return null;
    }
    int[] out = new int[8];
    int ellipsis = -1;
    int n = 0;
    String rest = s;
    if (rest.startsWith("::")) {
      ellipsis = 0;
      rest = rest.substring(2);
    }
    while (!rest.isEmpty()) {
      int colon = rest.indexOf(':');
      String group = colon < 0 ? rest : rest.substring(0, colon);
      if (group.contains(".")) {
        int[] v4 = colon < 0 && n <= 6 ? ipv4(group) : null;
        if (v4 == null) {
          return null;
        }
        out[n++] = v4[0] << 8 | v4[1];
        out[n++] = v4[2] << 8 | v4[3];
        rest = "";
        break;
      }
      if (group.isEmpty() || group.length() > 4 || n == 8) {
        return null;
      }
      try {
        out[n++] = Integer.parseInt(group, 16);
      } catch (NumberFormatException e) {
        return null;
      }
      if (colon < 0) {
        rest = "";
      } else if (rest.startsWith("::", colon)) {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = n;
        rest = rest.substring(colon + 2);
      } else {
        rest = rest.substring(colon + 1);
        if (rest.isEmpty()) {
          return null;
        }
      }
    }
    if (ellipsis < 0) {
      return n == 8 ? out : null;
    }
    if (n == 8) {
      return null;
    }
    int[] full = new int[8];
    System.arraycopy(out, 0, full, 0, ellipsis);
    System.arraycopy(out, ellipsis, full, 8 - (n - ellipsis), n - ellipsis);
    return full;
  }

  private static String format(int[] g) {
    boolean mapped = true;
    for (int i = 0; i < 5; i++) {
      mapped &= g[i] == 0;
    }
    if (mapped && g[5] == 0xffff) {
      return (g[6] >> 8) + "." + (g[6] & 0xff) + "." + (g[7] >> 8) + "." + (g[7] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
