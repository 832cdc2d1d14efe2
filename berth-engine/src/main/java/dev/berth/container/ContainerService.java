package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.image.Filters;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageRecord;
import dev.berth.image.ImageStore;
import dev.berth.image.Labels;
import dev.berth.image.LayerRecord;
import dev.berth.image.Names;
import dev.berth.image.TimeFilter;
import dev.berth.store.BerthStore;
import dev.berth.runtime.RootFs;
import dev.berth.volume.DirectorySize;
import dev.berth.volume.MountPoint;
import dev.berth.volume.MountSpecs;
import dev.berth.volume.VolumeMounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Container records and Docker's rules for creating, finding, listing and removing them. */
public final class ContainerService {
  private static final Pattern VALID_NAME = Pattern.compile("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$");

  /** Seeded on first use: most commands never create a container. */
  private final BerthStore store;
  private final ContainerLifecycle lifecycle;

  public ContainerService(BerthStore store, ContainerLifecycle lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  /** A new container and the daemon's warnings about its options (each printed as {@code WARNING: ...}). */
  public record Created(ContainerRecord container, List<String> warnings) {}

  /** Creates a container record (and its directory) for {@code imageArg}; returns the new row. */
  public ContainerRecord create(String imageArg, String name, String configJson) {
    return createWithWarnings(imageArg, name, configJson).container();
  }

  /**
   * As {@link #create}, with the warnings: options this host cannot apply are discarded as dockerd
   * discards them (the Block I/O weight without its cgroup file).
   */
  public Created createWithWarnings(String imageArg, String name, String configJson) {
    List<String> warnings = new java.util.ArrayList<>();
    HostSettings.checkNetworkMode(ContainerConfigs.parse(configJson));
    ObjectNode checked = (ObjectNode) ContainerConfigs.parse(HostSettings.discardUnsupported(configJson, warnings));
    HostExtras.check(checked, warnings);
    String config = checked.toString();
    if (name != null && !name.isEmpty() && !VALID_NAME.matcher(name).matches()) {
      throw new InvalidArgumentException(
          "Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
    String id = dev.berth.content.RandomIds.id();
    long now = BerthStore.nowNs();
    Path dir = store.paths().container(id);
    ContainerRecord created;
    try {
      created = store.db().write(c -> create(c, id, dir, imageArg, name, config, now));
    } catch (RuntimeException e) {
      // the row was rolled back: its directory goes too
      BerthStore.deleteTree(dir);
      if (e instanceof dev.berth.volume.DuplicateMountPointException dup && !dup.volumesMadeBefore().isEmpty()) {
        store.db().write(c -> {
          dev.berth.volume.VolumeMounts.createUnused(c, store.paths(), dup.volumesMadeBefore());
          return null;
        });
      }
      throw e;
    }
    lifecycle.populateVolumes(created);
    return new Created(created, List.copyOf(warnings));
  }

  /**
   * The directory is made inside the row's transaction, so a process that finds a container
   * directory without a row while it holds the write lock knows a kill left it.
   */
  private ContainerRecord create(Connection c, String id, Path dir, String imageArg, String name, String configJson,
      long now) throws SQLException {
    String imageId = Names.resolveForRun(c, imageArg);
    String finalName = name == null || name.isEmpty() ? generateName(c) : name.startsWith("/") ? name.substring(1) : name;
    var clash = ContainerStore.byName(c, finalName);
    if (clash.isPresent()) {
      throw new ConflictException(
          "Conflict. The container name \"/" + finalName + "\" is already in use by container \""
              + clash.get().id() + "\". You have to remove (or rename) that container to be able to reuse that name.");
    }
    byte[] imageConfig = store.content().read(imageId);
    String completed = CommandResolution.complete(configJson, ImageConfig.parse(imageConfig));
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(completed);
    HostSettings.validate(config);
    SecurityOptions.applyAtCreate(config);
    JsonNode host = HostSettings.of(config);
    for (String mode : List.of("IpcMode", "PidMode")) {
      String m = host.path(mode).asText("");
      if (m.startsWith("container:")) {
        // No such container: X; the daemon stores the mode with the container's ID
        ContainerRecord other = referenced(c, m.substring("container:".length()));
        if (host instanceof ObjectNode h) {
          h.put(mode, "container:" + other.id());
        }
      }
    }
    java.util.Set<String> tmpfs = new java.util.HashSet<>();
    host.path("Tmpfs").fieldNames().forEachRemaining(tmpfs::add);
    tmpfs.addAll(MountSpecs.tmpfsTargets(config));
    List<MountPoint> mounts = MountSpecs.parse(config, volumesFrom(c, host.path("VolumesFrom")), tmpfs,
        store.paths().root().toAbsolutePath().toString());
    config.set(MountPoint.CONFIG_KEY, MountPoint.toJson(mounts));
    // on a user-defined network links are the endpoint's (names for its embedded DNS, looked up
    // when asked), not the daemon's link graph: no check that the child exists, nothing registered
    String networkMode = config.path("NetworkMode").asText("");
    boolean graphLinks = networkMode.isEmpty()
        || dev.berth.runtime.NetworkMode.parse(networkMode) != dev.berth.runtime.NetworkMode.USER;
    if (graphLinks) {
      Links.check(c, host.path("Links"));
    }
    HostExtras.checkStorage(host);
    ImageRecord img = ImageStore.find(c, imageId).orElseThrow();
    WorkingDirCheck.check(c, store.paths(), img.topLayer(), config.path("WorkingDir").asText(""));
    ContainerRecord r = new ContainerRecord(id, finalName, imageId, imageArg, now, ContainerState.CREATED, 0, 0,
        null, null, config.toString());
    ContainerStore.insert(c, r);
    if (graphLinks) {
      Links.register(c, id, finalName, host.path("Links"));
    }
    VolumeMounts.attach(c, store.paths(), id, mounts);
    dev.berth.events.EventLog.container(c, "create", r);
    if (img.topLayer() != null) {
      ImageStore.useChain(c, "c:" + id, img.topLayer());
    }
    ImageStore.touch(c, imageId, now);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new dev.berth.errors.SystemException("creating container directory: " + e.getMessage(), e);
    }
    return r;
  }

  /** The keys of a stored container config that a host config sets (see the API's create body). */
  private static final List<String> HOST_KEYS = List.of("NetworkMode", "AutoRemove", "ReadonlyRootfs", "Binds",
      "Mounts", "Init", HostSettings.CONFIG_KEY);

  /**
   * API before 1.24: the host config a start request carries replaces the container's ({@code host}
   * holds the stored config's host keys). Its binds and volumes-from mounts are registered over the
   * container's mount points (a bind at the same destination replaces one; two at one destination
   * are refused, nothing changed); the config is stored, then checked as the daemon checks it before
   * starting (a refused one stays stored, as the daemon's does).
   */
  public ContainerRecord replaceHostConfig(String arg, ObjectNode host) {
    ContainerRecord updated = store.db().write(c -> {
      ContainerRecord r = find(c, arg);
      ObjectNode config = (ObjectNode) ContainerConfigs.parse(r.config());
      for (String k : HOST_KEYS) {
        config.remove(k);
        if (host.has(k)) {
          config.set(k, host.get(k));
        }
      }
      JsonNode hostOptions = HostSettings.of(config);
      ObjectNode specs = config.deepCopy();
      specs.remove("Volumes"); // the container's anonymous volumes are already mount points
      java.util.Set<String> tmpfs = new java.util.HashSet<>();
      hostOptions.path("Tmpfs").fieldNames().forEachRemaining(tmpfs::add);
      tmpfs.addAll(MountSpecs.tmpfsTargets(config));
      List<MountPoint> added = MountSpecs.parse(specs, volumesFrom(c, hostOptions.path("VolumesFrom")), tmpfs,
          store.paths().root().toAbsolutePath().toString());
      java.util.Map<String, MountPoint> byDestination = new java.util.TreeMap<>();
      MountPoint.of(config).forEach(m -> byDestination.put(m.destination(), m));
      added.forEach(m -> byDestination.put(m.destination(), m));
      List<MountPoint> mounts = new ArrayList<>(byDestination.values());
      config.set(MountPoint.CONFIG_KEY, MountPoint.toJson(mounts));
      dev.berth.volume.VolumeStore.removeUser(c, r.id());
      VolumeMounts.attach(c, store.paths(), r.id(), mounts);
      ContainerStore.updateConfig(c, r.id(), config.toString());
      return ContainerStore.byId(c, r.id()).orElseThrow();
    });
    HostSettings.validate((ObjectNode) ContainerConfigs.parse(updated.config()));
    return updated;
  }

  /**
   * The mount points {@code --volumes-from CONTAINER[:ro|rw]} copies, in flag order: each keeps the
   * source's volume or host path; {@code ro} makes it read-only, {@code rw} cannot make a read-only
   * one writable. A copied volume is never filled from the image.
   */
  private static List<MountPoint> volumesFrom(Connection c, JsonNode specs) throws SQLException {
    List<MountPoint> out = new ArrayList<>();
    for (JsonNode spec : specs) {
      String[] parts = spec.asText().split(":", 2);
      String mode = parts.length > 1 ? parts[1] : "";
      if (!MountSpecs.validVolumesFromMode(mode)) {
        throw new InvalidArgumentException("invalid mode: " + mode);
      }
      ContainerRecord from = referenced(c, parts[0]);
      boolean rw = !List.of(mode.split(",")).contains("ro");
      for (MountPoint m : MountPoint.of(ContainerConfigs.parse(from.config()))) {
        out.add(new MountPoint(m.type(), m.name(), m.source(), m.destination(), m.driver(), "", m.rw() && rw,
            m.propagation(), m.named(), false));
      }
    }
    return out;
  }

  /**
   * A container that another's settings name (--volumes-from, --ipc/--pid container:): the daemon
   * rejects a missing one as an invalid parameter (400), so that a client does not take it for a
   * missing image (404) and try to pull.
   */
  private static ContainerRecord referenced(Connection c, String arg) throws SQLException {
    try {
      return find(c, arg);
    } catch (NotFoundException e) {
      throw new InvalidArgumentException(e.getMessage(), e);
    }
  }

  private static String generateName(Connection c) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String n = NameGenerator.next(attempt);
      if (ContainerStore.byName(c, n).isEmpty()) {
        return n;
      }
    }
  }

  /** Docker's container lookup: full ID, exact name, then unique ID prefix. */
  public static ContainerRecord find(Connection c, String arg) throws SQLException {
    var byId = ContainerStore.byId(c, arg);
    if (byId.isPresent()) {
      return byId.get();
    }
    var byName = ContainerStore.byName(c, arg.startsWith("/") ? arg.substring(1) : arg);
    if (byName.isPresent()) {
      return byName.get();
    }
    var byLink = Links.resolve(c, arg); // a link's name /PARENT/ALIAS names the child
    if (byLink.isPresent()) {
      return ContainerStore.byId(c, byLink.get()).orElseThrow();
    }
    if (!arg.isEmpty() && arg.matches("[0-9a-f]+")) {
      List<ContainerRecord> l = ContainerStore.byIdPrefix(c, arg);
      if (l.size() == 1) {
        return l.get(0);
      }
      if (l.size() > 1) {
        throw new InvalidArgumentException("Multiple IDs found with provided prefix: " + arg);
      }
    }
    throw new NotFoundException("No such container: " + arg);
  }

  /** {@code GET /containers/{id}/changes}: what the container changed in its file system. */
  public List<dev.berth.image.ContainerChanges.Change> changes(String arg) {
    return dev.berth.image.ContainerChanges.of(store, store.db().read(c -> find(c, arg)));
  }

  public ContainerRecord inspect(String arg) {
    return store.db().read(c -> find(c, arg));
  }

  public List<ContainerRecord> list() {
    return store.db().read(ContainerStore::all);
  }

  /** {@code GET /containers/json?all=&limit=&filters=}. */
  public List<ContainerRecord> list(boolean all, int last, Filters filters) {
    return store.db().read(c -> ContainerLister.list(c, all, last, filters,
        r -> HealthState.read(store.paths().container(r.id())).map(HealthState::status).orElse(HealthState.NONE)));
  }

  /**
   * The {@code Image} field of the container list: the reference the container was created from
   * while it still resolves to the container's image, else the full image ID (daemon-semantics §3.7).
   */
  /** The health text {@code ps} shows for a container with a healthcheck, else null. */
  public String healthText(ContainerRecord r) {
    return HealthState.read(store.paths().container(r.id())).map(HealthState::statusText).orElse(null);
  }

  public String imageField(ContainerRecord r) {
    return store.db().read(c -> {
      try {
        if (Names.resolve(c, r.imageRef()).equals(r.imageId())) {
          return r.imageRef();
        }
      } catch (dev.berth.errors.BerthException e) {
        // no longer resolves
      }
      return r.imageId();
    });
  }

  /** Bytes of the container's writable layer (Docker's {@code SizeRw}). */
  public long writableSize(ContainerRecord r) {
    return DirectorySize.of(RootFs.upper(store.paths().container(r.id())));
  }

  /** Size of the container's image (its "virtual" size), 0 when the image is gone. */
  public long imageSize(ContainerRecord r) {
    return store.db().read(c -> ImageStore.ownerSize(c, "c:" + r.id()));
  }

  /** {@code docker rename OLD NEW}, with the daemon's checks in the daemon's order. */
  public void rename(String arg, String newName) {
    if (arg.isEmpty() || newName.isEmpty()) {
      throw new InvalidArgumentException("Neither old nor new names may be empty");
    }
    String name = newName.startsWith("/") ? newName.substring(1) : newName;
    store.db().write(c -> {
      ContainerRecord r = find(c, arg);
      if (r.name().equals(name)) {
        throw new InvalidArgumentException("Renaming a container with the same name as its current name");
      }
      if (!VALID_NAME.matcher(name).matches()) {
        throw new InvalidArgumentException("Error when allocating new name: Invalid container name (/" + name
            + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
      }
      var clash = ContainerStore.byName(c, name);
      if (clash.isPresent()) {
        throw new ConflictException("Error when allocating new name: Conflict. The container name \"/" + name
            + "\" is already in use by container \"" + clash.get().id()
            + "\". You have to remove (or rename) that container to be able to reuse that name.");
      }
      ContainerStore.rename(c, r.id(), name);
      dev.berth.events.EventLog.container(c, "rename", find(c, r.id()), Map.of("oldName", "/" + r.name()));
      return null;
    });
  }

  /**
   * {@code DELETE /containers/{id}?link=1} ({@code rm --link PARENT/ALIAS}): removes the link, not
   * the container it names.
   */
  public void removeLink(String arg) {
    store.db().write(c -> {
      find(c, arg);
      Links.remove(c, arg);
      return null;
    });
  }

  /** The names of every container that has link names ({@code /PARENT/ALIAS}), by ID. */
  public Map<String, List<String>> linkNames() {
    return store.db().read(Links::namesByChild);
  }

  /** {@code DELETE /containers/{id}}: refuses a running container unless forced. */
  public void remove(String arg, boolean force) {
    remove(arg, force, false);
  }

  /**
   * {@code DELETE /containers/{id}?force=&v=}: with {@code removeVolumes} the container's anonymous
   * volumes go too (unless another container uses them).
   */
  public void remove(String arg, boolean force, boolean removeVolumes) {
    ContainerRecord r = store.db().read(c -> find(c, arg));
    if (r.running() && !force) {
      throw new ConflictException(
          "You cannot remove a running container " + r.id()
              + ". Stop the container before attempting removal or force remove");
    }
    if (r.running()) {
      lifecycle.remove(this, r.id(), true, removeVolumes);
      return;
    }
    lifecycle.forget(r);
    List<String> volumes = new ArrayList<>();
    List<LayerRecord> freed = store.db().write(c -> {
      ContainerStore.delete(c, r.id());
      dev.berth.network.Endpoint.release(c, r.id()); // an address a failed start left behind
      volumes.addAll(VolumeMounts.release(c, r.id(), MountPoint.of(ContainerConfigs.parse(r.config())), removeVolumes));
      dev.berth.events.EventLog.container(c, "destroy", r);
      ImageStore.releaseOwner(c, "c:" + r.id());
      // The image may have been deleted earlier (rmi -f while this container was stopped): its
      // layers were kept for this container and are free now.
      List<LayerRecord> out = new ArrayList<>();
      if (ImageStore.find(c, r.imageId()).isEmpty()) {
        for (LayerRecord l : ImageStore.allLayers(c)) {
          out.addAll(ImageStore.deleteUnusedChain(c, l.chainId()));
        }
      }
      return out;
    });
    store.discard(store.paths().container(r.id()));
    for (LayerRecord l : freed) {
      store.discard(store.paths().layerDir(l.chainId()));
    }
    for (String v : volumes) {
      store.discard(store.paths().volumeDir(v));
    }
  }

  /** Result of {@code POST /containers/prune}. */
  public record PruneReport(List<String> deleted, long spaceReclaimed) {}

  private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!", "until");

  public PruneReport prune(Filters filters) {
    filters.validate(PRUNE_FILTERS);
    Long until = null;
    if (filters.has("until")) {
      List<String> v = filters.get("until");
      if (v.size() > 1) {
        throw new dev.berth.errors.SystemException("more than one until filter specified");
      }
      until = TimeFilter.parse(v.get(0), BerthStore.nowNs());
    }
    List<String> deleted = new ArrayList<>();
    for (ContainerRecord r : list()) {
      if (r.running()) {
        continue;
      }
      if (until != null && r.createdNs() > until) {
        continue;
      }
      Map<String, String> labels = ContainerConfigs.labels(r.config());
      if (filters.has("label") && !Labels.matchAll(labels, filters.get("label"))) {
        continue;
      }
      if (filters.has("label!") && Labels.matchAny(labels, filters.get("label!"))) {
        continue;
      }
      remove(r.id(), false);
      deleted.add(r.id());
    }
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.prune(c, "container", 0));
    return new PruneReport(deleted, 0);
  }
}
