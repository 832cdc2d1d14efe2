package dev.berth.container;

import dev.berth.errors.SystemException;
import dev.berth.runtime.HostMount;
import dev.berth.runtime.KernelSettings;
import dev.berth.runtime.MountTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A shareable container's /dev/shm on the host, as the daemon keeps it: a tmpfs at {@code
 * containers/ID/mounts/shm} (mode 1777, {@code --shm-size} or 64 MiB), mounted when the container
 * starts, bound at /dev/shm in it and in every container that joins its IPC namespace, unmounted
 * when it stops.
 */
final class ShmMount {
  private ShmMount() {}

  static Path path(Path containerDir) {
    return containerDir.resolve("mounts").resolve("shm");
  }

  /** The tmpfs's mount options: the daemon's flags and {@code mode=1777,size=BYTES}. */
  static String options(long shmSize) {
    return "nosuid,nodev,noexec,mode=1777,size=" + (shmSize > 0 ? shmSize : KernelSettings.DEFAULT_SHM_SIZE);
  }

  /** Mounts the tmpfs at {@code shm} unless something is mounted there already. */
  static void mount(Path shm, long shmSize) {
    try {
      Files.createDirectories(shm);
    } catch (IOException e) {
      throw new SystemException("mkdir " + shm + ": " + e.getMessage(), e);
    }
    if (!MountTable.isMountPoint(shm)) {
      HostMount.mount("tmpfs", "shm", options(shmSize), shm);
    }
  }

  static void unmount(Path shm) {
    if (Files.isDirectory(shm)) {
      HostMount.unmount(shm);
    }
  }
}
