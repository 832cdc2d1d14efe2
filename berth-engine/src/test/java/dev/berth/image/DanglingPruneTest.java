package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.berth.engine.Engine;
import dev.berth.store.StorePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-based prune of dangling images ({@link DanglingPrune}) against the general algorithm
 * ({@link ImageRemover} per image) on the same random stores: same report, same rows left, same
 * events. Stores mix shared layer chains, tagged and untagged images, images used by containers,
 * ties in creation time and (in some) parents and digest references, which make the set-based
 * plan decline.
 */
class DanglingPruneTest {
  @TempDir Path dir;

  @Test
  void setBasedPruneDoesWhatTheRemoverDoes() {
    int[] planned = {0};
    int[] examples = {0};
    qt().withFixedSeed(20261128L).withExamples(100)
        .forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(seed -> {
          Path a = dir.resolve(seed + "-a");
          Path b = dir.resolve(seed + "-b");
          try (Engine setBased = open(a); Engine general = open(b)) {
            populate(setBased, new Random(seed));
            populate(general, new Random(seed));
            general.images().setBasedPrune(false);
            Filters filters = new Random(seed).nextInt(4) == 0
                ? Filters.ofArgs(List.of("until=2000-01-01T00:00:30Z"))
                : Filters.empty();
            ImageService.PruneReport x = setBased.images().prune(filters);
            ImageService.PruneReport y = general.images().prune(filters);
            assertThat(x.deleted()).isEqualTo(y.deleted());
            assertThat(x.spaceReclaimed()).isEqualTo(y.spaceReclaimed());
            assertThat(dump(setBased)).isEqualTo(dump(general));
            examples[0]++;
            if (setBased.images().lastPruneWasSetBased()) {
              planned[0]++;
            }
          }
        });
    // the stores are drawn so that both paths are taken often
    assertThat(planned[0]).isBetween(examples[0] / 4, examples[0] * 3 / 4);
  }

  private static Engine open(Path root) {
    try {
      Files.createDirectories(root);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return Engine.open(new StorePaths(root.resolve("root"), root.resolve("run")));
  }

  private static String id(String kind, int n) {
    return String.format("sha256:%s%060x", kind, n);
  }

  /** Layers in a small forest, images on them (some on the same chain), refs, containers. */
  private static void populate(Engine engine, Random r) {
    boolean parents = r.nextBoolean();
    boolean digests = r.nextInt(3) == 0;
    engine.store().db().write(c -> {
      int layers = 1 + r.nextInt(5);
      List<String> chains = new ArrayList<>();
      for (int i = 0; i < layers; i++) {
        String parent = i > 0 && r.nextBoolean() ? chains.get(r.nextInt(i)) : null;
        String chain = id("c0de", i);
        ImageStore.insertLayer(c, new LayerRecord(chain, id("d1ff", i), parent, 1 + r.nextInt(1000), null), 1);
        chains.add(chain);
      }
      int images = 1 + r.nextInt(9);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < images; i++) {
        String top = r.nextInt(6) == 0 ? null : chains.get(r.nextInt(layers));
        String parent = parents && i > 0 && r.nextInt(3) == 0 ? ids.get(r.nextInt(i)) : null;
        // whole seconds from 2000-01-01T00:00:00Z, with ties
        long created = 946_684_800_000_000_000L + r.nextInt(60) * 1_000_000_000L;
        String imageId = id("1a6e", i);
        ImageStore.insert(c, new ImageRecord(imageId, created, parent, top, 0, null, null, 0), 1);
        if (top != null) {
          ImageStore.useChain(c, "i:" + imageId, top);
        }
        ids.add(imageId);
        int kind = r.nextInt(6);
        if (kind == 0) {
          put(c, "repo" + i + ":t", imageId, false);
        } else if (kind == 1 && digests) {
          put(c, "repo" + i + "@" + id("d16e", i), imageId, true);
        }
      }
      for (int i = 0; i < images; i++) {
        if (r.nextInt(5) == 0) {
          String image = ids.get(i);
          String container = id("c047", i);
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO containers(id, name, image_id, image_ref, created_ns, state, config)"
                  + " VALUES (?, ?, ?, ?, 1, 'created', '{}')")) {
            ps.setString(1, container);
            ps.setString(2, "c" + i);
            ps.setString(3, image);
            ps.setString(4, image);
            ps.executeUpdate();
          }
          String top = ImageStore.find(c, image).orElseThrow().topLayer();
          if (top != null) {
            ImageStore.useChain(c, "c:" + container, top);
          }
        }
      }
      return null;
    });
  }

  private static void put(Connection c, String name, String imageId, boolean digest) throws SQLException {
    ImageStore.putRef(c, new ImageRef(name, imageId, Names.repository(name), digest), 1);
  }

  /** Every row a prune may change, events without their time. */
  private static List<String> dump(Engine engine) {
    return engine.store().db().read(c -> {
      List<String> out = new ArrayList<>();
      for (String sql : List.of(
          "SELECT id, parent, top_layer FROM images ORDER BY id",
          "SELECT name, image_id FROM refs ORDER BY name",
          "SELECT chain_id, parent FROM layers ORDER BY chain_id",
          "SELECT owner, chain_id FROM layer_users ORDER BY owner, chain_id",
          "SELECT image_id, name, cause FROM ref_history ORDER BY seq",
          "SELECT type, action, actor, attributes FROM events ORDER BY seq")) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(sql.substring(sql.indexOf("FROM")));
            for (int i = 1; i <= n; i++) {
              row.append(' ').append(rs.getString(i));
            }
            out.add(row.toString());
          }
        }
      }
      return out;
    });
  }
}
