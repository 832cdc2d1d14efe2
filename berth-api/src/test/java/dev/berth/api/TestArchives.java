package dev.berth.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Deterministic test archives: layer tars, {@code docker save}-style image archives and build
 * contexts. The same bytes were fed to dockerd 20.10 to record the answers the tests expect, so
 * image IDs (the SHA-256 of the config bytes) are the same on both engines.
 */
final class TestArchives {
  /** 2020-01-01T00:00:00Z, every entry's modification time. */
  static final long MTIME_MS = 1_577_836_800_000L;

  private TestArchives() {}

  /** One file of a layer. */
  record Layer(String file, String content) {
    byte[] tar() {
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put(file, content.getBytes(StandardCharsets.UTF_8));
      return TestArchives.tar(files);
    }

    String diffId() {
      return "sha256:" + sha256(tar());
    }
  }

  /** One image of an archive: one layer per {@link Layer}, the first at the bottom. */
  record Image(List<Layer> layers, String created, Map<String, String> labels, List<String> repoTags) {
    Image(String file, String content, String created, Map<String, String> labels, List<String> repoTags) {
      this(List.of(new Layer(file, content)), created, labels, repoTags);
    }

    /** The config, compact JSON in the key order Docker writes. */
    byte[] config() {
      StringBuilder labelsJson = new StringBuilder();
      if (!labels.isEmpty()) {
        labelsJson.append(",\"Labels\":{");
        boolean first = true;
        for (var e : new java.util.TreeMap<>(labels).entrySet()) {
          labelsJson.append(first ? "" : ",").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
          first = false;
        }
        labelsJson.append('}');
      }
      List<String> history = new ArrayList<>();
      List<String> diffIds = new ArrayList<>();
      for (Layer l : layers) {
        history.add("{\"created\":\"" + created + "\",\"created_by\":\"/bin/sh -c #(nop) ADD file:" + l.file()
            + " in / \"}");
        diffIds.add('"' + l.diffId() + '"');
      }
      String json = "{\"architecture\":\"amd64\",\"config\":{\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:"
          + "/usr/bin:/sbin:/bin\"],\"Cmd\":[\"sh\"]" + labelsJson + "},\"created\":\"" + created
          + "\",\"history\":[" + String.join(",", history) + "],\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
          + "\"diff_ids\":[" + String.join(",", diffIds) + "]}}";
      return json.getBytes(StandardCharsets.UTF_8);
    }

    String id() {
      return "sha256:" + sha256(config());
    }
  }

  /** {@code one:1}: one file {@code one.txt} ("one\n", 4 bytes), created 2020-01-01, no labels. */
  static Image one() {
    return new Image("one.txt", "one\n", "2020-01-01T00:00:00Z", Map.of(), List.of("one:1"));
  }

  /** {@code two:1} and {@code two:2}: {@code two.txt} ("two!\n", 5 bytes), created 2020-02-01, label {@code kind=two}. */
  static Image two() {
    return new Image("two.txt", "two!\n", "2020-02-01T00:00:00Z", Map.of("kind", "two"), List.of("two:1", "two:2"));
  }

  /** An untagged image (loads dangling): {@code three.txt} ("three\n", 6 bytes), created 2020-03-01. */
  static Image untagged() {
    return new Image("three.txt", "three\n", "2020-03-01T00:00:00Z", Map.of(), List.of());
  }

  /** {@code plus:1}: {@code one:1}'s layer (shared) and {@code plus.txt} ("plus\n", 5 bytes), created 2020-04-01. */
  static Image plus() {
    return new Image(List.of(new Layer("one.txt", "one\n"), new Layer("plus.txt", "plus\n")), "2020-04-01T00:00:00Z",
        Map.of(), List.of("plus:1"));
  }

  /** A docker-archive (manifest.json layout, one layer directory per image) holding {@code images}. */
  static byte[] archive(Image... images) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder("[");
    for (Image image : images) {
      String configHex = image.id().substring(7);
      files.put(configHex + ".json", image.config());
      List<String> layerPaths = new ArrayList<>();
      for (Layer l : image.layers()) {
        String path = l.diffId().substring(7) + "/layer.tar";
        files.put(path, l.tar());
        layerPaths.add('"' + path + '"');
      }
      if (manifest.length() > 1) {
        manifest.append(',');
      }
      manifest.append("{\"Config\":\"").append(configHex).append(".json\",\"RepoTags\":");
      if (image.repoTags().isEmpty()) {
        manifest.append("null");
      } else {
        List<String> quoted = new ArrayList<>();
        image.repoTags().forEach(t -> quoted.add('"' + t + '"'));
        manifest.append('[').append(String.join(",", quoted)).append(']');
      }
      manifest.append(",\"Layers\":[").append(String.join(",", layerPaths)).append("]}");
    }
    manifest.append("]\n");
    files.put("manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
    return tar(files);
  }

  /** A tar of regular files (mode 0644, root-owned, fixed time), in the order given. */
  static byte[] tar(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      for (var f : files.entrySet()) {
        TarArchiveEntry e = new TarArchiveEntry(f.getKey());
        e.setSize(f.getValue().length);
        e.setModTime(MTIME_MS);
        e.setMode(0644);
        out.putArchiveEntry(e);
        out.write(f.getValue());
        out.closeArchiveEntry();
      }
    } catch (IOException e) {
      // writing to memory does not fail
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A build context of text files. */
  static byte[] context(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return tar(bytes);
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
