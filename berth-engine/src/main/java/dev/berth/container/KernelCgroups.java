package dev.berth.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What this host's cgroups can control, looked up as dockerd's sysinfo does. */
final class KernelCgroups {
  private static final Path ROOT = Path.of("/sys/fs/cgroup");

  private KernelCgroups() {}

  /**
   * The Block I/O weight: cgroup v1 needs {@code blkio.weight} in the blkio hierarchy (absent when the
   * disk's scheduler has no weights); cgroup v2 the {@code io} controller.
   */
  static boolean blkioWeight() {
    Path controllers = ROOT.resolve("cgroup.controllers");
    if (Files.exists(controllers)) {
      try {
        return List.of(Files.readString(controllers).strip().split("\\s+")).contains("io");
      } catch (IOException e) {
        return false;
      }
    }
    return Files.exists(ROOT.resolve("blkio").resolve("blkio.weight"));
  }

  /**
   * A cgroup v1 blkio file ({@code blkio.weight_device}, {@code blkio.throttle.read_bps_device}, ...);
   * with cgroup v2 the {@code io} controller has them all.
   */
  static boolean blkioFile(String name) {
    if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
      return blkioWeight();
    }
    return Files.exists(ROOT.resolve("blkio").resolve(name));
  }
}
