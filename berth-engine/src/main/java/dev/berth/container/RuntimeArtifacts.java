package dev.berth.container;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the runtime adds to a container's writable layer that is never part of an image. */
public final class RuntimeArtifacts {
  private RuntimeArtifacts() {}

  /**
   * Removes what the runtime itself put into the container's upper directory (the mount points of
   * /etc/hosts, /etc/hostname, /etc/resolv.conf, /proc, /sys, /dev): Docker keeps those in the
   * container's init layer, so they are never part of a committed step. Writes to the bind-mounted
   * files never land here, so nothing the RUN command did is lost.
   */
  public static void drop(Path upper) {
    try {
      for (String f : List.of("etc/hosts", "etc/hostname", "etc/resolv.conf", ".dockerenv")) {
        Path p = upper.resolve(f);
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(p) == 0) {
          Files.delete(p);
        }
      }
      for (String d : List.of("proc", "sys", "dev", "etc")) {
        Path p = upper.resolve(d);
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && isEmptyDir(p)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new SystemException("cleaning the container's changes: " + e.getMessage(), e);
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
