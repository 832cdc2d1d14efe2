package dev.berth.image;

import dev.berth.archive.ArchiveReader;
import dev.berth.archive.ArchiveWriter;
import dev.berth.archive.ImageEntry;
import dev.berth.archive.LoadedArchive;
import dev.berth.content.Digest;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.LayerTarWriter;
import dev.berth.layer.LayerUnpacker;
import dev.berth.reference.Reference;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docker load} and {@code docker save}: archive formats meet the image store here. */
public final class ImageArchives {
  private final BerthStore store;

  public ImageArchives(BerthStore store) {
    this.store = store;
  }

  /**
   * Loads a docker-archive or OCI archive in one streaming pass; returns Docker's message lines.
   * Nothing is committed unless the whole archive is valid.
   */
  public List<String> load(InputStream archive) {
    return ImageLoader.lines(loadMessages(archive));
  }

  /** {@link #load} with the layers each image had to store, for the daemon's progress messages. */
  public List<LoadMessage> loadMessages(InputStream archive) {
    // Named as dockerd names its import directory: error texts that mention it then read alike.
    Path staging = store.paths().staging().resolve("docker-import-" + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 33));
    try {
      Files.createDirectories(staging);
      LoadedArchive loaded =
          new ArchiveReader(LayerUnpacker.Options.forCurrentUser(), ExpansionLimit.DEFAULT).read(archive, staging);
      // refuse a bad tag before anything reaches the content store
      for (ImageEntry entry : loaded.images()) {
        entry.repoTags().forEach(Names::normalizeWithDefaultTag);
      }
      Map<String, StagedLayer> staged = new HashMap<>();
      Map<String, Long> archiveBytes = new HashMap<>();
      for (var e : loaded.layers().entrySet()) {
        dev.berth.archive.StagedLayer s = e.getValue();
        String record;
        try (InputStream in = Files.newInputStream(s.record())) {
          record = store.content().write(in, null);
        }
        Files.deleteIfExists(s.record());
        // the archive reader unpacks into <layer dir>/diff; the store moves the whole layer dir
        Path layerDir = s.dir().getFileName().toString().equals("diff") ? s.dir().getParent() : s.dir();
        staged.put(e.getKey().toString(), new StagedLayer(e.getKey().toString(), s.size(), layerDir, record));
        archiveBytes.put(e.getKey().toString(), s.tarLength());
      }
      List<ImageLoader.ArchiveImage> images = new ArrayList<>();
      for (ImageEntry entry : loaded.images()) {
        List<String> diffIds = entry.diffIds().stream().map(Digest::toString).toList();
        images.add(new ImageLoader.ArchiveImage(entry.config(), entry.repoTags(), diffIds,
            entry.parentId() == null ? null : entry.parentId().toString()));
      }
      return new ImageLoader(store).commitMessages(images, staged, diffId -> archiveBytes.getOrDefault(diffId, 0L),
          loaded.legacy());
    } catch (IOException e) {
      throw new SystemException(e.getMessage(), e);
    } finally {
      BerthStore.deleteTree(staging);
    }
  }

  /** The images {@code save} writes, each with the tags that were asked for (§8.1). */
  record Selection(String id, List<String> tags) {}

  /** Resolves every name first, so that an unknown name writes nothing at all. */
  public void save(List<String> names, OutputStream out) {
    long now = BerthStore.nowNs();
    Map<String, List<String>> selected = new LinkedHashMap<>();
    store.db().write(c -> {
      for (String name : names) {
        select(c, name, selected);
      }
      for (String id : selected.keySet()) {
        ImageStore.touch(c, id, now);
        dev.berth.events.EventLog.image(c, "save", id);
      }
      return null;
    });
    List<ArchiveWriter.SaveImage> images = new ArrayList<>();
    Map<Digest, String> layerByDiff = new HashMap<>();
    store.db().read(c -> {
      for (var e : selected.entrySet()) {
        ImageRecord img = ImageStore.find(c, e.getKey()).orElseThrow();
        byte[] config = store.content().read(img.id());
        images.add(new ArchiveWriter.SaveImage(config, e.getValue(),
            img.parent() == null || !selected.containsKey(img.parent()) ? null : Digest.parse(img.parent())));
        if (img.topLayer() != null) {
          for (LayerRecord l : ImageStore.chain(c, img.topLayer())) {
            layerByDiff.put(Digest.parse(l.diffId()), l.chainId());
          }
        }
      }
      return null;
    });
    Map<String, String> records = new HashMap<>();
    store.db().read(c -> {
      for (String chain : layerByDiff.values()) {
        records.put(chain, ImageStore.layer(c, chain).orElseThrow().tarSplit());
      }
      return null;
    });
    try {
      ArchiveWriter.write(images, new ArchiveWriter.LayerSource() {
        @Override
        public long length(Digest diffId) throws IOException {
          try (InputStream r = store.content().open(records.get(layerByDiff.get(diffId)))) {
            return LayerTarWriter.length(r);
          }
        }

        @Override
        public void writeTo(Digest diffId, OutputStream o) throws IOException {
          String chain = layerByDiff.get(diffId);
          try (InputStream r = store.content().open(records.get(chain))) {
            LayerTarWriter.write(store.paths().layerDiff(chain), r, o);
          }
        }
      }, Instant.now(), out);
    } catch (IOException e) {
      throw new SystemException(e.getMessage(), e);
    }
  }

  private static void select(Connection c, String name, Map<String, List<String>> selected) throws SQLException {
    Reference ref;
    if (name.matches("[0-9a-f]{64}") || name.matches("sha256:[0-9a-f]{64}")) {
      String id = name.startsWith("sha256:") ? name : "sha256:" + name;
      if (ImageStore.find(c, id).isEmpty()) {
        throw new NotFoundException("No such image: " + name);
      }
      selected.computeIfAbsent(id, k -> new ArrayList<>());
      return;
    }
    ref = Reference.parse(name);
    if (ref.familiarName().equals("sha256") && ref.tag().isPresent()) {
      List<String> ids = ImageStore.idsWithPrefix(c, ref.tag().get(), 2);
      if (ids.size() != 1) {
        throw new NotFoundException("No such image: " + name);
      }
      selected.computeIfAbsent(ids.get(0), k -> new ArrayList<>());
      return;
    }
    if (ref.isDigest()) {
      String id = ImageStore.imageForRef(c, Names.key(ref)).orElseThrow(() -> new NotFoundException("No such image: " + name));
      selected.computeIfAbsent(id, k -> new ArrayList<>());
      return;
    }
    if (ref.tag().isPresent()) {
      String key = Names.key(ref);
      String id = ImageStore.imageForRef(c, key).orElseThrow(() -> new NotFoundException("reference does not exist"));
      addTag(selected, id, key);
      return;
    }
    String repo = ref.repository();
    boolean any = false;
    for (var e : ImageStore.allRefs(c).entrySet()) {
      for (ImageRef r : e.getValue()) {
        if (!r.digest() && r.repository().equals(repo)) {
          addTag(selected, e.getKey(), r.name());
          any = true;
        }
      }
    }
    if (!any) {
      List<String> ids = name.matches("[0-9a-f]+") ? ImageStore.idsWithPrefix(c, name, 2) : List.of();
      if (ids.size() != 1) {
        throw new NotFoundException("No such image: " + name);
      }
      selected.computeIfAbsent(ids.get(0), k -> new ArrayList<>());
    }
  }

  private static void addTag(Map<String, List<String>> selected, String id, String tag) {
    List<String> tags = selected.computeIfAbsent(id, k -> new ArrayList<>());
    if (!tags.contains(tag)) {
      tags.add(tag);
    }
  }
}
