package dev.berth.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.build.CommitChanges;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.container.ContainerState;
import dev.berth.image.ImageCommitter;
import dev.berth.image.Names;
import dev.berth.image.ImageService;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import dev.berth.volume.VolumeService;

/** The in-process engine: one open store and the services that implement Docker's semantics. */
public final class Engine implements AutoCloseable {
  private final BerthStore store;
  private final ImageService images;
  private final VolumeService volumes;
  // Made on first use: image commands never need the runtime.
  private ContainerService containers;
  private dev.berth.container.ContainerLifecycle lifecycle;

  private Engine(BerthStore store) {
    this.store = store;
    this.images = new ImageService(store);
    this.volumes = new VolumeService(store);
  }

  /**
   * What conmon runs when a container exits, so the row is updated without any daemon: the berth
   * launcher ({@code BERTH_LAUNCHER}, set by bin/berth) on this store. Without a launcher the next
   * berth command reconciles instead.
   */
  private static java.util.List<String> launcherCommand(BerthStore store, String... command) {
    String launcher = System.getenv("BERTH_LAUNCHER");
    if (launcher == null || launcher.isEmpty()) {
      return java.util.List.of();
    }
    java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of(launcher, "--root",
        store.paths().root().toString(), "--runroot", store.paths().runRoot().toString()));
    argv.addAll(java.util.List.of(command));
    return java.util.List.copyOf(argv);
  }

  /**
   * The command line that runs berth itself on this store ({@code BERTH_LAUNCHER} with the store's
   * root and run root) followed by {@code command}; empty without a launcher.
   */
  public java.util.List<String> launcher(String... command) {
    return launcherCommand(store, command);
  }

  /**
   * The same launcher runs a container's healthcheck in a process of its own ({@code container
   * health-monitor}); without a launcher no probe runs and the health stays {@code starting}.
   */
  public synchronized dev.berth.container.ContainerLifecycle lifecycle() {
    if (lifecycle == null) {
      lifecycle = new dev.berth.container.ContainerLifecycle(store, launcherCommand(store, "container", "cleanup"),
          launcherCommand(store, "container", "health-monitor"));
      lifecycle.dnsCommand(launcherCommand(store, "container", "network-dns"));
    }
    return lifecycle;
  }

  public static Engine open(StorePaths paths) {
    BerthStore store = BerthStore.open(paths);
    try {
      recoverFromKilledProcesses(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return new Engine(store);
  }

  /**
   * A process killed while it had the store open may have left a layer or container directory
   * whose row never committed (or whose row was deleted just before the kill): repair removes
   * those before anyone looks, so a kill never shows as a problem or leaks disk.
   */
  private static void recoverFromKilledProcesses(BerthStore store) {
    var dead = store.sessions().dead();
    if (!dead.isEmpty()) {
      new dev.berth.check.StoreCheck(store).repair();
      store.sessions().forget(dead);
    }
  }

  public BerthStore store() {
    return store;
  }

  public ImageService images() {
    return images;
  }

  public synchronized ContainerService containers() {
    if (containers == null) {
      containers = new ContainerService(store, lifecycle());
    }
    return containers;
  }

  public VolumeService volumes() {
    return volumes;
  }

  /** {@code network connect} / {@code disconnect}. */
  public dev.berth.container.NetworkConnections connections() {
    return new dev.berth.container.NetworkConnections(store, lifecycle());
  }

  /** The predefined networks ({@code none}, {@code host}). */
  public dev.berth.network.NetworkService networks() {
    return new dev.berth.network.NetworkService(store);
  }

  /**
   * {@code docker commit}: the changes are applied to the config first (a bad change fails before
   * anything else happens); a running container is frozen while its layer is copied (Docker's
   * default; {@code pause} off copies it live) and thawed afterwards, a paused one stays paused.
   * Returns the new image ID.
   */
  public String commit(CommitRequest req) {
    if (req.reference() != null && !req.reference().isEmpty()) {
      Names.tagTarget(req.reference()); // a bad reference fails first, as in the client and the daemon's router
    }
    ContainerRecord r = lifecycle().reconcile(containers().inspect(req.container()));
    JsonNode config = CommitChanges.apply(req.config(), ImageCommitter.containerConfig(r), req.changes());
    boolean freeze = req.pause() && r.state() == ContainerState.RUNNING;
    if (freeze) {
      lifecycle().pause(r.id());
    }
    try {
      return new ImageCommitter(store).commit(r, req.reference(), req.author(), req.message(), config);
    } finally {
      if (freeze) {
        lifecycle().unpause(r.id());
      }
    }
  }

  public dev.berth.gc.DiskUsage diskUsage() {
    return new dev.berth.gc.DiskUsageCalculator(store, images).compute();
  }

  @Override
  public void close() {
    store.close();
  }
}
