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
    for (String src : sources) {
      JsonNode target = ImageConfig.parse(store.content().read(src)).json();
      JsonNode history = target.path("history");
      if (history.size() != len + 1 || !history.get(len).path("created_by").asText().equals(createdBy)) {
        continue;
      }
      boolean prefix = true;
      for (int i = 0; i < len; i++) {
        prefix &= parentHistory.get(i).equals(history.get(i));
      }
      if (prefix) {
        String parent = parentId;
        store.db().write(c -> {
          ImageStore.setParent(c, src, parent);
          return null;
        });
        return src;
      }
    }
    return null;
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
