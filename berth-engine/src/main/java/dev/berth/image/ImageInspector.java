package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.reference.ImageResolver;
import dev.berth.store.BerthStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /images/{name}/json} and {@code /history}: daemon-semantics §4.5, in Docker's key order. */
public final class ImageInspector {
  private static final String ZERO_TIME = "0001-01-01T00:00:00Z";
  private final BerthStore store;

  public ImageInspector(BerthStore store) {
    this.store = store;
  }

  public ObjectNode inspect(String name) {
    return store.db().read(c -> {
      String id = ImageResolver.resolveForInspect(name, Names.index(c)).imageId();
      return inspectId(c, id);
    });
  }

  ObjectNode inspectId(Connection c, String id) throws SQLException {
    ImageRecord img = ImageStore.find(c, id).orElseThrow();
    ImageConfig config = ImageConfig.parse(store.content().read(id));
    JsonNode j = config.json();
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("Id", id);
    ArrayNode tags = out.putArray("RepoTags");
    ArrayNode digests = out.putArray("RepoDigests");
    for (ImageRef r : ImageStore.refs(c, id)) {
      (r.digest() ? digests : tags).add(Names.familiar(r.name()));
    }
    out.put("Parent", img.parent() == null ? "" : img.parent());
    out.put("Comment", comment(j));
    out.put("Created", config.createdText() == null ? ZERO_TIME : config.createdText());
    out.put("Container", j.path("container").asText(""));
    out.set("ContainerConfig", GoContainerConfig.of(j.get("container_config")));
    out.put("DockerVersion", j.path("docker_version").asText(""));
    out.put("Author", j.path("author").asText(""));
    out.set("Config", GoContainerConfig.of(j.get("config")));
    out.put("Architecture", j.path("architecture").asText(""));
    if (!j.path("variant").asText("").isEmpty()) {
      out.put("Variant", j.get("variant").asText());
    }
    out.put("Os", j.path("os").asText(""));
    if (!j.path("os.version").asText("").isEmpty()) {
      out.put("OsVersion", j.get("os.version").asText());
    }
    out.put("Size", img.size());
    out.put("VirtualSize", img.size());
    ObjectNode driver = out.putObject("GraphDriver");
    driver.putNull("Data");
    driver.put("Name", "vfs");
    ObjectNode rootfs = out.putObject("RootFS");
    rootfs.put("Type", j.path("rootfs").path("type").asText("layers"));
    ArrayNode layers = rootfs.putArray("Layers");
    config.diffIds().forEach(layers::add);
    out.putObject("Metadata").put("LastTagTime", img.lastTagTime() == null ? ZERO_TIME : img.lastTagTime());
    return out;
  }

  /** Docker falls back to the last history entry's comment. */
  private static String comment(JsonNode j) {
    String comment = j.path("comment").asText("");
    JsonNode history = j.get("history");
    if (comment.isEmpty() && history != null && history.isArray() && !history.isEmpty()) {
      comment = history.get(history.size() - 1).path("comment").asText("");
    }
    return comment;
  }

  /** One entry of {@code GET /images/{name}/history}. */
  public record HistoryItem(String id, long created, String createdBy, List<String> tags, long size, String comment) {}

  public List<HistoryItem> history(String name) {
    return store.db().read(c -> {
      String id = Names.resolve(c, name);
      ImageRecord img = ImageStore.find(c, id).orElseThrow();
      ImageConfig config = ImageConfig.parse(store.content().read(id));
      List<LayerRecord> chain = img.topLayer() == null ? List.of() : ImageStore.chain(c, img.topLayer());
      List<LayerRecord> bottomUp = new ArrayList<>(chain.reversed());
      List<HistoryItem> items = new ArrayList<>();
      int layer = 0;
      for (JsonNode h : config.json().path("history")) {
        long size = 0;
        if (!h.path("empty_layer").asBoolean(false) && layer < bottomUp.size()) {
          size = bottomUp.get(layer++).size();
        }
        items.add(0, new HistoryItem("<missing>", createdSeconds(h.path("created").asText("")),
            h.path("created_by").asText(""), null, size, h.path("comment").asText("")));
      }
      String current = id;
      for (int i = 0; i < items.size() && current != null; i++) {
        HistoryItem it = items.get(i);
        List<String> tags = new ArrayList<>();
        for (ImageRef r : ImageStore.refs(c, current)) {
          if (!r.digest()) {
            tags.add(Names.familiar(r.name()));
          }
        }
        items.set(i, new HistoryItem(current, it.created(), it.createdBy(), tags.isEmpty() ? null : tags, it.size(), it.comment()));
        var rec = ImageStore.find(c, current);
        current = rec.isPresent() ? rec.get().parent() : null;
      }
      return items;
    });
  }

  private static long createdSeconds(String text) {
    try {
      return java.time.Instant.parse(text).getEpochSecond();
    } catch (RuntimeException e) {
      return java.time.Instant.parse(ZERO_TIME).getEpochSecond();
    }
  }
}
