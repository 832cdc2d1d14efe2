package dev.berth.network;

import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The daemon's default IPAM for local networks. A network without a subnet gets a predefined pool
 * (172.17-31.0.0/16, then 192.168.0.0/16 in /20s): the pools are tried in turn from a start index
 * that moves past each one given (so a removed network's pool comes back only after the others), a
 * pool overlapping a network's pool is never given, and one overlapping a link route or a nameserver
 * of the host (not one of berth's bridges) is passed over. A requested subnet must overlap no network's pool. The gateway is the
 * requested address or the first free one of the range (else the pool); IPv4's network and broadcast
 * addresses are never given.
 */
public final class DefaultIpam {
  /** The predefined local pools, in the daemon's order. */
  static final List<Cidr> LOCAL_POOLS = localPools();

  private final Predicate<Cidr> hostOverlap;

  public DefaultIpam(Predicate<Cidr> hostOverlap) {
    this.hostOverlap = hostOverlap;
  }

  /** The IPAM with the host's link routes and nameservers (what the daemon reads through netlink). */
  public static DefaultIpam ofHost() {
    List<Cidr> host = hostNetworks();
    return new DefaultIpam(c -> host.stream().anyMatch(h -> h.overlaps(c)));
  }

  /** A failure after the start index moved: the daemon keeps the new index. */
  public static final class Failure extends BerthException {
    private final int startIndex;

    Failure(ErrorKind kind, String message, int startIndex) {
      super(kind, message);
      this.startIndex = startIndex;
    }

    public int startIndex() {
      return startIndex;
    }
  }

  /** The outcome of a predefined pool request: the pool and the start index after it. */
  public record Given(Cidr pool, int startIndex) {}

  /**
   * A predefined pool for a new network: the first, from {@code start}, that overlaps none of
   * {@code taken} nor the host's networks.
   */
  public Given predefined(int start, List<Cidr> taken) {
    List<Cidr> held = new ArrayList<>(taken);
    int index = start;
    while (true) {
      Given g = next(index, held);
      if (g == null) {
        throw new Failure(ErrorKind.NOT_FOUND,
            "could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network",
            index);
      }
      index = g.startIndex();
      if (!hostOverlap.test(g.pool())) {
        return g;
      }
      held.add(g.pool()); // held until a free one is found, so the same one is not given again
    }
  }

  /** libnetwork's getPredefinedPool: the pools rotated to the start index, the first free one. */
  static Given next(int start, List<Cidr> taken) {
    int n = LOCAL_POOLS.size();
    int s = start >= n ? 0 : start;
    for (int i = 0; i < n; i++) {
      Cidr p = LOCAL_POOLS.get((s + i) % n);
      if (taken.stream().noneMatch(t -> t.overlaps(p))) {
        int moved = s + i + 1;
        return new Given(p, moved >= n ? 0 : moved);
      }
    }
    return null;
  }

  /** A requested subnet: refused when it overlaps a network's pool. */
  public static void checkRequested(Cidr pool, List<Cidr> taken) {
    if (taken.stream().anyMatch(t -> t.overlaps(pool))) {
      throw new BerthException(ErrorKind.FORBIDDEN, "Pool overlaps with other one on this address space");
    }
  }

  /** The gateway of a pool: {@code requested} (may be empty) or the first free address of the range or pool. */
  public static String gateway(Cidr pool, String range, String requested) {
    BigInteger base = pool.base();
    BigInteger last = pool.last();
    BigInteger firstFree = pool.v4() ? base.add(BigInteger.ONE) : base.add(BigInteger.ONE);
    BigInteger lastFree = pool.v4() ? last.subtract(BigInteger.ONE) : last;
    if (!requested.isEmpty()) {
      BigInteger ip = Cidr.parseIp(requested);
      if (ip == null || !pool.contains(ip)) {
        throw new BerthException(ErrorKind.SYSTEM,
            "failed to allocate gateway (" + requested + "): Requested address is out of range");
      }
      if (ip.compareTo(firstFree) < 0 || ip.compareTo(lastFree) > 0) {
        throw new BerthException(ErrorKind.SYSTEM, "failed to allocate gateway (" + requested + "): Address already in use");
      }
      return requested;
    }
    BigInteger from = firstFree;
    BigInteger to = lastFree;
    if (!range.isEmpty()) {
      try {
        Cidr r = Cidr.parse(range);
        from = from.max(r.base());
        to = to.min(r.last());
      } catch (IllegalArgumentException e) {
        // the CLI checks the range; an API request's bad range leaves the pool
      }
    }
    if (from.compareTo(to) > 0) {
      throw new BerthException(ErrorKind.SYSTEM, "failed to allocate gateway (): No available addresses on this pool");
    }
    return pool.v4() ? Cidr.v4String(from) : v6String(from);
  }

  /** An IPv6 address as Go writes it: hex groups, the longest run of two or more zero groups as {@code ::}. */
  static String v6String(BigInteger ip) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ip.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int best = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        best = i;
        bestLen = j - i;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == best) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]));
    }
    return b.toString();
  }

  private static List<Cidr> localPools() {
    List<Cidr> out = new ArrayList<>();
    for (int i = 17; i <= 31; i++) {
      out.add(Cidr.parse("172." + i + ".0.0/16"));
    }
    for (int i = 0; i < 256; i += 16) {
      out.add(Cidr.parse("192.168." + i + ".0/20"));
    }
    return List.copyOf(out);
  }

  /**
   * Whether an interface is a bridge of berth's (any store's): its routes are no host network to
   * avoid. Each store hands out pools as one daemon would, whatever other stores on the host do,
   * so that a store's choice depends on its own networks and the host only.
   */
  static boolean berthBridge(String iface) {
    try {
      return Files.readString(Path.of("/sys/class/net", iface, "ifalias")).strip()
          .equals(dev.berth.runtime.BridgePlumbing.ALIAS);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The host's IPv4 link-scope routes (main table, no gateway) and its nameservers (as /32). */
  static List<Cidr> hostNetworks() {
    List<Cidr> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/net/route"));
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 8) {
          continue;
        }
        long dst = Long.parseLong(f[1], 16);
        int flags = Integer.parseInt(f[3], 16);
        long mask = Long.parseLong(f[7], 16);
        if ((flags & 0x2) != 0 || mask == 0 || berthBridge(f[0])) {
          continue;
        }
        out.add(Cidr.parse(Cidr.v4String(BigInteger.valueOf(Long.reverseBytes(dst) >>> 32))
            + "/" + Long.bitCount(mask)));
      }
    } catch (IOException | RuntimeException e) {
      // no routes to read: nothing on the host to avoid
    }
    try {
      for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 2 && f[0].equals("nameserver") && Cidr.parseIp(f[1]) != null && !f[1].contains(":")) {
          out.add(Cidr.parse(f[1] + "/32"));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no resolv.conf: no nameserver to avoid
    }
    return out;
  }
}
