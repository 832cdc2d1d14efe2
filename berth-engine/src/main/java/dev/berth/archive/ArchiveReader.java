package dev.berth.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import dev.berth.layer.Compression;
import dev.berth.layer.DigestingInputStream;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.LayerUnpacker;
import dev.berth.layer.TarEntry;
import dev.berth.layer.TarStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an image archive in ONE streaming pass: a {@code docker save} archive of Docker 20.10
 * (manifest.json + v1 layer directories), of Docker >= 25 (OCI layout + manifest.json), or a plain
 * OCI image layout (index.json only); the archive itself and each layer may be plain, gzip,
 * bzip2, xz or zstd. Layers are unpacked into the staging directory as they stream by (entries
 * come in any order); small JSON files stay in memory; only at the end do the manifests decide
 * which staged layers belong to which image, and every diff ID is checked against its config.
 */
public final class ArchiveReader {
  private static final int MAX_JSON = 8 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LayerUnpacker unpacker;
  private final ExpansionLimit limit;

  public ArchiveReader(LayerUnpacker.Options layerOptions, ExpansionLimit limit) {
    this.unpacker = new LayerUnpacker(layerOptions);
    this.limit = limit;
  }

  /**
   * Reads {@code archive} (not closed), staging layers under {@code staging} (an existing
   * directory the caller deletes on failure and cleans of {@link LoadedArchive#unused()}).
   */
  public LoadedArchive read(InputStream archive, Path staging) throws IOException {
    Map<String, byte[]> small = new HashMap<>();
    Map<String, String> links = new HashMap<>();
    Map<String, StagedLayer> staged = new LinkedHashMap<>();
    java.util.Set<String> dirs = new java.util.HashSet<>();
    Compression.Opened opened = Compression.open(archive, limit);
    TarStreamReader tar = new TarStreamReader(opened.stream(), Long.MAX_VALUE / 4);
    try {
      TarEntry entry;
      while ((entry = tar.next()) != null) {
        tar.drainRaw();
        String name = clean(entry.name());
        int slash = name.indexOf('/');
        if (slash > 0) {
          dirs.add(name.substring(0, slash));
        } else if (entry.isDirectory() && !name.isEmpty()) {
          dirs.add(name);
        }
        if (entry.isSymlink()) {
          links.put(name, join(parentOf(name), entry.linkName()));
        } else if (entry.isRegular()) {
          readFile(tar, entry, name, small, staged, staging);
        }
      }
      tar.drainRaw();
    } catch (InvalidArgumentException e) {
      if (e.getMessage().equals("unexpected EOF") || e.getMessage().startsWith("archive/tar:")) {
        throw new InvalidArgumentException("Error processing tar file(exit status 1): " + e.getMessage(), e);
      }
      throw e;
    }
    List<ImageEntry> images;
    if (small.containsKey("manifest.json")) {
      images = fromManifest(small, links, staged);
    } else if (small.containsKey("index.json")) {
      images = fromOciIndex(small, staged);
    } else {
      // the layout before Docker 1.10; without "repositories" it fails as the daemon's does
      images = LegacyArchive.read(small, staged, staging, dirs);
    }
    return collect(images, staged, !small.containsKey("manifest.json") && !small.containsKey("index.json"));
  }

  private void readFile(TarStreamReader tar, TarEntry entry, String name, Map<String, byte[]> small,
      Map<String, StagedLayer> staged, Path staging) throws IOException {
    BufferedInputStream body = new BufferedInputStream(tar.body(), 65536);
    boolean layerLike = name.endsWith("/layer.tar") || name.equals("layer.tar") || name.startsWith("blobs/");
    if (layerLike && (name.endsWith("layer.tar") || looksLikeLayer(body))) {
      staged.put(name, stage(body, name, staging.resolve("layer-" + staged.size())));
    } else if (entry.size() <= MAX_JSON) {
      byte[] bytes = body.readAllBytes();
      if (name.startsWith("blobs/sha256/")) {
        String hex = name.substring("blobs/sha256/".length());
        if (!Digest.of(bytes).hex().equals(hex)) {
          throw new InvalidArgumentException("invalid blob " + name + ": its digest is " + Digest.of(bytes));
        }
      }
      small.put(name, bytes);
    } else {
      body.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static boolean looksLikeLayer(BufferedInputStream body) throws IOException {
    body.mark(512);
    byte[] head = body.readNBytes(512);
    body.reset();
    if (Compression.detect(head, head.length) != Compression.NONE) {
      return true;
    }
    if (head.length == 0 || head[0] == '{' || head[0] == '[') {
      return false;
    }
    boolean zero = true;
    for (byte b : head) {
      zero &= b == 0;
    }
    if (zero) {
      return true; // an empty layer: just the end-of-archive blocks
    }
    return head.length == 512 && checksumOk(head);
  }

  private static boolean checksumOk(byte[] h) {
    long sum = 0;
    for (int i = 0; i < 512; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    String field = new String(h, 148, 8, java.nio.charset.StandardCharsets.US_ASCII).replace("\0", " ").trim();
    try {
      return !field.isEmpty() && Long.parseLong(field, 8) == sum;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private StagedLayer stage(InputStream body, String name, Path dir) throws IOException {
    Files.createDirectory(dir);
    Path diff = Files.createDirectory(dir.resolve("diff"));
    Path record = dir.resolve("tar-split");
    DigestingInputStream blob = new DigestingInputStream(body);
    Compression.Opened layer = Compression.open(blob, limit);
    // An uncompressed blob is the tar stream itself: the unpacker's diff ID is its digest, so its
    // bytes are hashed once (hashing is most of a large load's CPU).
    boolean plain = layer.compression() == Compression.NONE;
    if (plain) {
      blob.stopHashing();
    }
    LayerUnpacker.Result result;
    try (OutputStream out = Files.newOutputStream(record)) {
      result = unpacker.unpack(layer.stream(), diff, out, null);
    }
    layer.stream().transferTo(OutputStream.nullOutputStream());
    blob.transferTo(OutputStream.nullOutputStream());
    if (plain && blob.count() != result.tarLength()) {
      throw new IllegalStateException("uncompressed layer " + name + ": " + blob.count() + " bytes read, "
          + result.tarLength() + " unpacked");
    }
    Digest blobDigest = plain ? result.diffId() : blob.digest();
    return new StagedLayer(diff, record, result.diffId(), result.size(), result.tarLength(), blobDigest,
        layer.compression(), name);
  }

  private List<ImageEntry> fromManifest(Map<String, byte[]> small, Map<String, String> links,
      Map<String, StagedLayer> staged) throws IOException {
    JsonNode manifest = parse(small.get("manifest.json"), "manifest.json");
    if (!manifest.isArray()) {
      throw new InvalidArgumentException("invalid manifest.json: not a JSON array");
    }
    List<ImageEntry> images = new ArrayList<>();
    for (JsonNode m : manifest) {
      String configPath = resolve(clean(m.path("Config").asText()), links);
      byte[] config = small.get(configPath);
      if (config == null) {
        throw new InvalidArgumentException("open " + configPath + ": no such file or directory");
      }
      Digest imageId = Digest.of(config);
      String base = configPath.substring(configPath.lastIndexOf('/') + 1);
      if (base.matches("[0-9a-f]{64}\\.json") && !base.startsWith(imageId.hex())) {
        throw new InvalidArgumentException("invalid image config " + configPath + ": its digest is " + imageId);
      }
      List<Digest> diffIds = diffIds(config, configPath);
      List<String> layerPaths = new ArrayList<>();
      m.path("Layers").forEach(l -> layerPaths.add(l.asText()));
      if (layerPaths.size() != diffIds.size()) {
        throw new InvalidArgumentException("invalid manifest, layers length mismatch: expected "
            + diffIds.size() + ", got " + layerPaths.size());
      }
      for (int i = 0; i < layerPaths.size(); i++) {
        String path = resolve(clean(layerPaths.get(i)), links);
        StagedLayer layer = staged.get(path);
        if (layer == null) {
          throw new InvalidArgumentException("open " + path + ": no such file or directory");
        }
        checkDiffId(i, diffIds.get(i), layer);
      }
      List<String> tags = new ArrayList<>();
      m.path("RepoTags").forEach(t -> tags.add(t.asText()));
      JsonNode parent = m.get("Parent");
      Digest parentId = parent == null || parent.isNull() || parent.asText().isEmpty() ? null : Digest.parse(parent.asText());
      images.add(new ImageEntry(config, imageId, List.copyOf(tags), diffIds, parentId));
    }
    return images;
  }

  private List<ImageEntry> fromOciIndex(Map<String, byte[]> small, Map<String, StagedLayer> staged) throws IOException {
    JsonNode index = parse(small.get("index.json"), "index.json");
    Map<Digest, List<String>> tagsByManifest = new LinkedHashMap<>();
    collectManifests(index, small, tagsByManifest, 0);
    List<ImageEntry> images = new ArrayList<>();
    for (Map.Entry<Digest, List<String>> e : tagsByManifest.entrySet()) {
      JsonNode manifest = parse(blob(small, e.getKey()), "manifest " + e.getKey());
      Digest configDigest = Digest.parse(manifest.path("config").path("digest").asText());
      byte[] config = blob(small, configDigest);
      List<Digest> diffIds = diffIds(config, "config " + configDigest);
      JsonNode layers = manifest.path("layers");
      if (layers.size() != diffIds.size()) {
        throw new InvalidArgumentException("invalid manifest, layers length mismatch: expected "
            + diffIds.size() + ", got " + layers.size());
      }
      for (int i = 0; i < layers.size(); i++) {
        Digest blobDigest = Digest.parse(layers.get(i).path("digest").asText());
        StagedLayer layer = staged.get("blobs/sha256/" + blobDigest.hex());
        if (layer == null) {
          throw new InvalidArgumentException("open blobs/sha256/" + blobDigest.hex() + ": no such file or directory");
        }
        if (!layer.blobDigest().equals(blobDigest)) {
          throw new InvalidArgumentException("invalid blob " + layer.archivePath() + ": its digest is " + layer.blobDigest());
        }
        checkDiffId(i, diffIds.get(i), layer);
      }
      images.add(new ImageEntry(config, Digest.of(config), List.copyOf(e.getValue()), diffIds, null));
    }
    return images;
  }

  private void collectManifests(JsonNode index, Map<String, byte[]> small, Map<Digest, List<String>> out, int depth)
      throws IOException {
    if (depth > 4) {
      throw new InvalidArgumentException("invalid index.json: nested too deeply");
    }
    for (JsonNode d : index.path("manifests")) {
      Digest digest = Digest.parse(d.path("digest").asText());
      String mediaType = d.path("mediaType").asText();
      if (mediaType.endsWith("image.index.v1+json") || mediaType.endsWith("manifest.list.v2+json")) {
        collectManifests(parse(blob(small, digest), "index " + digest), small, out, depth + 1);
        continue;
      }
      List<String> tags = out.computeIfAbsent(digest, k -> new ArrayList<>());
      String tag = imageName(d.path("annotations"));
      if (tag != null && !tags.contains(tag)) {
        tags.add(tag);
      }
    }
  }

  /** The familiar {@code name:tag} an OCI index descriptor names, or null. */
  static String imageName(JsonNode annotations) {
    String full = annotations.path("io.containerd.image.name").asText("");
    if (full.isEmpty()) {
      String ref = annotations.path("org.opencontainers.image.ref.name").asText("");
      // a bare tag ("latest") names no repository; only full references are usable
      if (!ref.contains(":") && !ref.contains("/")) {
        return null;
      }
      full = ref;
    }
    String familiar = full;
    if (familiar.startsWith("docker.io/library/")) {
      familiar = familiar.substring("docker.io/library/".length());
    } else if (familiar.startsWith("docker.io/")) {
      familiar = familiar.substring("docker.io/".length());
    }
    int slash = familiar.lastIndexOf('/');
    if (familiar.indexOf('@') < 0 && familiar.indexOf(':', slash + 1) < 0) {
      familiar = familiar + ":latest";
    }
    return familiar;
  }

  private static byte[] blob(Map<String, byte[]> small, Digest digest) {
    byte[] bytes = small.get("blobs/sha256/" + digest.hex());
    if (bytes == null) {
      throw new InvalidArgumentException("open blobs/sha256/" + digest.hex() + ": no such file or directory");
    }
    return bytes;
  }

  private static void checkDiffId(int i, Digest expected, StagedLayer layer) {
    if (!expected.equals(layer.diffId())) {
      throw new InvalidArgumentException(
          "invalid diffID for layer " + i + ": expected \"" + expected + "\", got \"" + layer.diffId() + "\"");
    }
  }

  private static List<Digest> diffIds(byte[] config, String what) throws IOException {
    JsonNode node = parse(config, what);
    List<Digest> diffIds = new ArrayList<>();
    for (JsonNode d : node.path("rootfs").path("diff_ids")) {
      diffIds.add(Digest.parse(d.asText()));
    }
    return List.copyOf(diffIds);
  }

  private static LoadedArchive collect(List<ImageEntry> images, Map<String, StagedLayer> staged, boolean legacy) {
    Map<Digest, StagedLayer> used = new LinkedHashMap<>();
    List<Digest> wanted = images.stream().flatMap(i -> i.diffIds().stream()).toList();
    List<StagedLayer> unused = new ArrayList<>();
    for (StagedLayer layer : staged.values()) {
      if (wanted.contains(layer.diffId()) && !used.containsKey(layer.diffId())) {
        used.put(layer.diffId(), layer);
      } else {
        unused.add(layer);
      }
    }
    return new LoadedArchive(List.copyOf(images), Map.copyOf(used), List.copyOf(unused), legacy);
  }

  private static JsonNode parse(byte[] bytes, String what) throws IOException {
    try {
      return JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidArgumentException("invalid JSON in " + what + ": " + e.getOriginalMessage());
    }
  }

  /** Follows symlinks inside the archive (v1 layouts link repeated layer.tar files). */
  private static String resolve(String path, Map<String, String> links) {
    String current = path;
    for (int hops = 0; hops < 16; hops++) {
      String target = links.get(current);
      if (target == null) {
        return current;
      }
      current = target;
    }
    throw new InvalidArgumentException("too many levels of symbolic links: " + path);
  }

  /** An archive entry name as a clean relative path; traversal and absolute names are refused. */
  static String clean(String name) {
    if (name.startsWith("/")) {
      throw new InvalidArgumentException("invalid archive entry: absolute path " + name);
    }
    StringBuilder out = new StringBuilder();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw new InvalidArgumentException("invalid archive entry: path escapes the archive: " + name);
      }
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static String parentOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  private static String join(String dir, String link) {
    if (link.startsWith("/")) {
      throw new InvalidArgumentException("invalid archive entry: absolute symlink " + link);
    }
    List<String> parts = new ArrayList<>(dir.isEmpty() ? List.of() : List.of(dir.split("/")));
    for (String p : link.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          throw new InvalidArgumentException("invalid archive entry: symlink escapes the archive: " + link);
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }
}
