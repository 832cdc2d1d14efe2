package dev.berth.network;

import java.math.BigInteger;
import java.net.InetAddress;

/**
 * An IP network as Go's {@code net.ParseCIDR} reads it: the address as typed (host bits kept) and
 * the prefix length. IPv4 is 32 bits, IPv6 128; {@link #base()} is the network address.
 */
public record Cidr(BigInteger address, int bits, int prefix, String text) {

  /** Go's {@code net.ParseCIDR}; the error text is Go's {@code invalid CIDR address: TEXT}. */
  public static Cidr parse(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("invalid CIDR address: " + s);
    }
    BigInteger ip = parseIp(s.substring(0, slash));
    String len = s.substring(slash + 1);
    int bits = s.substring(0, slash).contains(":") ? 128 : 32;
    if (ip == null || len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)
        || len.length() > 1 && len.charAt(0) == '0' || Integer.parseInt(len) > bits) {
      throw new IllegalArgumentException("invalid CIDR address: " + s);
    }
    return new Cidr(ip, bits, Integer.parseInt(len), s);
  }

  /** Go's {@code net.ParseIP}: the address's bits, or null when it is not an IP literal. */
  public static BigInteger parseIp(String s) {
    if (s.contains(":")) {
      if (!s.matches("[0-9A-Fa-f:.]+")) {
        return null;
      }
      try {
        return new BigInteger(1, InetAddress.ofLiteral(s).getAddress());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || p.length() > 1 && p.charAt(0) == '0') {
        return null;
      }
      int n = Integer.parseInt(p);
      if (n > 255) {
        return null;
      }
      v = v << 8 | n;
    }
    return BigInteger.valueOf(v);
  }

  /** Whether this is an IPv4 network. */
  public boolean v4() {
    return bits == 32;
  }

  /** The network address (host bits cleared). */
  public BigInteger base() {
    return address.shiftRight(bits - prefix).shiftLeft(bits - prefix);
  }

  /** The last address of the network (IPv4's broadcast). */
  public BigInteger last() {
    return base().add(BigInteger.ONE.shiftLeft(bits - prefix)).subtract(BigInteger.ONE);
  }

  /** Whether {@code ip} (of the same family) lies in this network. */
  public boolean contains(BigInteger ip) {
    return ip.compareTo(base()) >= 0 && ip.compareTo(last()) <= 0;
  }

  /** libnetwork's overlap: either network contains the other's network address. */
  public boolean overlaps(Cidr other) {
    return bits == other.bits && (contains(other.base()) || other.contains(base()));
  }

  /** The canonical network, as Go's {@code IPNet.String()} writes it (IPv4 only here). */
  public String canonical() {
    return (v4() ? v4String(base()) : base().toString(16)) + "/" + prefix;
  }

  /** An IPv4 address in dotted form. */
  public static String v4String(BigInteger ip) {
    long v = ip.longValue();
    return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
  }
}
