package dev.berth.volume;

import dev.berth.errors.SystemException;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The volume side of creating and removing a container; runs in the container's transaction. */
public final class VolumeMounts {
  private VolumeMounts() {}

  /**
   * Creates the volumes the container's mount points name that do not exist yet (anonymous when
   * the user did not name them) and records the container as their user.
   */
  public static void attach(Connection c, StorePaths paths, String containerId, List<MountPoint> mounts)
      throws SQLException {
    for (MountPoint m : mounts) {
      if (!m.isVolume()) {
        continue;
      }
      if (VolumeStore.find(c, m.name()).isEmpty()) {
        createDirectory(paths, m.name());
        VolumeStore.insert(c, new VolumeRecord(m.name(), VolumeRecord.LOCAL, BerthStore.nowNs(), null, null, !m.named()));
      }
      VolumeStore.addUser(c, m.name(), containerId);
      dev.berth.events.EventLog.volume(c, "create", m.name(), java.util.Map.of());
    }
  }

  /** Creates the named volumes that do not exist yet, with no user (see {@link DuplicateMountPointException}). */
  public static void createUnused(Connection c, StorePaths paths, List<String> names) throws SQLException {
    for (String name : names) {
      if (VolumeStore.find(c, name).isEmpty()) {
        createDirectory(paths, name);
        VolumeStore.insert(c, new VolumeRecord(name, VolumeRecord.LOCAL, BerthStore.nowNs(), null, null, false));
      }
    }
  }

  /**
   * Forgets the container's volume uses. With {@code removeAnonymous} ({@code rm -v}, {@code run
   * --rm}) the volumes it got without naming them are deleted unless another container still uses
   * them. Returns the deleted volume names: the caller discards their directories after commit.
   */
  public static List<String> release(Connection c, String containerId, List<MountPoint> mounts,
      boolean removeAnonymous) throws SQLException {
    VolumeStore.removeUser(c, containerId);
    List<String> deleted = new ArrayList<>();
    if (!removeAnonymous) {
      return deleted;
    }
    for (MountPoint m : mounts) {
      if (m.isVolume() && !m.named() && VolumeStore.find(c, m.name()).isPresent()
          && VolumeStore.users(c, m.name()).isEmpty()) {
        VolumeStore.delete(c, m.name());
        dev.berth.events.EventLog.volume(c, "destroy", m.name(), java.util.Map.of());
        deleted.add(m.name());
      }
    }
    return deleted;
  }

  /** Makes {@code volumes/<name>/_data} before the row that names it is committed. */
  static void createDirectory(StorePaths paths, String name) {
    try {
      Files.createDirectories(paths.volumeData(name));
    } catch (IOException e) {
      throw new SystemException("create " + name + ": " + e.getMessage(), e);
    }
  }
}
