package dev.berth.volume;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageConfig;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SQL access to volume rows and to {@code volume_users}, the one record of which containers mount
 * which volume (a volume is in use exactly while it has a user). Runs in the caller's transaction.
 */
public final class VolumeStore {
  private VolumeStore() {}

  private static final String COLUMNS = "name, driver, created_ns, labels, options, anonymous";

  public static void insert(Connection c, VolumeRecord v) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO volumes(" + COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, v.name());
      ps.setString(2, v.driver());
      ps.setLong(3, v.createdNs());
      ps.setString(4, encode(v.labels()));
      ps.setString(5, encode(v.options()));
      ps.setInt(6, v.anonymous() ? 1 : 0);
      ps.executeUpdate();
    }
  }

  public static Optional<VolumeRecord> find(Connection c, String name) throws SQLException {
    List<VolumeRecord> l = query(c, "SELECT " + COLUMNS + " FROM volumes WHERE name = ?", name);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Every volume, ordered by name. */
  public static List<VolumeRecord> all(Connection c) throws SQLException {
    return query(c, "SELECT " + COLUMNS + " FROM volumes ORDER BY name", null);
  }

  public static void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM volume_users WHERE volume = ?")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM volumes WHERE name = ?")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
  }

  /** The IDs of the containers that mount {@code name}. */
  public static List<String> users(Connection c, String name) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT container_id FROM volume_users WHERE volume = ? ORDER BY container_id")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Number of containers per volume name (volumes nobody mounts are absent). */
  public static Map<String, Integer> userCounts(Connection c) throws SQLException {
    Map<String, Integer> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT volume, count(*) FROM volume_users GROUP BY volume");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  public static void addUser(Connection c, String volume, String containerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT OR IGNORE INTO volume_users(volume, container_id) VALUES (?, ?)")) {
      ps.setString(1, volume);
      ps.setString(2, containerId);
      ps.executeUpdate();
    }
  }

  /** Forgets every volume use of a container. */
  public static void removeUser(Connection c, String containerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM volume_users WHERE container_id = ?")) {
      ps.setString(1, containerId);
      ps.executeUpdate();
    }
  }

  /** The volumes container {@code containerId} uses. */
  static List<String> volumesOf(Connection c, String containerId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT volume FROM volume_users WHERE container_id = ?")) {
      ps.setString(1, containerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Whether a running or paused container other than {@code containerId} uses {@code volume}. */
  static boolean usedByAnotherRunningContainer(Connection c, String volume, String containerId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM volume_users u JOIN containers k ON k.id = u.container_id"
        + " WHERE u.volume = ? AND u.container_id <> ? AND k.state IN ('running', 'paused') LIMIT 1")) {
      ps.setString(1, volume);
      ps.setString(2, containerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<VolumeRecord> query(Connection c, String sql, String arg) throws SQLException {
    List<VolumeRecord> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (arg != null) {
        ps.setString(1, arg);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new VolumeRecord(rs.getString(1), rs.getString(2), rs.getLong(3), decode(rs.getString(4)),
              decode(rs.getString(5)), rs.getInt(6) != 0));
        }
      }
    }
    return out;
  }

  private static String encode(Map<String, String> m) {
    if (m == null) {
      return null;
    }
    try {
      return ImageConfig.MAPPER.writeValueAsString(new TreeMap<>(m));
    } catch (IOException e) {
      throw new SystemException("encoding volume metadata: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> decode(String json) {
    if (json == null) {
      return null;
    }
    try {
      return ImageConfig.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (IOException e) {
      throw new SystemException("corrupt volume metadata: " + e.getMessage(), e);
    }
  }
}
