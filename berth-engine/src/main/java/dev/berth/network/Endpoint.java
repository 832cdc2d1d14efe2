package dev.berth.network;

import dev.berth.store.Statements;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A running container's endpoint on a user-defined network (table {@code endpoints}): its address,
 * the network's prefix length and gateway, and its MAC address ({@code 02:42} and the IPv4 address,
 * as the bridge driver makes it). Made at start, deleted when the container stops.
 */
public record Endpoint(String containerId, String networkId, String ip, int prefix, String gateway, String mac) {

  /** The endpoint of a container, if it has one. */
  public static Optional<Endpoint> of(Connection c, String containerId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "SELECT container_id, network_id, ip, prefix, gateway, mac FROM endpoints WHERE container_id = ?");
    ps.setString(1, containerId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(row(rs)) : Optional.empty();
    }
  }

  /** The endpoint of a container on one network, if it has one. */
  public static Optional<Endpoint> of(Connection c, String containerId, String networkId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "SELECT container_id, network_id, ip, prefix, gateway, mac FROM endpoints WHERE container_id = ? AND network_id = ?");
    ps.setString(1, containerId);
    ps.setString(2, networkId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(row(rs)) : Optional.empty();
    }
  }

  /** Every endpoint of a container (one per network it is connected to while it runs). */
  public static List<Endpoint> ofContainer(Connection c, String containerId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "SELECT container_id, network_id, ip, prefix, gateway, mac FROM endpoints WHERE container_id = ? ORDER BY rowid");
    ps.setString(1, containerId);
    List<Endpoint> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** The endpoint ID a connection to a running container made (empty for one made by its start). */
  public static String connectedId(Connection c, String containerId, String networkId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "SELECT endpoint_id FROM endpoints WHERE container_id = ? AND network_id = ?");
    ps.setString(1, containerId);
    ps.setString(2, networkId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  /** Records the endpoint ID of a connection to a running container; call inside a write transaction. */
  public static void setConnectedId(Connection c, String containerId, String networkId, String id) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "UPDATE endpoints SET endpoint_id = ? WHERE container_id = ? AND network_id = ?");
    ps.setString(1, id);
    ps.setString(2, containerId);
    ps.setString(3, networkId);
    ps.executeUpdate();
  }

  /** Removes a container's endpoint on one network; call inside a write transaction. */
  public static void release(Connection c, String containerId, String networkId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "DELETE FROM endpoints WHERE container_id = ? AND network_id = ?");
    ps.setString(1, containerId);
    ps.setString(2, networkId);
    ps.executeUpdate();
  }

  /** The endpoints on a network. */
  public static List<Endpoint> onNetwork(Connection c, String networkId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "SELECT container_id, network_id, ip, prefix, gateway, mac FROM endpoints WHERE network_id = ?");
    ps.setString(1, networkId);
    List<Endpoint> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** Removes a container's endpoint (its address is free again); call inside a write transaction. */
  public static void release(Connection c, String containerId) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "DELETE FROM endpoints WHERE container_id = ?");
    ps.setString(1, containerId);
    ps.executeUpdate();
  }

  /**
   * Gives a container an address on {@code n}: {@code requested} when given (it must be in the pool
   * and free), else the first free one of the range (or pool), as the default IPAM's bitmap does;
   * the gateway, auxiliary addresses and other endpoints' addresses are in use. Call inside a write
   * transaction.
   */
  public static Endpoint allocate(Connection c, Network n, String containerId, String requested) throws SQLException {
    release(c, containerId, n.id());
    NetworkConfig cfg = n.settings();
    if (cfg.v4Pools().isEmpty()) {
      throw new dev.berth.errors.SystemException("network " + n.name() + " has no IPv4 pool");
    }
    NetworkConfig.Pool pool = cfg.v4Pools().getFirst();
    Cidr cidr = Cidr.parse(pool.subnet());
    String range = "";
    Set<BigInteger> used = new HashSet<>();
    used.add(Cidr.parseIp(pool.gateway()));
    for (NetworkConfig.IpamConf conf : cfg.v4()) {
      range = conf.ipRange();
      if (conf.aux() != null) {
        conf.aux().values().forEach(a -> used.add(Cidr.parseIp(a)));
      }
    }
    for (Endpoint e : onNetwork(c, n.id())) {
      used.add(Cidr.parseIp(e.ip()));
    }
    BigInteger ip;
    if (requested != null && !requested.isEmpty()) {
      ip = requested.contains(":") ? null : Cidr.parseIp(requested);
      if (ip == null) {
        throw new dev.berth.errors.InvalidArgumentException("invalid IPv4 address: " + requested);
      }
      if (ip == null || !cidr.contains(ip)) {
        throw new dev.berth.errors.SystemException("no available IPv4 addresses on this network's address pools: "
            + n.name() + " (" + n.id() + ")");
      }
      if (used.contains(ip) || ip.equals(cidr.base()) || ip.equals(cidr.last())) {
        throw new dev.berth.errors.SystemException("Address already in use");
      }
    } else {
      BigInteger from = cidr.base().add(BigInteger.ONE);
      BigInteger to = cidr.last().subtract(BigInteger.ONE);
      if (!range.isEmpty()) {
        Cidr r = Cidr.parse(range);
        from = from.max(r.base());
        to = to.min(r.last());
      }
      ip = null;
      for (BigInteger i = from; i.compareTo(to) <= 0; i = i.add(BigInteger.ONE)) {
        if (!used.contains(i)) {
          ip = i;
          break;
        }
      }
      if (ip == null) {
        throw new dev.berth.errors.SystemException("no available IPv4 addresses on this network's address pools: "
            + n.name() + " (" + n.id() + ")");
      }
    }
    long v = ip.longValue();
    String mac = String.format("02:42:%02x:%02x:%02x:%02x", v >> 24 & 255, v >> 16 & 255, v >> 8 & 255, v & 255);
    Endpoint e = new Endpoint(containerId, n.id(), Cidr.v4String(ip), cidr.prefix(), pool.gateway(), mac);
    PreparedStatement ps = Statements.prepare(c,
        "INSERT INTO endpoints(container_id, network_id, ip, prefix, gateway, mac) VALUES (?, ?, ?, ?, ?, ?)");
    ps.setString(1, e.containerId());
    ps.setString(2, e.networkId());
    ps.setString(3, e.ip());
    ps.setInt(4, e.prefix());
    ps.setString(5, e.gateway());
    ps.setString(6, e.mac());
    ps.executeUpdate();
    return e;
  }

  private static Endpoint row(ResultSet rs) throws SQLException {
    return new Endpoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
        rs.getString(6));
  }
}
