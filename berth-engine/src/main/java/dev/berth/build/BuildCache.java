package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.BerthException;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageRecord;
import dev.berth.image.ImageStore;
import dev.berth.image.Names;
import dev.berth.store.BerthStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The classic builder's image cache: a child of the step's parent image (for FROM scratch: any
 * image without a parent) whose container config equals the step's by Docker's comparison (user,
 * attach and tty flags, Cmd, Env, Labels, ExposedPorts, Entrypoint, Volumes); the newest wins.
 * With {@code --cache-from}, a local hit only counts when it is an ancestor of a given image, and an
 * image whose last history entry is the step itself is reused directly.
 */
final class BuildCache {
  private final BerthStore store;

  BuildCache(BerthStore store) {
    this.store = store;
  }

  String lookup(String parentId, JsonNode probe, List<String> cacheFrom) {
    String local = local(parentId, probe);
    if (cacheFrom.isEmpty()) {
      return local;
    }
    List<String> sources = new ArrayList<>();
    for (String ref : cacheFrom) {
      try {
        sources.add(store.db().read(c -> Names.resolve(c, ref)));
      } catch (BerthException e) {
        // Docker only logs a source it cannot find
      }
    }
    if (local != null) {
      for (String src : sources) {
        if (isAncestorOrSelf(local, src)) {
          return local;
        }
      }
    }
    JsonNode parentHistory = parentId == null ? null
        : ImageConfig.parse(store.content().read(parentId)).json().path("history");
    int len = parentHistory == null ? 0 : parentHistory.size();
    String createdBy = String.join(" ", Builder.strings(probe.get("Cmd")));
    List<String> parentDiffIds = parentId == null ? List.of()
        : ImageConfig.parse(store.content().read(parentId)).diffIds();
    for (String src : sources) {
      ImageConfig targetConfig = ImageConfig.parse(store.content().read(src));
      JsonNode target = targetConfig.json();
      JsonNode history = target.path("history");
      if (history.size() <= len || !history.get(len).path("created_by").asText().equals(createdBy)) {
        continue;
      }
      boolean prefix = true;
      for (int i = 0; i < len; i++) {
        prefix &= parentHistory.get(i).equals(history.get(i));
      }
      List<String> targetDiffIds = targetConfig.diffIds();
      if (!prefix || parentDiffIds.size() > targetDiffIds.size()
          || !targetDiffIds.subList(0, parentDiffIds.size()).equals(parentDiffIds)) {
        continue;
      }
      if (history.size() == len + 1) {
        String parent = parentId;
        store.db().write(c -> {
          ImageStore.setParent(c, src, parent);
          return null;
        });
        return src;
      }
      return restore(parentId, parentHistory, parentDiffIds, target, targetDiffIds, len, probe);
    }
    return null;
  }

  /**
   * Docker's restoreCachedImage: a new image made of the parent and the source image's next history
   * entry (with its layer, if it has one), configured with the step's container config.
   */
  private String restore(String parentId, JsonNode parentHistory, List<String> parentDiffIds, JsonNode target,
      List<String> targetDiffIds, int len, JsonNode probe) {
    JsonNode entry = target.path("history").get(len);
    List<String> diffIds = new ArrayList<>(parentDiffIds);
    if (!entry.path("empty_layer").asBoolean(false)) {
      int layerIx = 0;
      for (int i = 0; i < len; i++) {
        if (!target.path("history").get(i).path("empty_layer").asBoolean(false)) {
          layerIx++;
        }
      }
      if (layerIx < targetDiffIds.size()) {
        diffIds.add(targetDiffIds.get(layerIx));
      }
    }
    com.fasterxml.jackson.databind.node.ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("architecture", target.path("architecture").asText("amd64"));
    if (target.has("author")) {
      out.set("author", target.get("author"));
    }
    out.set("config", dev.berth.image.GoContainerConfig.of(probe));
    out.set("container_config", dev.berth.image.GoContainerConfig.of(null));
    out.put("created", entry.path("created").asText());
    out.put("docker_version", "20.10.24+dfsg1");
    com.fasterxml.jackson.databind.node.ArrayNode history = out.putArray("history");
    if (parentHistory != null) {
      parentHistory.forEach(history::add);
    }
    history.add(entry);
    out.put("os", target.path("os").asText("linux"));
    com.fasterxml.jackson.databind.node.ObjectNode rootfs = out.putObject("rootfs");
    rootfs.put("type", "layers");
    diffIds.forEach(rootfs.putArray("diff_ids")::add);
    byte[] bytes = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String id = store.content().put(bytes);
    long created = java.time.Instant.parse(entry.path("created").asText()).toEpochMilli() * 1_000_000L;
    long now = BerthStore.nowNs();
    store.db().write(c -> {
      if (ImageStore.find(c, id).isEmpty()) {
        String top = null;
        long size = 0;
        if (!diffIds.isEmpty()) {
          dev.berth.image.LayerStaging.Chain chain = new dev.berth.image.LayerStaging(store).commit(c, diffIds,
              java.util.Map.of(), now);
          top = chain.top();
          size = chain.size();
        }
        ImageStore.insert(c, new ImageRecord(id, created, parentId, top, size,
            ImageConfig.parse(bytes).labelsJson(), null, now), now);
        if (top != null) {
          ImageStore.useChain(c, "i:" + id, top);
        }
      }
      return null;
    });
    return id;
  }

  private boolean isAncestorOrSelf(String candidate, String of) {
    return store.db().read(c -> {
      Set<String> seen = new HashSet<>();
      for (String id = of; id != null && seen.add(id); ) {
        if (id.equals(candidate)) {
          return true;
        }
        id = ImageStore.find(c, id).map(ImageRecord::parent).orElse(null);
      }
      return false;
    });
  }

  private String local(String parentId, JsonNode probe) {
    return store.db().read(c -> {
      ImageRecord best = null;
      for (ImageRecord r : ImageStore.all(c)) {
        boolean sameParent = parentId == null ? r.parent() == null : parentId.equals(r.parent());
        if (!sameParent) {
          continue;
        }
        JsonNode cc = ImageConfig.parse(store.content().read(r.id())).json().get("container_config");
        if (cc != null && same(cc, probe) && (best == null || r.createdNs() > best.createdNs())) {
          best = r;
        }
      }
      return best == null ? null : best.id();
    });
  }

  /** Docker's image/cache compare of two container configs. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.path("OpenStdin").asBoolean(false) || b.path("OpenStdin").asBoolean(false)) {
      return false;
    }
    for (String f : List.of("AttachStdout", "AttachStderr", "Tty")) {
      if (a.path(f).asBoolean(false) != b.path(f).asBoolean(false)) {
        return false;
      }
    }
    if (!a.path("User").asText("").equals(b.path("User").asText(""))) {
      return false;
    }
    for (String f : List.of("Cmd", "Env", "Entrypoint")) {
      if (!Builder.strings(a.get(f)).equals(Builder.strings(b.get(f)))) {
        return false;
      }
    }
    JsonNode la = a.path("Labels");
    JsonNode lb = b.path("Labels");
    if (la.size() != lb.size()) {
      return false;
    }
    for (Iterator<String> it = la.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!la.get(k).asText().equals(lb.path(k).asText(null))) {
        return false;
      }
    }
    for (String f : List.of("ExposedPorts", "Volumes")) {
      JsonNode x = a.path(f);
      JsonNode y = b.path(f);
      if (x.size() != y.size()) {
        return false;
      }
      for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
        if (!y.has(it.next())) {
          return false;
        }
      }
    }
    return true;
  }
}
