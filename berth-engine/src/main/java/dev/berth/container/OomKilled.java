package dev.berth.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code State.OOMKilled}: the OOM killer struck during the container's last run. A marker file of
 * the container's directory, set when the exit is recorded and cleared by the next start, as the
 * daemon resets the flag when a container runs again.
 */
final class OomKilled {
  private static final String FILE = "oom-killed";

  private OomKilled() {}

  static void mark(Path containerDir) {
    try {
      Files.createDirectories(containerDir);
      Files.writeString(containerDir.resolve(FILE), "");
    } catch (IOException e) {
      // informative only: the exit code (137) and the oom event still tell
    }
  }

  static void clear(Path containerDir) {
    try {
      Files.deleteIfExists(containerDir.resolve(FILE));
      Files.deleteIfExists(containerDir.resolve(SEEN));
    } catch (IOException e) {
      // a stale flag shows in inspect until the next start
    }
  }

  static boolean is(Path containerDir) {
    return Files.exists(containerDir.resolve(FILE));
  }

  private static final String SEEN = "oom-seen";

  /**
   * Records that the container's memory cgroup was found out of memory while it ran (with the OOM
   * killer disabled it stays so, its processes waiting): true the first time, when the daemon's
   * {@code oom} event is due; the exit then sets {@code State.OOMKilled}.
   */
  static boolean seen(Path containerDir) {
    Path f = containerDir.resolve(SEEN);
    if (Files.exists(f)) {
      return false;
    }
    try {
      Files.writeString(f, "");
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether an OOM was seen during the run; forgets it (the exit or the next start). */
  static boolean takeSeen(Path containerDir) {
    try {
      return Files.deleteIfExists(containerDir.resolve(SEEN));
    } catch (IOException e) {
      return false;
    }
  }
}
