package dev.berth.image;

import dev.berth.events.EventLog;
import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prune of dangling images in a few statements, for the case most prunes are: no candidate has
 * a parent or a reference. {@link ImageRemover} would delete each candidate with a dozen
 * statements; here the same deletions are planned in memory (in the same order, with the same
 * layer walk as {@link ImageStore#deleteUnusedChain}) and written in batches, inside the caller's
 * write transaction. Candidates used by a container are left alone, as the remover's conflict
 * check leaves them. Any other kind of candidate makes {@link #run} decline, and the caller runs
 * the general algorithm.
 */
final class DanglingPrune {
  private DanglingPrune() {}

  /** What the prune did: report lines in order, the freed layers (their files are the caller's). */
  record Result(List<DeleteRecord> records, List<LayerRecord> freedLayers) {}

  /**
   * Deletes {@code candidates} (in this order: the order the general loop visits them) or returns
   * empty, having changed nothing, when one of them has a parent or a reference.
   */
  static Optional<Result> run(Connection c, List<ImageRecord> candidates, Map<String, List<ImageRef>> refs)
      throws SQLException {
    for (ImageRecord img : candidates) {
      if (img.parent() != null || !refs.getOrDefault(img.id(), List.of()).isEmpty()) {
        return Optional.empty();
      }
    }
    Set<String> usedByContainers = strings(c, "SELECT DISTINCT image_id FROM containers");
    List<ImageRecord> doomed = new ArrayList<>();
    Set<String> doomedOwners = new HashSet<>();
    for (ImageRecord img : candidates) {
      if (!usedByContainers.contains(img.id())) {
        doomed.add(img);
        doomedOwners.add("i:" + img.id());
      }
    }
    // The layer graph as the walks will see it: users per layer, child layers per layer.
    Map<String, LayerRecord> layers = new HashMap<>();
    Map<String, Integer> children = new HashMap<>();
    for (LayerRecord l : ImageStore.allLayers(c)) {
      layers.put(l.chainId(), l);
      if (l.parent() != null) {
        children.merge(l.parent(), 1, Integer::sum);
      }
    }
    Map<String, Integer> users = new HashMap<>();
    Map<String, List<String>> owned = new HashMap<>();
    PreparedStatement all = Statements.prepare(c, "SELECT owner, chain_id FROM layer_users");
    try (ResultSet rs = all.executeQuery()) {
      while (rs.next()) {
        String owner = rs.getString(1);
        String chain = rs.getString(2);
        users.merge(chain, 1, Integer::sum);
        if (doomedOwners.contains(owner)) {
          owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(chain);
        }
      }
    }
    List<DeleteRecord> records = new ArrayList<>();
    List<LayerRecord> freed = new ArrayList<>();
    for (ImageRecord img : doomed) {
      for (String chain : owned.getOrDefault("i:" + img.id(), List.of())) {
        users.merge(chain, -1, Integer::sum);
      }
      records.add(DeleteRecord.deleted(img.id()));
      // ImageStore.deleteUnusedChain, on the planned state
      String next = img.topLayer();
      while (next != null) {
        if (users.getOrDefault(next, 0) > 0 || children.getOrDefault(next, 0) > 0) {
          break;
        }
        LayerRecord l = layers.remove(next);
        if (l == null) {
          break;
        }
        if (l.parent() != null) {
          children.merge(l.parent(), -1, Integer::sum);
        }
        records.add(DeleteRecord.deleted(l.chainId()));
        freed.add(l);
        next = l.parent();
      }
    }
    List<String> ids = new ArrayList<>(doomed.size());
    for (ImageRecord img : doomed) {
      ids.add(img.id());
    }
    batch(c, "DELETE FROM layer_users WHERE owner = ?", ids, "i:");
    batch(c, "DELETE FROM images WHERE id = ?", ids, "");
    List<String> chains = new ArrayList<>(freed.size());
    for (LayerRecord l : freed) {
      chains.add(l.chainId());
    }
    batch(c, "DELETE FROM layers WHERE chain_id = ?", chains, "");
    // The remover logs each delete after the row is gone: no labels, only the name.
    EventLog.imagesDeleted(c, ids);
    return Optional.of(new Result(records, freed));
  }

  private static void batch(Connection c, String sql, List<String> args, String prefix) throws SQLException {
    if (args.isEmpty()) {
      return;
    }
    PreparedStatement ps = Statements.prepare(c, sql);
    for (String arg : args) {
      ps.setString(1, prefix + arg);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private static Set<String> strings(Connection c, String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    PreparedStatement ps = Statements.prepare(c, sql);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
