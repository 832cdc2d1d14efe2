package dev.berth.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.content.Digest;
import dev.berth.layer.ChainIds;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the {@code docker save} archive of Docker 20.10 (the legacy layout): one directory per
 * layer named by its v1 ID with VERSION, json and layer.tar (a relative symlink when that diff ID
 * was already written), {@code <config hex>.json}, manifest.json and repositories, as a ustar
 * stream with the daemon's entry order, modes, owners and mtimes. Layers are streamed from a
 * {@link LayerSource}; nothing is staged on disk.
 */
public final class ArchiveWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where layer tars come from: the store regenerates them from their tar-split records. */
  public interface LayerSource {
    /** Length in bytes of the layer's tar. */
    long length(Digest diffId) throws IOException;

    /** Writes the layer's tar (exactly {@link #length} bytes) to {@code out}, not closing it. */
    void writeTo(Digest diffId, OutputStream out) throws IOException;
  }

  /**
   * One image to save.
   *
   * @param config the stored config bytes (image ID = their sha256)
   * @param repoTags familiar {@code name:tag} strings, in manifest order; empty writes null
   * @param parentId the parent's ID if the parent is saved in the same archive, else null
   */
  public record SaveImage(byte[] config, List<String> repoTags, Digest parentId) {}

  private ArchiveWriter() {}

  /**
   * Writes the archive for {@code images} (manifest order as given) to {@code out} (not closed).
   * {@code now} is the mtime Docker gives the directories whose layer.tar is a symlink.
   */
  public static void write(List<SaveImage> images, LayerSource layers, Instant now, OutputStream out)
      throws IOException {
    Map<String, Node> root = new TreeMap<>();
    Map<Digest, String> diffIdPaths = new HashMap<>();
    List<String> manifest = new ArrayList<>();
    Map<String, Map<String, String>> repositories = new TreeMap<>();
    for (SaveImage image : images) {
      JsonNode config = JSON.readTree(image.config());
      Digest imageId = Digest.of(image.config());
      Instant created = created(config);
      List<Digest> diffIds = new ArrayList<>();
      config.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(Digest.parse(d.asText())));
      List<Digest> chain = ChainIds.of(diffIds);
      String os = config.path("os").asText("");
      String parent = null;
      List<String> layerPaths = new ArrayList<>();
      for (int i = 0; i < diffIds.size(); i++) {
        List<Map.Entry<String, String>> fields =
            i == diffIds.size() - 1 ? LegacyV1.imageFields(config) : LegacyV1.lowerFields();
        String v1 = LegacyV1.createId(fields, chain.get(i), parent);
        if (!root.containsKey(v1)) {
          String json = LegacyV1.layerJson(fields, v1, parent, os);
          Digest diffId = diffIds.get(i);
          String existing = diffIdPaths.get(diffId);
          Instant mtime = existing == null ? created : now;
          Map<String, Node> dir = new TreeMap<>();
          dir.put("VERSION", Node.file("1.0".getBytes(StandardCharsets.US_ASCII), mtime));
          dir.put("json", Node.file(json.getBytes(StandardCharsets.UTF_8), mtime));
          if (existing == null) {
            dir.put("layer.tar", Node.layer(diffId, layers.length(diffId), mtime));
            diffIdPaths.put(diffId, v1 + "/layer.tar");
          } else {
            dir.put("layer.tar", Node.symlink("../" + existing, mtime));
          }
          root.put(v1, Node.dir(dir, mtime));
        }
        layerPaths.add(v1 + "/layer.tar");
        parent = v1;
      }
      root.put(imageId.hex() + ".json", Node.file(image.config(), created));
      StringBuilder entry = new StringBuilder("{\"Config\":").append(GoJson.string(imageId.hex() + ".json"));
      entry.append(",\"RepoTags\":");
      if (image.repoTags().isEmpty()) {
        entry.append("null");
      } else {
        entry.append('[').append(String.join(",", image.repoTags().stream().map(GoJson::string).toList())).append(']');
      }
      entry.append(",\"Layers\":[").append(String.join(",", layerPaths.stream().map(GoJson::string).toList())).append(']');
      if (image.parentId() != null) {
        entry.append(",\"Parent\":").append(GoJson.string(image.parentId().toString()));
      }
      manifest.add(entry.append('}').toString());
      for (String tag : image.repoTags()) {
        int colon = tag.lastIndexOf(':');
        repositories.computeIfAbsent(tag.substring(0, colon), k -> new TreeMap<>()).put(tag.substring(colon + 1), parent);
      }
    }
    // no images (the API's GET /images/get without names): Go encodes the nil list as null
    String manifestJson = manifest.isEmpty() ? "null" : "[" + String.join(",", manifest) + "]";
    root.put("manifest.json", Node.file((manifestJson + "\n").getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
    if (!repositories.isEmpty()) {
      Map<String, String> repos = new LinkedHashMap<>();
      repositories.forEach((name, tags) -> {
        List<String> items = new ArrayList<>();
        tags.forEach((tag, v1) -> items.add(GoJson.string(tag) + ":" + GoJson.string(v1)));
        repos.put(name, "{" + String.join(",", items) + "}");
      });
      List<String> items = new ArrayList<>();
      repos.forEach((k, v) -> items.add(GoJson.string(k) + ":" + v));
      root.put("repositories", Node.file(("{" + String.join(",", items) + "}\n").getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
    }
    UstarWriter tar = new UstarWriter(out);
    writeTree(tar, "", root, layers);
    tar.finish();
  }

  private static void writeTree(UstarWriter tar, String prefix, Map<String, Node> nodes, LayerSource layers)
      throws IOException {
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      String name = prefix + e.getKey();
      Node n = e.getValue();
      long mtime = n.mtime().getEpochSecond();
      if (n.children() != null) {
        tar.header(name + "/", '5', 040755, 0, mtime, "");
        writeTree(tar, name + "/", n.children(), layers);
      } else if (n.link() != null) {
        tar.header(name, '2', 0120777, 0, mtime, n.link());
      } else if (n.layer() != null) {
        tar.header(name, '0', 0100644, n.size(), mtime, "");
        tar.body(n.size(), body -> layers.writeTo(n.layer(), body));
      } else {
        tar.header(name, '0', 0100644, n.bytes().length, mtime, "");
        tar.body(n.bytes().length, body -> body.write(n.bytes()));
      }
    }
  }

  private static Instant created(JsonNode config) {
    String text = config.path("created").asText("");
    if (text.isEmpty()) {
      return Instant.EPOCH;
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  private record Node(Map<String, Node> children, byte[] bytes, Digest layer, long size, String link, Instant mtime) {
    static Node dir(Map<String, Node> children, Instant mtime) {
      return new Node(children, null, null, 0, null, mtime);
    }

    static Node file(byte[] bytes, Instant mtime) {
      return new Node(null, bytes, null, bytes.length, null, mtime);
    }

    static Node layer(Digest diffId, long size, Instant mtime) {
      return new Node(null, null, diffId, size, null, mtime);
    }

    static Node symlink(String target, Instant mtime) {
      return new Node(null, null, null, 0, target, mtime);
    }
  }
}
