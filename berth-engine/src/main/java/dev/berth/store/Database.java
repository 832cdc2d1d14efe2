package dev.berth.store;

import dev.berth.errors.SystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The metadata database: SQLite in WAL mode, shared by every berth process on one store. Writers
 * take the write lock up front ({@code BEGIN IMMEDIATE}) so that a read-then-write transaction can
 * never be invalidated by another process half-way.
 */
public final class Database implements AutoCloseable {
  private final Connection connection;
  private final WriteLock writeLock;

  private Database(Connection connection, WriteLock writeLock) {
    this.connection = connection;
    this.writeLock = writeLock;
  }

  /**
   * The driver's one-time set-up (native library, date formats, time zone, logging: ~40 ms of a
   * short command), done by opening and closing an in-memory database. Touches no file.
   */
  public static void warmUpDriver() {
    try (Connection c = new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite::memory:", ":memory:", new Properties())) {
      c.getAutoCommit();
    } catch (SQLException e) {
      // the real open reports whatever is wrong
    }
  }

  public static Database open(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Properties props = new Properties();
      props.setProperty("busy_timeout", "60000");
      props.setProperty("foreign_keys", "true");
      props.setProperty("journal_mode", "WAL");
      props.setProperty("synchronous", "NORMAL");
      // Otherwise every INSERT is matched against a regex and followed by its own
      // "SELECT last_insert_rowid()"; nothing in berth asks for generated keys.
      props.setProperty("jdbc.get_generated_keys", "false");
      // The connection class directly: DriverManager would first load every JDBC driver on the
      // class path, and so does the driver class's own registration with it.
      Connection c = new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite:" + file, file.toString(), props);
      c.setAutoCommit(true);
      Database db = new Database(c, WriteLock.forFile(file.resolveSibling(file.getFileName() + ".lock")));
      Schema.migrate(db);
      return db;
    } catch (SQLException | java.io.IOException e) {
      throw new SystemException("opening store database " + file + ": " + e.getMessage(), e);
    }
  }

  public Connection connection() {
    return connection;
  }

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in a write transaction; commits on success, rolls back on any failure. */
  public synchronized <T> T write(Work<T> work) {
    try (WriteLock.Held held = writeLock.acquire()) {
      return transaction("BEGIN IMMEDIATE", work);
    }
  }

  /** Runs {@code work} in a read transaction (one consistent snapshot). */
  public synchronized <T> T read(Work<T> work) {
    return transaction("BEGIN DEFERRED", work);
  }

  private <T> T transaction(String begin, Work<T> work) {
    try (Statement s = connection.createStatement()) {
      s.execute(begin);
    } catch (SQLException e) {
      throw new SystemException("store database: " + e.getMessage(), e);
    }
    boolean done = false;
    try {
      T result = work.run(connection);
      try (Statement s = connection.createStatement()) {
        s.execute("COMMIT");
      }
      done = true;
      return result;
    } catch (SQLException e) {
      throw new SystemException("store database: " + e.getMessage(), e);
    } finally {
      if (!done) {
        try (Statement s = connection.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the transaction is already gone; the original failure is what matters
        }
      }
    }
  }

  @Override
  public void close() {
    Statements.forget(connection);
    try {
      connection.close();
    } catch (SQLException e) {
      throw new SystemException("closing store database: " + e.getMessage(), e);
    }
  }
}
