package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerInspector;
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
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code docker commit}: the container's writable layer becomes a new layer on top of its image,
 * and the new image's parent is the container's image (as Docker's commit records it).
 */
public final class ImageCommitter {
  private final BerthStore store;

  public ImageCommitter(BerthStore store) {
    this.store = store;
  }

  /** The container's config as a commit sees it (its {@code container.Config}). */
  public static ObjectNode containerConfig(ContainerRecord r) {
    return ContainerInspector.userConfig(r, ContainerConfigs.parse(r.config()));
  }

  /**
   * Commits the container's writable layer as a new image whose config is {@code config} (the
   * container's own when null); returns the new image ID; {@code reference} (may be null) is tagged
   * on it. A running container's layer is read as it is: the caller pauses it for a consistent copy.
   * A layer without changes is recorded as an empty layer, as Docker does.
   */
  public String commit(ContainerRecord r, String reference, String author, String message, JsonNode config) {
    String ref = reference == null || reference.isEmpty() ? null : Names.tagTarget(reference);
    Path containerDir = store.paths().container(r.id());
    if (Files.exists(containerDir.resolve(".rootfs-copy"))) {
      throw new NotSupportedException("commit of a container whose root filesystem is a copy (no overlay)");
    }
    if (!store.content().exists(r.imageId())) {
      throw new NotFoundException("No such image: " + r.imageId());
    }
    Path upper = containerDir.resolve("upper");
    LayerStaging staging = new LayerStaging(store);
    Set<Path> artifacts = ContainerChanges.runtimeArtifacts(store, r.id(), upper);
    StagedLayer layer = changed(upper, artifacts) ? stageUpper(staging, upper, ContainerChanges.lowerView(store, r.id()), artifacts)
        : null;
    long now = BerthStore.nowNs();
    ImageConfig parent = ImageConfig.parse(store.content().read(r.imageId()));
    ObjectNode containerConfig = containerConfig(r);
    byte[] bytes = config(parent, r, containerConfig, config == null ? containerConfig : GoContainerConfig.of(config),
        author, message, ImageService.rfc3339Nano(now), layer == null ? null : layer.diffId());
    String id = store.content().put(bytes);
    try {
      store.db().write(c -> {
        if (ImageStore.find(c, id).isEmpty()) {
          List<String> diffIds = ImageConfig.parse(bytes).diffIds();
          String top = null;
          long size = 0;
          if (!diffIds.isEmpty()) {
            LayerStaging.Chain chain = staging.commit(c, diffIds,
                layer == null ? Map.of() : Map.of(layer.diffId(), layer), now);
            top = chain.top();
            size = chain.size();
          }
          String parentId = ImageStore.find(c, r.imageId()).isPresent() ? r.imageId() : null;
          ImageStore.insert(c, new ImageRecord(id, now, parentId, top, size,
              ImageConfig.parse(bytes).labelsJson(), null, now), now);
          if (top != null) {
            ImageStore.useChain(c, "i:" + id, top);
          }
        }
        if (ref != null) {
          ImageService.putTag(c, id, ref, now, "commit replaced it");
        }
        dev.berth.events.EventLog.container(c, "commit", r, Map.of("comment", message == null ? "" : message,
            "imageID", id, "imageRef", ref == null ? "" : Names.familiar(ref)));
        return null;
      });
    } finally {
      if (layer != null) {
        staging.discard(List.of(layer));
      }
    }
    return id;
  }

  /** Whether the upper directory holds anything besides what the runtime itself put there. */
  private static boolean changed(Path upper, Set<Path> skip) {
    if (!Files.isDirectory(upper)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(upper)) {
      return entries.anyMatch(p -> !skip.contains(p));
    } catch (IOException e) {
      throw new SystemException("commit: " + e.getMessage(), e);
    }
  }

  /** The merged view of the layers of image {@code imageId} (none for null: a scratch build's container). */
  private LowerView lowerView(String imageId) {
    if (imageId == null) {
      return new LowerView(List.of());
    }
    return store.db().read(c -> {
      List<Path> dirs = new ArrayList<>();
      String top = ImageStore.find(c, imageId).map(ImageRecord::topLayer).orElse(null);
      if (top != null) {
        for (LayerRecord l : ImageStore.chain(c, top)) {
          dirs.add(store.paths().layerDiff(l.chainId()));
        }
      }
      return new LowerView(dirs);
    });
  }

  /**
   * Writes a container's upper directory as a layer tar (its changes against {@code lower}, or all
   * of it when null), without the entries of {@code skip}, and stages it (unpacked, recorded).
   * Returns null when there is no change: Docker records no layer then.
   */
  private StagedLayer stageUpper(LayerStaging staging, Path upper, LowerView lower, Set<Path> skip) {
    Path tmp = null;
    try {
      Files.createDirectories(upper);
      tmp = Files.createTempFile(store.paths().staging(), "commit-", ".tar");
      int entries;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        entries = UpperDirTar.write(upper, lower, out, skip, java.time.Instant.now());
      }
      if (entries == 0) {
        return null;
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
      // a step without a container on no parent (COPY/ADD on scratch) is a first layer: dockerd
      // tars all of it; a container always has its init layer below, so it is diffed
      boolean firstLayer = parentId == null && (containerId == null || containerId.isEmpty());
      layer = stageUpper(staging, upper, firstLayer ? null : lowerView(parentId), Set.of());
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
    if (containerId != null && !containerId.isEmpty()) {
      out.put("container", containerId); // Go's omitempty
    }
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
    byte[] bytes = GoJsonBytes.of(out);
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

  private static byte[] config(ImageConfig parent, ContainerRecord r, ObjectNode containerConfig, ObjectNode config,
      String author, String message, String created, String diffId) {
    JsonNode p = parent.json();
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("architecture", p.path("architecture").asText("amd64"));
    if (author != null && !author.isEmpty()) {
      out.put("author", author);
    }
    // the message is only in the history entry (inspect's Comment falls back to it)
    out.set("config", config);
    out.put("container", r.id());
    out.set("container_config", containerConfig);
    out.put("created", created);
    out.put("docker_version", "20.10.24+dfsg1");
    ArrayNode history = out.putArray("history");
    p.path("history").forEach(history::add);
    // Go's image.History field order: created, author, created_by, comment, empty_layer
    ObjectNode h = history.addObject();
    h.put("created", created);
    if (author != null && !author.isEmpty()) {
      h.put("author", author);
    }
    List<String> cmd = new ArrayList<>();
    containerConfig.path("Cmd").forEach(a -> cmd.add(a.asText()));
    h.put("created_by", String.join(" ", cmd));
    if (message != null && !message.isEmpty()) {
      h.put("comment", message);
    }
    if (diffId == null) {
      h.put("empty_layer", true);
    }
    out.put("os", p.path("os").asText("linux"));
    ObjectNode rootfs = out.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode ids = rootfs.putArray("diff_ids");
    parent.diffIds().forEach(ids::add);
    if (diffId != null) {
      ids.add(diffId);
    }
    return GoJsonBytes.of(out);
  }
}
