package dev.berth.image;

import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL access to images, their references and layers. Every method runs inside a transaction the
 * caller opened with {@link dev.berth.store.Database}; nothing here touches files.
 */
public final class ImageStore {
  private ImageStore() {}

  private static final String IMAGE_COLUMNS =
      "id, created_ns, parent, top_layer, size, labels, last_tag_time, last_used_ns";

  private static ImageRecord image(ResultSet rs) throws SQLException {
    return new ImageRecord(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getLong(8));
  }

  public static Optional<ImageRecord> find(Connection c, String id) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "SELECT " + IMAGE_COLUMNS + " FROM images WHERE id = ?");
    ps.setString(1, id);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(image(rs)) : Optional.empty();
    }
  }

  public static List<ImageRecord> all(Connection c) throws SQLException {
    List<ImageRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT " + IMAGE_COLUMNS + " FROM images ORDER BY created_ns DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(image(rs));
      }
    }
    return out;
  }

  /**
   * An image as a listing needs it: the shown columns and its references, split into tags and
   * digest references, each in Docker's order.
   */
  public record ListedImage(
      String id, long createdNs, String parent, long size, String labelsJson, List<String> tags,
      List<String> digests) {}

  /**
   * Every image with its references in one query, newest first; images created in the same
   * nanosecond come last-added first (the order of the {@code images_created} index read
   * backwards, which the listing had before it became one query).
   */
  public static List<ListedImage> listing(Connection c) throws SQLException {
    List<ListedImage> out = new ArrayList<>();
    // The whole listing comes back as ONE text value, joined by sqlite and split here: every
    // ResultSet step and getter is a JNI call through sqlite-jdbc's interpreted code, and at 5,000
    // images eight getters per row were half of `images`. One line per image and reference; the
    // fields are separated by a space, which no ID, number or reference contains, and the labels
    // (compact JSON: may hold spaces, never a raw newline) come last. Rows in rowid order: a table
    // scan, cheaper than walking the created_ns index, which reads the pages in random order.
    String text;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT group_concat(i.rowid || ' ' || i.id || ' ' || i.created_ns || ' ' || i.size || ' '"
                    + " || ifnull(i.parent, '') || ' ' || ifnull(r.is_digest, '') || ' ' || ifnull(r.name, '')"
                    + " || ' ' || ifnull(i.labels, ''), char(10) ORDER BY i.rowid)"
                    + " FROM images i LEFT JOIN refs r ON r.image_id = i.id");
        ResultSet rs = ps.executeQuery()) {
      text = rs.next() ? rs.getString(1) : null;
    }
    int pos = 0;
    int len = text == null ? 0 : text.length();
    ListingRow row = null;
    while (pos < len || row != null) {
      ListingRow first = row;
      if (first == null) {
        int nl = lineEnd(text, pos);
        first = ListingRow.parse(text.substring(pos, nl));
        pos = nl + 1;
      }
      List<String> tags = new ArrayList<>(1);
      List<String> digests = new ArrayList<>(0);
      row = first;
      do {
        if (!row.name().isEmpty()) {
          (row.digest() ? digests : tags).add(row.name());
        }
        if (pos < len) {
          int nl = lineEnd(text, pos);
          row = ListingRow.parse(text.substring(pos, nl));
          pos = nl + 1;
        } else {
          row = null;
        }
      } while (row != null && row.rowid() == first.rowid());
      out.add(new ListedImage(first.id(), first.createdNs(), first.parent(), first.size(), first.labelsJson(),
          sorted(tags), sorted(digests)));
    }
    // Last-added first, then a stable sort by time: ties keep that order.
    java.util.Collections.reverse(out);
    out.sort((a, b) -> Long.compare(b.createdNs(), a.createdNs()));
    return out;
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  /** One row of {@link #listing}'s query: an image joined with one of its references (or none). */
  record ListingRow(long rowid, String id, long createdNs, long size, String parent, boolean digest, String name,
      String labelsJson) {
    static ListingRow parse(String text) {
      int a = text.indexOf(' ');
      int b = text.indexOf(' ', a + 1);
      int d = text.indexOf(' ', b + 1);
      int e = text.indexOf(' ', d + 1);
      int f = text.indexOf(' ', e + 1);
      int g = text.indexOf(' ', f + 1);
      int h = text.indexOf(' ', g + 1);
      String parent = text.substring(e + 1, f);
      String labels = text.substring(h + 1);
      return new ListingRow(
          Long.parseLong(text, 0, a, 10),
          text.substring(a + 1, b),
          Long.parseLong(text, b + 1, d, 10),
          Long.parseLong(text, d + 1, e, 10),
          parent.isEmpty() ? null : parent,
          g == f + 2 && text.charAt(f + 1) == '1',
          text.substring(g + 1, h),
          labels.isEmpty() ? null : labels);
    }
  }

  private static List<String> sorted(List<String> names) {
    if (names.size() > 1) {
      names.sort(Names.nameOrder());
    }
    return java.util.Collections.unmodifiableList(names);
  }

  public static List<String> idsWithPrefix(Connection c, String hexPrefix, int limit) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM images WHERE id >= ? AND id < ? ORDER BY id LIMIT ?")) {
      ps.setString(1, "sha256:" + hexPrefix);
      ps.setString(2, "sha256:" + hexPrefix + "\uffff");
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  public static void insert(Connection c, ImageRecord img, long nowNs) throws SQLException {
    PreparedStatement ps =
        Statements.prepare(
            c,
            "INSERT INTO images(id, created_ns, parent, top_layer, size, labels, last_tag_time,"
                + " last_used_ns, added_ns) VALUES (?,?,?,?,?,?,?,?,?)");
    ps.setString(1, img.id());
    ps.setLong(2, img.createdNs());
    ps.setString(3, img.parent());
    ps.setString(4, img.topLayer());
    ps.setLong(5, img.size());
    ps.setString(6, img.labelsJson());
    ps.setString(7, img.lastTagTime());
    ps.setLong(8, nowNs);
    ps.setLong(9, nowNs);
    ps.executeUpdate();
  }

  public static void setParent(Connection c, String id, String parent) throws SQLException {
    update(c, "UPDATE images SET parent = ? WHERE id = ?", parent, id);
  }

  public static void touch(Connection c, String id, long nowNs) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, "UPDATE images SET last_used_ns = ? WHERE id = ?");
    ps.setLong(1, nowNs);
    ps.setString(2, id);
    ps.executeUpdate();
  }

  public static void setLastTagTime(Connection c, String id, String time) throws SQLException {
    update(c, "UPDATE images SET last_tag_time = ? WHERE id = ?", time, id);
  }

  /** Deletes the image row, clears its children's parent link and drops its layer uses. */
  public static void delete(Connection c, String id) throws SQLException {
    update(c, "UPDATE images SET parent = NULL WHERE parent = ?", id);
    update(c, "DELETE FROM layer_users WHERE owner = ?", "i:" + id);
    update(c, "DELETE FROM images WHERE id = ?", id);
  }

  public static List<String> children(Connection c, String id) throws SQLException {
    return strings(c, "SELECT id FROM images WHERE parent = ? ORDER BY id", id);
  }

  /** IDs of every image that is some image's parent. */
  public static java.util.Set<String> parents(Connection c) throws SQLException {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT DISTINCT parent FROM images WHERE parent IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  // ---- references

  /** An image's references, sorted by full normalised name (Docker's order). */
  public static List<ImageRef> refs(Connection c, String imageId) throws SQLException {
    List<ImageRef> out = new ArrayList<>();
    PreparedStatement ps =
        Statements.prepare(
            c,
            "SELECT name, image_id, repository, is_digest FROM refs WHERE image_id = ?");
    ps.setString(1, imageId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ImageRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
      }
    }
    out.sort(Names.order());
    return out;
  }

  /** Every reference grouped by image, each group sorted by name. */
  public static Map<String, List<ImageRef>> allRefs(Connection c) throws SQLException {
    Map<String, List<ImageRef>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT name, image_id, repository, is_digest FROM refs");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ImageRef r = new ImageRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0);
        out.computeIfAbsent(r.imageId(), k -> new ArrayList<>()).add(r);
      }
    }
    out.values().forEach(l -> l.sort(Names.order()));
    return out;
  }

  public static Optional<String> imageForRef(Connection c, String name) throws SQLException {
    List<String> ids = strings(c, "SELECT image_id FROM refs WHERE name = ?", name);
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  /** Points {@code ref} at {@code imageId}; returns the image it pointed at before, if another. */
  public static Optional<String> putRef(Connection c, ImageRef ref, long nowNs) throws SQLException {
    Optional<String> before = imageForRef(c, ref.name());
    if (before.isPresent() && before.get().equals(ref.imageId())) {
      return Optional.empty();
    }
    PreparedStatement ps =
        Statements.prepare(
            c,
            "INSERT INTO refs(name, image_id, repository, is_digest, created_ns) VALUES (?,?,?,?,?)"
                + " ON CONFLICT(name) DO UPDATE SET image_id = excluded.image_id,"
                + " created_ns = excluded.created_ns");
    ps.setString(1, ref.name());
    ps.setString(2, ref.imageId());
    ps.setString(3, ref.repository());
    ps.setInt(4, ref.digest() ? 1 : 0);
    ps.setLong(5, nowNs);
    ps.executeUpdate();
    return before;
  }

  public static void removeRef(Connection c, String name) throws SQLException {
    update(c, "DELETE FROM refs WHERE name = ?", name);
  }

  public static void recordRefRemoval(
      Connection c, String imageId, String name, String cause, long nowNs) throws SQLException {
    PreparedStatement ps =
        Statements.prepare(
            c,
            "INSERT INTO ref_history(image_id, name, cause, time_ns) VALUES (?,?,?,?)");
    ps.setString(1, imageId);
    ps.setString(2, name);
    ps.setString(3, cause);
    ps.setLong(4, nowNs);
    ps.executeUpdate();
  }

  // ---- layers

  public static Optional<LayerRecord> layer(Connection c, String chainId) throws SQLException {
    PreparedStatement ps =
        Statements.prepare(
            c,
            "SELECT chain_id, diff_id, parent, size, tar_split FROM layers WHERE chain_id = ?");
    ps.setString(1, chainId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next()
          ? Optional.of(
              new LayerRecord(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
          : Optional.empty();
    }
  }

  /** The chain of layers from {@code top} down to the base layer (top first). */
  public static List<LayerRecord> chain(Connection c, String top) throws SQLException {
    List<LayerRecord> out = new ArrayList<>();
    String next = top;
    while (next != null) {
      LayerRecord l =
          layer(c, next).orElseThrow(() -> new SQLException("layer missing from the store"));
      out.add(l);
      next = l.parent();
    }
    return out;
  }

  public static void insertLayer(Connection c, LayerRecord l, long nowNs) throws SQLException {
    PreparedStatement ps =
        Statements.prepare(
            c,
            "INSERT OR IGNORE INTO layers(chain_id, diff_id, parent, size, tar_split, created_ns)"
                + " VALUES (?,?,?,?,?,?)");
    ps.setString(1, l.chainId());
    ps.setString(2, l.diffId());
    ps.setString(3, l.parent());
    ps.setLong(4, l.size());
    ps.setString(5, l.tarSplit());
    ps.setLong(6, nowNs);
    ps.executeUpdate();
  }

  /** Marks every layer of the chain ending at {@code top} as used by {@code owner}. */
  public static void useChain(Connection c, String owner, String top) throws SQLException {
    List<LayerRecord> layers = chain(c, top);
    PreparedStatement ps =
        Statements.prepare(c, "INSERT OR IGNORE INTO layer_users(owner, chain_id) VALUES (?,?)");
    for (LayerRecord l : layers) {
      ps.setString(1, owner);
      ps.setString(2, l.chainId());
      ps.executeUpdate();
    }
  }

  public static boolean hasUsers(Connection c, String chainId) throws SQLException {
    return !strings(c, "SELECT owner FROM layer_users WHERE chain_id = ? LIMIT 1", chainId).isEmpty();
  }

  public static boolean hasChildLayer(Connection c, String chainId) throws SQLException {
    return !strings(c, "SELECT chain_id FROM layers WHERE parent = ? LIMIT 1", chainId).isEmpty();
  }

  /** The layers {@code owner} uses, top layer first (overlay's lowerdir order). */
  public static List<String> ownerChain(Connection c, String owner) throws SQLException {
    List<String> used = strings(c, "SELECT chain_id FROM layer_users WHERE owner = ?", owner);
    // the top is the one layer that is no other used layer's parent
    for (String candidate : used) {
      if (strings(c, "SELECT chain_id FROM layers WHERE parent = ?", candidate).stream().noneMatch(used::contains)) {
        List<String> out = new ArrayList<>();
        for (LayerRecord l : chain(c, candidate)) {
          out.add(l.chainId());
        }
        return out;
      }
    }
    return List.of();
  }

  /** Sum of the sizes of the layers {@code owner} uses. */
  public static long ownerSize(Connection c, String owner) throws SQLException {
    PreparedStatement ps =
        Statements.prepare(
            c,
            "SELECT coalesce(sum(l.size), 0) FROM layer_users u JOIN layers l ON l.chain_id = u.chain_id"
                + " WHERE u.owner = ?");
    ps.setString(1, owner);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  public static void releaseOwner(Connection c, String owner) throws SQLException {
    update(c, "DELETE FROM layer_users WHERE owner = ?", owner);
  }

  /**
   * Deletes the unused layers of the chain ending at {@code top}, top first, stopping at the first
   * layer that something still uses. Returns the deleted layers (their files are the caller's).
   */
  public static List<LayerRecord> deleteUnusedChain(Connection c, String top) throws SQLException {
    List<LayerRecord> deleted = new ArrayList<>();
    String next = top;
    while (next != null) {
      if (!strings(c, "SELECT owner FROM layer_users WHERE chain_id = ? LIMIT 1", next).isEmpty()) {
        break;
      }
      if (!strings(c, "SELECT chain_id FROM layers WHERE parent = ? LIMIT 1", next).isEmpty()) {
        break;
      }
      Optional<LayerRecord> l = layer(c, next);
      if (l.isEmpty()) {
        break;
      }
      update(c, "DELETE FROM layers WHERE chain_id = ?", next);
      deleted.add(l.get());
      next = l.get().parent();
    }
    return deleted;
  }

  public static List<LayerRecord> allLayers(Connection c) throws SQLException {
    List<LayerRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT chain_id, diff_id, parent, size, tar_split FROM layers");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new LayerRecord(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
      }
    }
    return out;
  }

  // ---- helpers

  static List<String> strings(Connection c, String sql, String arg) throws SQLException {
    List<String> out = new ArrayList<>();
    PreparedStatement ps = Statements.prepare(c, sql);
    ps.setString(1, arg);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static void update(Connection c, String sql, String... args) throws SQLException {
    PreparedStatement ps = Statements.prepare(c, sql);
    for (int i = 0; i < args.length; i++) {
      ps.setString(i + 1, args[i]);
    }
    ps.executeUpdate();
  }
}
