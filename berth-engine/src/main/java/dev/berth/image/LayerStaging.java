package dev.berth.image;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import dev.berth.layer.ChainIds;
import dev.berth.layer.Compression;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.LayerUnpacker;
import dev.berth.store.BerthStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves layers into the store in two phases: {@link #stage} unpacks a layer stream into a private
 * staging directory (no rows yet); {@link #commit} then, inside the caller's transaction, inserts
 * the layer rows and renames staged directories into place (invariant 1: content first, rows
 * second). Whatever is left in staging after a crash is swept.
 */
public final class LayerStaging {
  private final BerthStore store;

  public LayerStaging(BerthStore store) {
    this.store = store;
  }

  /** Unpacks one (possibly compressed) layer stream; {@code expectedDiffId} may be null. */
  public StagedLayer stage(InputStream layer, String expectedDiffId) {
    Path dir = store.paths().staging().resolve(dev.berth.content.TempNames.unique());
    try {
      Path diff = dir.resolve("diff");
      Files.createDirectories(diff);
      Compression.Opened opened = Compression.open(layer, ExpansionLimit.DEFAULT);
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      LayerUnpacker.Result result =
          new LayerUnpacker(LayerUnpacker.Options.forCurrentUser())
              .unpack(opened.stream(), diff, record, expectedDiffId == null ? null : Digest.parse(expectedDiffId));
      String recordDigest = store.content().put(record.toByteArray());
      return new StagedLayer(result.diffId().toString(), result.size(), dir, recordDigest);
    } catch (IOException e) {
      BerthStore.deleteTree(dir);
      throw new InvalidArgumentException("invalid layer: " + e.getMessage());
    } catch (RuntimeException e) {
      BerthStore.deleteTree(dir);
      throw e;
    }
  }

  /** Drops staged layers that were not committed. */
  public void discard(List<StagedLayer> layers) {
    for (StagedLayer l : layers) {
      BerthStore.deleteTree(l.dir());
    }
  }

  /**
   * Inserts the chain of {@code diffIds} (staged layers by diff ID), returning the top chain ID
   * and the summed size. Layers already in the store are reused; their staged copies are dropped.
   */
  public Chain commit(Connection c, List<String> diffIds, java.util.Map<String, StagedLayer> staged, long nowNs)
      throws SQLException {
    List<Digest> ids = new ArrayList<>();
    for (String d : diffIds) {
      ids.add(Digest.parse(d));
    }
    List<Digest> chain = ChainIds.of(ids);
    String parent = null;
    long size = 0;
    for (int i = 0; i < chain.size(); i++) {
      String chainId = chain.get(i).toString();
      var existing = ImageStore.layer(c, chainId);
      if (existing.isPresent()) {
        size += existing.get().size();
      } else {
        StagedLayer s = staged.get(diffIds.get(i));
        if (s == null) {
          throw new InvalidArgumentException("layer " + diffIds.get(i) + " is missing from the archive");
        }
        Path target = store.paths().layerDir(chainId);
        try {
          if (Files.exists(target)) {
            BerthStore.deleteTree(target); // left by a crash before its row committed
          }
          Files.move(s.dir(), target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new SystemException("moving layer into place: " + e.getMessage(), e);
        }
        ImageStore.insertLayer(c, new LayerRecord(chainId, diffIds.get(i), parent, s.size(), s.recordDigest()), nowNs);
        size += s.size();
      }
      parent = chainId;
    }
    return new Chain(parent, size);
  }

  /** The top chain ID (null for an image without layers) and the image size. */
  public record Chain(String top, long size) {}
}
