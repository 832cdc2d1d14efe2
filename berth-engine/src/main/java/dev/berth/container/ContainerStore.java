package dev.berth.container;

import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL access to container rows; runs inside the caller's transaction. */
public final class ContainerStore {
  private ContainerStore() {}

  private static final String COLUMNS =
      "id, name, image_id, image_ref, created_ns, state, pid, exit_code, started_at, finished_at, config";

  private static ContainerRecord row(ResultSet rs) throws SQLException {
    return new ContainerRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        ContainerState.ofApiName(rs.getString(6)),
        rs.getLong(7),
        rs.getInt(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11));
  }

  public static List<ContainerRecord> all(Connection c) throws SQLException {
    return query(c, "SELECT " + COLUMNS + " FROM containers ORDER BY created_ns DESC, id", null);
  }

  public static List<ContainerRecord> usingImage(Connection c, String imageId) throws SQLException {
    return query(
        c, "SELECT " + COLUMNS + " FROM containers WHERE image_id = ? ORDER BY created_ns DESC, id", imageId);
  }

  public static Optional<ContainerRecord> byId(Connection c, String id) throws SQLException {
    List<ContainerRecord> l = query(c, "SELECT " + COLUMNS + " FROM containers WHERE id = ?", id);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  public static Optional<ContainerRecord> byName(Connection c, String name) throws SQLException {
    List<ContainerRecord> l = query(c, "SELECT " + COLUMNS + " FROM containers WHERE name = ?", name);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  public static List<ContainerRecord> byIdPrefix(Connection c, String prefix) throws SQLException {
    return query(
        c,
        "SELECT " + COLUMNS + " FROM containers WHERE substr(id, 1, " + prefix.length() + ") = ?",
        prefix);
  }

  public static void insert(Connection c, ContainerRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO containers(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, r.id());
      ps.setString(2, r.name());
      ps.setString(3, r.imageId());
      ps.setString(4, r.imageRef());
      ps.setLong(5, r.createdNs());
      ps.setString(6, r.state().apiName());
      ps.setLong(7, r.pid());
      ps.setInt(8, r.exitCode());
      ps.setString(9, r.startedAt());
      ps.setString(10, r.finishedAt());
      ps.setString(11, r.config());
      ps.executeUpdate();
    }
  }

  public static void updateState(Connection c, ContainerRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE containers SET state = ?, pid = ?, exit_code = ?, started_at = ?, finished_at = ?"
                + " WHERE id = ?")) {
      ps.setString(1, r.state().apiName());
      ps.setLong(2, r.pid());
      ps.setInt(3, r.exitCode());
      ps.setString(4, r.startedAt());
      ps.setString(5, r.finishedAt());
      ps.setString(6, r.id());
      ps.executeUpdate();
    }
  }

  /** Replaces a container's configuration ({@code docker update}). */
  public static void updateConfig(Connection c, String id, String config) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE containers SET config = ? WHERE id = ?")) {
      ps.setString(1, config);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  public static void rename(Connection c, String id, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE containers SET name = ? WHERE id = ?")) {
      ps.setString(1, name);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  public static void delete(Connection c, String id) throws SQLException {
    Links.containerRemoved(c, id);
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM containers WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  private static List<ContainerRecord> query(Connection c, String sql, String arg) throws SQLException {
    List<ContainerRecord> out = new ArrayList<>();
    PreparedStatement ps = Statements.prepare(c, sql);
    if (arg != null) {
      ps.setString(1, arg);
    }
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }
}
