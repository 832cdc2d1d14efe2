package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.errors.SystemException;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker commit}: the container's writable layer becomes a new layer on top of its image,
 * and the new image's parent is the container's image (as Docker's commit records it).
 */
public final class ImageCommitter {
  private final BerthStore store;

  public ImageCommitter(BerthStore store) {
    this.store = store;
  }

  /** Returns the new image ID; {@code reference} (may be null) is tagged on it. */
  public String commit(ContainerRecord r, String reference, String author, String message) {
    String ref = reference == null || reference.isEmpty() ? null : Names.tagTarget(reference);
    Path containerDir = store.paths().container(r.id());
    if (Files.exists(containerDir.resolve(".rootfs-copy"))) {
      throw new NotSupportedException("commit of a container whose root filesystem is a copy (no overlay)");
    }
    if (!store.content().exists(r.imageId())) {
      throw new NotFoundException("No such image: " + r.imageId());
    }
    if (r.running()) {
      throw new NotSupportedException("commit of a running container (stop it first)");
    }
    Path upper = containerDir.resolve("upper");
    dev.berth.container.RuntimeArtifacts.drop(upper);
    LayerStaging staging = new LayerStaging(store);
    StagedLayer layer = stageUpper(staging, upper);
    long now = BerthStore.nowNs();
    ImageConfig parent = ImageConfig.parse(store.content().read(r.imageId()));
    byte[] config = config(parent, r, author, message, ImageService.rfc3339Nano(now), layer.diffId());
    String id = store.content().put(config);
    try {
      store.db().write(c -> {
        if (ImageStore.find(c, id).isEmpty()) {
          List<String> diffIds = ImageConfig.parse(config).diffIds();
          LayerStaging.Chain chain = staging.commit(c, diffIds, Map.of(layer.diffId(), layer), now);
          String parentId = ImageStore.find(c, r.imageId()).isPresent() ? r.imageId() : null;
          ImageStore.insert(c, new ImageRecord(id, now, parentId, chain.top(), chain.size(),
              ImageConfig.parse(config).labelsJson(), null, now), now);
          ImageStore.useChain(c, "i:" + id, chain.top());
        }
        if (ref != null) {
          ImageService.putTag(c, id, ref, now, "commit replaced it");
        }
        dev.berth.events.EventLog.container(c, "commit", r, Map.of("comment", message == null ? "" : message,
            "imageID", id, "imageRef", ref == null ? "" : Names.familiar(ref)));
        return null;
      });
    } finally {
      staging.discard(List.of(layer));
    }
    return id;
  }

  /** Writes a container's upper directory as a layer tar and stages it (unpacked, recorded). */
  private StagedLayer stageUpper(LayerStaging staging, Path upper) {
    Path tmp = null;
    try {
      Files.createDirectories(upper);
      tmp = Files.createTempFile(store.paths().staging(), "commit-", ".tar");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        UpperDirTar.write(upper, out);
      }
      try (InputStream in = Files.newInputStream(tmp)) {
        return staging.stage(in, null);
      }
    } catch (IOException e) {
      throw new SystemException("commit: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // swept with the staging directory
        }
      }
    }
  }

  /**
   * A classic-builder step: {@code upper} (null for a metadata-only step) becomes a new layer on
   * {@code parentId} (null for scratch); {@code config} and {@code containerConfig} are written as
   * given and the history entry says {@code createdBy} ({@code empty_layer} when there is no layer).
   * Returns the new image ID.
   */
  public String commitStep(String parentId, Path upper, JsonNode config, JsonNode containerConfig, String containerId,
      String createdBy, String author) {
    StagedLayer layer = null;
    LayerStaging staging = new LayerStaging(store);
    if (upper != null) {
      layer = stageUpper(staging, upper);
    }
    long now = BerthStore.nowNs();
    String created = ImageService.rfc3339Nano(now);
    ImageConfig parent = parentId == null ? null : ImageConfig.parse(store.content().read(parentId));
    JsonNode p = parent == null ? ImageConfig.MAPPER.createObjectNode() : parent.json();
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("architecture", p.path("architecture").asText("amd64"));
    if (author != null && !author.isEmpty()) {
      out.put("author", author);
    }
    out.set("config", GoContainerConfig.of(config));
    out.put("container", containerId);
    out.set("container_config", GoContainerConfig.of(containerConfig));
    out.put("created", created);
    out.put("docker_version", "20.10.24+dfsg1");
    ArrayNode history = out.putArray("history");
    p.path("history").forEach(history::add);
    ObjectNode h = history.addObject();
    h.put("created", created);
    if (author != null && !author.isEmpty()) {
      h.put("author", author);
    }
    h.put("created_by", createdBy);
    if (layer == null) {
      h.put("empty_layer", true);
    }
    out.put("os", p.path("os").asText("linux"));
    ObjectNode rootfs = out.putObject("rootfs");
    rootfs.put("type", "layers");
    List<String> diffIds = new ArrayList<>(parent == null ? List.of() : parent.diffIds());
    if (layer != null) {
      diffIds.add(layer.diffId());
    }
    ArrayNode ids = rootfs.putArray("diff_ids");
    diffIds.forEach(ids::add);
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    String id = store.content().put(bytes);
    StagedLayer staged = layer;
    try {
      store.db().write(c -> {
        if (ImageStore.find(c, id).isEmpty()) {
          String top = null;
          long size = 0;
          if (!diffIds.isEmpty()) {
            LayerStaging.Chain chain = staging.commit(c, diffIds,
                staged == null ? Map.of() : Map.of(staged.diffId(), staged), now);
            top = chain.top();
            size = chain.size();
          }
          String parentRow = parentId != null && ImageStore.find(c, parentId).isPresent() ? parentId : null;
          ImageStore.insert(c, new ImageRecord(id, now, parentRow, top, size,
              ImageConfig.parse(bytes).labelsJson(), null, now), now);
          if (top != null) {
            ImageStore.useChain(c, "i:" + id, top);
          }
        }
        return null;
      });
    } finally {
      if (staged != null) {
        staging.discard(List.of(staged));
      }
    }
    return id;
  }

  private static byte[] config(ImageConfig parent, ContainerRecord r, String author, String message, String created,
      String diffId) {
    JsonNode p = parent.json();
    JsonNode cc = ContainerConfigs.parse(r.config());
    ObjectNode containerConfig = GoContainerConfig.of(cc);
    containerConfig.put("Hostname", r.id().substring(0, 12));
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("architecture", p.path("architecture").asText("amd64"));
    if (author != null && !author.isEmpty()) {
      out.put("author", author);
    }
    if (message != null && !message.isEmpty()) {
      out.put("comment", message);
    }
    out.set("config", containerConfig);
    out.put("container", r.id());
    out.set("container_config", containerConfig.deepCopy());
    out.put("created", created);
    out.put("docker_version", "20.10.24+dfsg1");
    ArrayNode history = out.putArray("history");
    p.path("history").forEach(history::add);
    ObjectNode h = history.addObject();
    h.put("created", created);
    List<String> argv = new ArrayList<>();
    argv.add(cc.path("Path").asText());
    cc.path("Args").forEach(a -> argv.add(a.asText()));
    h.put("created_by", String.join(" ", argv));
    if (author != null && !author.isEmpty()) {
      h.put("author", author);
    }
    if (message != null && !message.isEmpty()) {
      h.put("comment", message);
    }
    out.put("os", p.path("os").asText("linux"));
    ObjectNode rootfs = out.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode ids = rootfs.putArray("diff_ids");
    parent.diffIds().forEach(ids::add);
    ids.add(diffId);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
