package dev.berth.volume;

import dev.berth.errors.SystemException;
import dev.berth.runtime.HostMount;
import dev.berth.runtime.MountTable;
import dev.berth.store.StorePaths;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Local volumes created with mount options ({@code type}, {@code device}, {@code o}): their data
 * directory is a mount made when a container using the volume starts and released when the last
 * running container using it stops, like the local driver's reference count. A tmpfs volume thus
 * keeps its files while any container runs with it, and starts empty again after.
 *
 * <p>Callers hold the store's write transaction, which serialises these decisions between processes.
 */
public final class LocalVolumeMounts {
  private LocalVolumeMounts() {}

  /** Whether a volume with these options is a mount rather than a plain directory. */
  static boolean needsMount(Map<String, String> options) {
    return options != null
        && (!options.getOrDefault("type", "").isEmpty() || !options.getOrDefault("device", "").isEmpty());
  }

  /**
   * Whether any of {@code volumes} is a mount: checked in a read before taking the write lock, so a
   * container with plain volumes starts and goes without a write transaction of its own.
   */
  public static boolean anyIsAMount(Connection c, List<String> volumes) throws SQLException {
    for (String name : volumes) {
      VolumeRecord v = VolumeStore.find(c, name).orElse(null);
      if (v != null && needsMount(v.options())) {
        return true;
      }
    }
    return false;
  }

  /** Mounts those of {@code volumes} that are mounts and are not mounted yet. */
  public static void mount(Connection c, StorePaths paths, List<String> volumes) throws SQLException {
    for (String name : volumes) {
      VolumeRecord v = VolumeStore.find(c, name).orElse(null);
      if (v == null || !needsMount(v.options())) {
        continue;
      }
      Path data = paths.volumeData(name);
      if (MountTable.isMountPoint(data)) {
        continue;
      }
      if (v.options().getOrDefault("device", "").isEmpty()) {
        throw new SystemException("error while mounting volume '" + data + "': missing device in volume options");
      }
      try {
        HostMount.mount(v.options().getOrDefault("type", ""), v.options().get("device"),
            v.options().getOrDefault("o", ""), data);
      } catch (SystemException e) {
        throw new SystemException("error while mounting volume '" + data + "': " + e.getMessage(), e);
      }
    }
  }

  /**
   * Unmounts the mounted volumes of container {@code containerId} that no other running (or paused)
   * container uses.
   */
  public static void release(Connection c, StorePaths paths, String containerId) throws SQLException {
    for (String name : VolumeStore.volumesOf(c, containerId)) {
      VolumeRecord v = VolumeStore.find(c, name).orElse(null);
      if (v != null && needsMount(v.options()) && !VolumeStore.usedByAnotherRunningContainer(c, name, containerId)) {
        HostMount.unmount(paths.volumeData(name));
      }
    }
  }

  /** Unmounts volume {@code name} before its directory goes ({@code volume rm}, {@code volume prune}). */
  public static void unmount(StorePaths paths, String name) {
    HostMount.unmount(paths.volumeData(name));
  }
}
