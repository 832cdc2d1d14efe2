package dev.berth.network;

import dev.berth.store.BerthStore;
import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code networks} table. The predefined networks' rows are made on first use inside a write
 * transaction ({@code INSERT OR IGNORE} on the unique name), so the first writer fixes each ID and
 * creation time for the store's life and every process sees the same ones. A user-defined network's
 * row has its settings and pools as JSON in {@code config}; {@code ipam_turns} keeps the default
 * IPAM's start index among its predefined pools.
 */
public final class NetworkStore {
  /** The daemon's predefined networks in the order it creates them: name, driver. */
  static final List<String[]> PREDEFINED = List.of(new String[] {"none", "null"}, new String[] {"host", "host"});

  private NetworkStore() {}

  /** Whether {@code name} is one of the daemon's predefined network names (bridge included). */
  public static boolean isPredefined(String name) {
    return name.equals("none") || name.equals("host") || name.equals("bridge") || name.equals("default");
  }

  /** Makes the predefined rows that are missing; call inside a write transaction. */
  public static void ensure(Connection c) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "INSERT OR IGNORE INTO networks(id, name, driver, created_ns) VALUES (?, ?, ?, ?)");
    for (String[] p : PREDEFINED) {
      ps.setString(1, randomId());
      ps.setString(2, p[0]);
      ps.setString(3, p[1]);
      ps.setLong(4, BerthStore.nowNs());
      ps.executeUpdate();
    }
  }

  /** Every network, oldest first; creates the predefined ones when the store has none yet. */
  public static List<Network> all(BerthStore store) {
    List<Network> found = store.db().read(NetworkStore::all);
    if (found.size() >= PREDEFINED.size()) {
      return found;
    }
    return store.db().write(c -> {
      ensure(c);
      return all(c);
    });
  }

  /** The rows as they are (no creation), oldest first. */
  public static List<Network> all(Connection c) throws SQLException {
    List<Network> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, name, driver, created_ns, config FROM networks ORDER BY created_ns, rowid");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** The network named {@code name}, made first if it is a predefined one; call inside a write transaction. */
  public static Optional<Network> byNameCreating(Connection c, String name) throws SQLException {
    Optional<Network> n = byName(c, name);
    if (n.isPresent()) {
      return n;
    }
    ensure(c);
    return byName(c, name);
  }

  /** The network named {@code term}, else the one whose ID starts with it (read only). */
  public static Optional<Network> resolve(Connection c, String term) throws SQLException {
    Optional<Network> n = byName(c, term);
    if (n.isPresent() || term.isEmpty()) {
      return n;
    }
    List<Network> byId = all(c).stream().filter(x -> x.id().startsWith(term)).toList();
    return byId.size() == 1 ? Optional.of(byId.getFirst()) : Optional.empty();
  }

  /** The network named {@code name} if its row exists (read only). */
  public static Optional<Network> byName(Connection c, String name) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "SELECT id, name, driver, created_ns, config FROM networks WHERE name = ?");
    ps.setString(1, name);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(row(rs)) : Optional.empty();
    }
  }

  private static Network row(ResultSet rs) throws SQLException {
    String config = rs.getString(5);
    try {
      return new Network(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
          config == null ? null : dev.berth.image.ImageConfig.MAPPER.readTree(config));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("network " + rs.getString(1) + " has an unreadable config", e);
    }
  }

  /** Inserts a user-defined network; call inside a write transaction. */
  public static void insert(Connection c, Network n) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "INSERT INTO networks(id, name, driver, created_ns, config) VALUES (?, ?, ?, ?, ?)");
    ps.setString(1, n.id());
    ps.setString(2, n.name());
    ps.setString(3, n.driver());
    ps.setLong(4, n.createdNs());
    ps.setString(5, n.config().toString());
    ps.executeUpdate();
  }

  /** Deletes a network's row; call inside a write transaction. */
  public static void delete(Connection c, String id) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "DELETE FROM networks WHERE id = ?");
    ps.setString(1, id);
    ps.executeUpdate();
  }

  /** The default IPAM's start index among the predefined pools of {@code space}. */
  public static int ipamTurn(Connection c, String space) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "SELECT start_index FROM ipam_turns WHERE space = ?");
    ps.setString(1, space);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Records the start index; call inside a write transaction. */
  public static void setIpamTurn(Connection c, String space, int index) throws SQLException {
    PreparedStatement ps = Statements.prepare(c,
        "INSERT INTO ipam_turns(space, start_index) VALUES (?, ?) ON CONFLICT(space) DO UPDATE SET start_index = excluded.start_index");
    ps.setString(1, space);
    ps.setInt(2, index);
    ps.executeUpdate();
  }

  static String randomId() {
    return dev.berth.content.RandomIds.id();
  }
}
