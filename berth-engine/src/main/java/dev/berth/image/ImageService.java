package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.store.BerthStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Docker's image semantics over a berth store: list, tag, remove, prune. */
public final class ImageService {
  private final BerthStore store;

  public ImageService(BerthStore store) {
    this.store = store;
  }

  // ---------------------------------------------------------------- list

  private static final Set<String> LIST_FILTERS = Set.of("dangling", "label", "before", "since", "reference");

  /** {@code GET /images/json}: daemon-semantics §4.1. */
  public List<ImageSummary> list(boolean all, Filters filters) {
    filters.validate(LIST_FILTERS);
    Boolean dangling = null;
    if (filters.has("dangling")) {
      List<String> v = filters.get("dangling");
      if (v.contains("true")) {
        dangling = true;
      } else if (v.contains("false")) {
        dangling = false;
      } else {
        throw new InvalidArgumentException("Invalid filter 'dangling=" + Filters.goList(v) + "'");
      }
    }
    final Boolean danglingOnly = dangling;
    return store.db().read(c -> {
      Long beforeNs = null;
      Long sinceNs = null;
      if (filters.has("before")) {
        List<String> v = filters.get("before");
        beforeNs = createdOf(c, v.get(v.size() - 1));
      }
      if (filters.has("since")) {
        List<String> v = filters.get("since");
        sinceNs = createdOf(c, v.get(v.size() - 1));
      }
      List<ImageStore.ListedImage> listing = ImageStore.listing(c);
      // the listing holds every image, so it knows every parent: no second query
      Set<String> parents = new java.util.HashSet<>();
      for (ImageStore.ListedImage img : listing) {
        if (img.parent() != null) {
          parents.add(img.parent());
        }
      }
      boolean byLabel = filters.has("label");
      boolean byReference = filters.has("reference");
      List<ImageSummary> out = new ArrayList<>();
      for (ImageStore.ListedImage img : listing) {
        boolean hasChildren = parents.contains(img.id());
        if (Boolean.TRUE.equals(danglingOnly) && hasChildren) {
          continue;
        }
        if (beforeNs != null && !(img.createdNs() < beforeNs)) {
          continue;
        }
        if (sinceNs != null && !(img.createdNs() > sinceNs)) {
          continue;
        }
        if (byLabel && !Labels.matchAll(parseLabels(img.labelsJson()), filters.get("label"))) {
          continue;
        }
        List<String> tags = img.tags();
        List<String> digests = img.digests();
        if (byReference) {
          tags = matching(tags, filters.get("reference"));
          digests = matching(digests, filters.get("reference"));
        }
        if (tags.isEmpty() && digests.isEmpty()) {
          if (hasChildren && !all) {
            continue;
          }
          if (Boolean.FALSE.equals(danglingOnly) || byReference) {
            continue;
          }
          tags = NONE_TAGS;
          digests = NONE_DIGESTS;
        } else if (Boolean.TRUE.equals(danglingOnly) && !tags.isEmpty()) {
          continue;
        }
        out.add(
            new ImageSummary(
                img.id(),
                img.parent() == null ? "" : img.parent(),
                tags.isEmpty() ? null : tags,
                digests.isEmpty() ? null : digests,
                Math.floorDiv(img.createdNs(), 1_000_000_000L),
                img.size(),
                -1,
                -1,
                img.labelsJson()));
      }
      out.sort((a, b) -> Long.compare(b.created(), a.created()));
      return out;
    });
  }

  private static final List<String> NONE_TAGS = List.of("<none>:<none>");
  private static final List<String> NONE_DIGESTS = List.of("<none>@<none>");

  /** The stored names (already the familiar form) that match one of the reference filters. */
  private static List<String> matching(List<String> names, List<String> patterns) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (Names.matchesAny(patterns, name)) {
        out.add(Names.familiar(name));
      }
    }
    return out;
  }

  private long createdOf(Connection c, String arg) throws SQLException {
    String id = Names.resolve(c, arg);
    return ImageStore.find(c, id).orElseThrow().createdNs();
  }

  static Map<String, String> labels(ImageRecord img) {
    return parseLabels(img.labelsJson());
  }

  static Map<String, String> parseLabels(String labelsJson) {
    if (labelsJson == null) {
      return null;
    }
    Map<String, String> plain = StringMapJson.parse(labelsJson);
    if (plain != null) {
      return plain;
    }
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode n = ImageConfig.parse(labelsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  // ---------------------------------------------------------------- tag

  /** {@code POST /images/{name}/tag?repo=&tag=}: daemon-semantics §5.1 (source resolved first). */
  public void tag(String source, String repo, String tag) {
    long now = BerthStore.nowNs();
    store.db().write(c -> {
      String id = Names.resolve(c, source);
      String ref = Names.tagTarget(repo, tag);
      putTag(c, id, ref, now, "tag moved");
      return null;
    });
  }

  /** Points a tag at an image (moving it when it was elsewhere) and stamps the tag time. */
  public static void putTag(Connection c, String imageId, String normalizedRef, long nowNs, String cause)
      throws SQLException {
    var before = ImageStore.putRef(
        c, new ImageRef(normalizedRef, imageId, Names.repository(normalizedRef), false), nowNs);
    if (before.isPresent()) {
      ImageStore.recordRefRemoval(c, before.get(), normalizedRef, cause, nowNs);
    }
    ImageStore.setLastTagTime(c, imageId, rfc3339Nano(nowNs));
    ImageStore.touch(c, imageId, nowNs);
    dev.berth.events.EventLog.tag(c, imageId, Names.familiar(normalizedRef));
  }

  public static String rfc3339Nano(long ns) {
    Instant i = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
    String s = i.toString();
    // Go's RFC3339Nano drops trailing zeros of the fraction; Instant.toString pads to 3/6/9 digits.
    int dot = s.indexOf('.');
    if (dot > 0) {
      String frac = s.substring(dot + 1, s.length() - 1).replaceAll("0+$", "");
      s = s.substring(0, dot) + (frac.isEmpty() ? "" : "." + frac) + "Z";
    }
    return s;
  }

  // ---------------------------------------------------------------- remove

  /** {@code DELETE /images/{name}}: daemon-semantics §3.2. */
  public List<DeleteRecord> remove(String name, boolean force, boolean noPrune) {
    if (name.isBlank()) {
      throw new InvalidArgumentException("image name cannot be blank");
    }
    long now = BerthStore.nowNs();
    ImageRemover remover = store.db().write(c -> {
      String id = Names.resolve(c, name);
      ImageRemover r = new ImageRemover(c, Names::familiar, now, force ? "rmi -f" : "rmi");
      if (Names.isIdMode(name, id)) {
        r.removeById(id, force, !noPrune);
      } else {
        r.removeReference(id, Names.normalizeWithDefaultTag(name), name, force, !noPrune);
      }
      return r;
    });
    discardLayers(remover.freedLayers());
    return remover.records();
  }

  void discardLayers(List<LayerRecord> layers) {
    for (LayerRecord l : layers) {
      store.discard(store.paths().layerDir(l.chainId()));
      if (l.tarSplit() != null) {
        store.content().delete(l.tarSplit());
      }
    }
  }

  // ---------------------------------------------------------------- prune

  // The set-based prune of the common case (DanglingPrune); tests turn it off to compare.
  private boolean setBasedPrune = true;
  private boolean lastPruneWasSetBased;

  void setBasedPrune(boolean on) {
    setBasedPrune = on;
  }

  boolean lastPruneWasSetBased() {
    return lastPruneWasSetBased;
  }

  /** Result of {@code POST /images/prune}. */
  public record PruneReport(List<DeleteRecord> deleted, long spaceReclaimed) {}

  private static final Set<String> PRUNE_FILTERS = Set.of("dangling", "label", "label!", "until");

  /** {@code POST /images/prune}: daemon-semantics §6.1. */
  public PruneReport prune(Filters filters) {
    filters.validate(PRUNE_FILTERS);
    boolean danglingOnly = true;
    if (filters.has("dangling")) {
      List<String> v = filters.get("dangling");
      if (v.contains("false") || v.contains("0")) {
        danglingOnly = false;
      } else if (!(v.contains("true") || v.contains("1"))) {
        throw new InvalidArgumentException("Invalid filter 'dangling=" + Filters.goList(v) + "'");
      }
    }
    Long untilNs = null;
    if (filters.has("until")) {
      List<String> v = filters.get("until");
      if (v.size() > 1) {
        throw new SystemException("more than one until filter specified");
      }
      untilNs = TimeFilter.parse(v.get(0), BerthStore.nowNs());
    }
    final boolean dangling = danglingOnly;
    final Long until = untilNs;
    long now = BerthStore.nowNs();
    List<DeleteRecord> records = new ArrayList<>();
    List<LayerRecord> freed = new ArrayList<>();
    boolean byLabel = filters.has("label") || filters.has("label!");
    lastPruneWasSetBased = false;
    store.db().write(c -> {
      Set<String> parents = ImageStore.parents(c);
      Map<String, List<ImageRef>> allRefs = ImageStore.allRefs(c);
      List<ImageRecord> images = ImageStore.all(c);
      if (dangling && !byLabel && setBasedPrune) {
        // the images the loop below would try to delete, in its order
        List<ImageRecord> candidates = new ArrayList<>();
        for (ImageRecord img : images) {
          List<ImageRef> refs = allRefs.getOrDefault(img.id(), List.of());
          if (!parents.contains(img.id()) && !(until != null && img.createdNs() > until)
              && !ImageUsage.hasTag(refs)) {
            candidates.add(img);
          }
        }
        var planned = DanglingPrune.run(c, candidates, allRefs);
        if (planned.isPresent()) {
          records.addAll(planned.get().records());
          freed.addAll(planned.get().freedLayers());
          lastPruneWasSetBased = true;
          return null;
        }
      }
      Set<String> gone = new java.util.HashSet<>();
      for (ImageRecord img : images) {
        if (gone.contains(img.id())) {
          continue; // already pruned as a parent of an earlier image
        }
        boolean hasChildren = parents.contains(img.id());
        List<ImageRef> refs = allRefs.getOrDefault(img.id(), List.of());
        if (dangling && hasChildren) {
          continue;
        }
        if (refs.isEmpty() && hasChildren) {
          continue;
        }
        if (until != null && img.createdNs() > until) {
          continue;
        }
        if (filters.has("label") || filters.has("label!")) {
          Map<String, String> labels = labels(img);
          if (filters.has("label") && !Labels.matchAll(labels, filters.get("label"))) {
            continue;
          }
          if (filters.has("label!") && labels != null && Labels.matchAny(labels, filters.get("label!"))) {
            continue;
          }
        }
        if (!refs.isEmpty()) {
          if (dangling && ImageUsage.hasTag(refs)) {
            continue;
          }
          for (ImageRef r : refs) {
            ImageRemover rm = new ImageRemover(c, Names::familiar, now, "prune");
            try {
              if (ImageStore.imageForRef(c, r.name()).isEmpty()) {
                continue;
              }
              rm.removeReference(img.id(), r.name(), Names.familiar(r.name()), false, true);
            } catch (dev.berth.errors.ConflictException e) {
              // Docker skips images it may not delete.
            }
            records.addAll(rm.records());
            freed.addAll(rm.freedLayers());
            gone.addAll(rm.deletedImages());
          }
        } else {
          ImageRemover rm = new ImageRemover(c, Names::familiar, now, "prune");
          try {
            rm.removeById(img.id(), false, true);
          } catch (dev.berth.errors.ConflictException e) {
            // skipped, as Docker does
          }
          records.addAll(rm.records());
          freed.addAll(rm.freedLayers());
          gone.addAll(rm.deletedImages());
        }
      }
      return null;
    });
    discardLayers(freed);
    long reclaimed = 0;
    for (LayerRecord l : freed) {
      reclaimed += l.size();
    }
    final long total = reclaimed;
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.prune(c, "image", total));
    return new PruneReport(records, reclaimed);
  }

  public static void requireFound(boolean found, String message) {
    if (!found) {
      throw new NotFoundException(message);
    }
  }
}
