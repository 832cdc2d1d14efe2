package dev.berth.volume;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.image.Filters;
import dev.berth.image.ImageConfig;
import dev.berth.image.Labels;
import dev.berth.store.BerthStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Docker's volume semantics for the local driver: create, inspect, list, remove, prune, usage. */
public final class VolumeService {
  private static final Set<String> LIST_FILTERS = Set.of("dangling", "driver", "label", "name");
  private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!");
  private static final Set<String> LOCAL_OPTIONS = Set.of("type", "device", "o", "size");
  /** The options each option needs beside it (the local driver's rule; checked in this order). */
  private static final List<Map.Entry<String, List<String>>> REQUIRED_WITH = List.of(
      Map.entry("device", List.of("type")), Map.entry("type", List.of("device")),
      Map.entry("o", List.of("device", "type")));

  private final BerthStore store;

  public VolumeService(BerthStore store) {
    this.store = store;
  }

  /** Where a volume's data lives (Docker's {@code Mountpoint}). */
  public Path mountpoint(String name) {
    return store.paths().volumeData(name);
  }

  /**
   * {@code POST /volumes/create}: {@code name} null or empty makes an anonymous volume. Creating
   * a volume that exists returns it unchanged (its labels are not replaced).
   */
  public VolumeRecord create(String name, String driver, Map<String, String> labels, Map<String, String> options) {
    boolean anonymous = name == null || name.isEmpty();
    String n = anonymous ? VolumeNames.anonymous() : name;
    String d = driver == null || driver.isEmpty() ? VolumeRecord.LOCAL : driver;
    if (!d.equals(VolumeRecord.LOCAL)) {
      throw new NotFoundException(
          "create " + n + ": error looking up volume plugin " + d + ": plugin \"" + d + "\" not found");
    }
    return store.db().write(c -> {
      var existing = VolumeStore.find(c, n);
      if (existing.isPresent()) {
        dev.berth.events.EventLog.volume(c, "create", n, Map.of()); // the daemon logs every create
        return existing.get();
      }
      VolumeNames.validate(n);
      checkOptions(n, options);
      VolumeMounts.createDirectory(store.paths(), n);
      VolumeRecord v = new VolumeRecord(n, d, BerthStore.nowNs(), labels, options, anonymous);
      VolumeStore.insert(c, v);
      dev.berth.events.EventLog.volume(c, "create", n, Map.of());
      return v;
    });
  }

  /**
   * The local driver's options: {@code type}, {@code device} and {@code o} as for mount(8), made
   * when a container using the volume starts ({@link LocalVolumeMounts}); {@code size} needs disk
   * quotas, which berth does not have (dockerd has them only on xfs with project quotas).
   */
  public static void checkOptions(String name, Map<String, String> options) {
    if (options == null || options.isEmpty()) {
      return;
    }
    for (String k : options.keySet()) {
      if (!LOCAL_OPTIONS.contains(k)) {
        throw new InvalidArgumentException("create " + name + ": invalid option: " + VolumeNames.goQuote(k));
      }
    }
    for (Map.Entry<String, List<String>> rule : REQUIRED_WITH) {
      if (options.containsKey(rule.getKey())) {
        for (String r : rule.getValue()) {
          if (!options.containsKey(r)) {
            throw new InvalidArgumentException(
                "create " + name + ": missing required option: " + VolumeNames.goQuote(r));
          }
        }
      }
    }
    if (options.containsKey("size")) {
      long size;
      try {
        size = dev.berth.units.RamSize.parse(options.get("size"));
      } catch (IllegalArgumentException e) {
        throw new InvalidArgumentException("create " + name + ": " + e.getMessage());
      }
      if (size > 0) {
        throw new InvalidArgumentException("create " + name + ": quota size requested but no quota support");
      }
    }
  }

  /** {@code GET /volumes/{name}}. */
  public VolumeRecord inspect(String name) {
    return store.db().read(c -> VolumeStore.find(c, name))
        .orElseThrow(() -> new NotFoundException("get " + name + ": no such volume"));
  }

  /**
   * The daemon's JSON of a volume ({@code GET /volumes/{name}}, {@code volume inspect}): labels
   * and options {@code null} when there are none.
   */
  public ObjectNode toJson(VolumeRecord v) {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("CreatedAt", v.createdAt());
    o.put("Driver", v.driver());
    map(o, "Labels", v.labels());
    o.put("Mountpoint", mountpoint(v.name()).toString());
    o.put("Name", v.name());
    map(o, "Options", v.options());
    o.put("Scope", v.scope());
    return o;
  }

  private static void map(ObjectNode o, String key, Map<String, String> m) {
    if (m == null) {
      o.putNull(key);
    } else {
      ObjectNode n = o.putObject(key);
      m.forEach(n::put);
    }
  }

  /** {@code GET /volumes?filters=}: {@code dangling}, {@code driver}, {@code label}, {@code name}. */
  public List<VolumeRecord> list(Filters filters) {
    filters.validate(LIST_FILTERS);
    Boolean dangling = null;
    if (filters.has("dangling")) {
      List<String> v = filters.get("dangling");
      if (v.contains("true") || v.contains("1")) {
        dangling = true;
      } else if (v.contains("false") || v.contains("0")) {
        dangling = false;
      } else {
        throw new InvalidArgumentException("Invalid filter 'dangling=" + Filters.goList(v) + "'");
      }
    }
    Boolean wantDangling = dangling;
    return store.db().read(c -> {
      Map<String, Integer> users = VolumeStore.userCounts(c);
      List<VolumeRecord> out = new ArrayList<>();
      for (VolumeRecord v : VolumeStore.all(c)) {
        if (wantDangling != null && wantDangling == users.containsKey(v.name())) {
          continue;
        }
        if (filters.has("name") && !matchesName(filters.get("name"), v.name())) {
          continue;
        }
        if (filters.has("driver") && !filters.get("driver").contains(v.driver())) {
          continue;
        }
        if (filters.has("label") && !Labels.matchAll(v.labels(), filters.get("label"))) {
          continue;
        }
        out.add(v);
      }
      return out;
    });
  }

  /** The daemon's {@code Match}: an exact value, else any value as a regular expression. */
  private static boolean matchesName(List<String> patterns, String name) {
    if (patterns.contains(name)) {
      return true;
    }
    for (String p : patterns) {
      try {
        if (Pattern.compile(p).matcher(name).find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        // an invalid expression matches nothing
      }
    }
    return false;
  }

  /** The IDs of the containers that use a volume (the one "in use" rule). */
  public List<String> users(String name) {
    return store.db().read(c -> VolumeStore.users(c, name));
  }

  /**
   * {@code DELETE /volumes/{name}?force=}: refuses a volume in use (even forced); with {@code
   * force} a missing volume is not an error. Returns whether a volume was removed.
   */
  public boolean remove(String name, boolean force) {
    boolean removed = store.db().write(c -> {
      if (VolumeStore.find(c, name).isEmpty()) {
        if (force) {
          return false;
        }
        throw new NotFoundException("get " + name + ": no such volume");
      }
      List<String> users = VolumeStore.users(c, name);
      if (!users.isEmpty()) {
        throw new ConflictException("remove " + name + ": volume is in use - [" + String.join(", ", users) + "]");
      }
      VolumeStore.delete(c, name);
      dev.berth.events.EventLog.volume(c, "destroy", name, Map.of());
      return true;
    });
    if (removed) {
      LocalVolumeMounts.unmount(store.paths(), name);
      store.discard(store.paths().volumeDir(name));
    }
    return removed;
  }

  /** Result of {@code POST /volumes/prune}. */
  public record PruneReport(List<String> deleted, long spaceReclaimed) {}

  /** Removes every volume no container uses (API 1.41: named ones too), after the label filters. */
  public PruneReport prune(Filters filters) {
    filters.validate(PRUNE_FILTERS);
    List<String> deleted = new ArrayList<>();
    long[] reclaimed = {0};
    store.db().write(c -> {
      Map<String, Integer> users = VolumeStore.userCounts(c);
      for (VolumeRecord v : VolumeStore.all(c)) {
        if (users.containsKey(v.name())) {
          continue;
        }
        Map<String, String> labels = v.labels() == null ? Map.of() : v.labels();
        if (filters.has("label") && !Labels.matchAll(v.labels(), filters.get("label"))) {
          continue;
        }
        if (filters.has("label!") && Labels.matchAny(labels, filters.get("label!"))) {
          continue;
        }
        reclaimed[0] += DirectorySize.of(mountpoint(v.name()));
        VolumeStore.delete(c, v.name());
        deleted.add(v.name());
      }
      // the daemon's prune logs no destroy per volume, only this summary
      dev.berth.events.EventLog.prune(c, "volume", reclaimed[0]);
      return null;
    });
    for (String name : deleted) {
      LocalVolumeMounts.unmount(store.paths(), name);
      store.discard(store.paths().volumeDir(name));
    }
    return new PruneReport(deleted, reclaimed[0]);
  }

  /** Every volume with its reference count and size ({@code system df}). */
  public List<VolumeUsage> usage() {
    List<VolumeUsage> out = new ArrayList<>();
    store.db().read(c -> {
      Map<String, Integer> users = VolumeStore.userCounts(c);
      for (VolumeRecord v : VolumeStore.all(c)) {
        out.add(new VolumeUsage(v, users.getOrDefault(v.name(), 0), 0));
      }
      return null;
    });
    // sizes are measured outside the database lock
    return out.stream().map(u -> new VolumeUsage(u.volume(), u.refCount(), DirectorySize.of(mountpoint(u.volume().name()))))
        .toList();
  }
}
