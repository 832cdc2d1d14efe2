package dev.berth.check;

import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an operation could have changed in a store (the hostile-input tests compare it): every row of every table and the
 * file tree (paths, types and sizes), minus what merely being open changes (the database files,
 * the process's session file). Equal fingerprints before and after = the input changed nothing.
 */
public final class StoreFingerprint {
  private StoreFingerprint() {}

  public static String of(BerthStore store) {
    StringBuilder out = new StringBuilder();
    store.db().read(c -> {
      List<String> tables = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String t : tables) {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder(t).append(':');
            for (int i = 1; i <= n; i++) {
              row.append(i > 1 ? "|" : "").append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        rows.forEach(row -> out.append(row).append('\n'));
      }
      return null;
    });
    Path root = store.paths().root();
    try (Stream<Path> files = Files.walk(root)) {
      files.map(p -> describe(root, p))
          .filter(d -> !d.startsWith("berth.db") && !d.startsWith("sessions/"))
          .sorted()
          .forEach(d -> out.append(d).append('\n'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String describe(Path root, Path p) {
    String rel = root.relativize(p).toString();
    try {
      if (Files.isSymbolicLink(p)) {
        return rel + " -> " + Files.readSymbolicLink(p);
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return rel + "/";
      }
      return rel + " " + Files.size(p);
    } catch (IOException e) {
      return rel + " <" + e.getMessage() + ">";
    }
  }
}
