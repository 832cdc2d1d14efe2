package dev.berth.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept for the life of their connection. SQLite compiles the SQL on every
 * prepare and sqlite-jdbc then reads the column names back; a prune of 1,000 images runs the same
 * dozen statements 1,000 times each. Rules for a cached statement: never close it (the connection
 * finalizes it when it closes), bind every parameter on each use, and read its results to the end
 * or close them before it is asked for again. Transactions are serialised by {@link Database}, so
 * one thread at a time uses a connection's statements.
 */
public final class Statements {
  private Statements() {}

  private static final Map<Connection, Map<String, PreparedStatement>> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The connection's statement for {@code sql}, prepared on first use. */
  public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
    Map<String, PreparedStatement> statements = CACHE.computeIfAbsent(c, k -> new HashMap<>());
    PreparedStatement ps = statements.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = c.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Drops the statements of a connection about to close. */
  static void forget(Connection c) {
    CACHE.remove(c);
  }
}
