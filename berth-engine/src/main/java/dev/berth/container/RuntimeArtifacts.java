package dev.berth.container;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    drop(of(upper));
  }

  /** Removes {@code artifacts} (as {@link #of} lists them: files before their directories). */
  public static void drop(Set<Path> artifacts) {
    try {
      for (Path p : artifacts) {
        Files.delete(p); // files first, then the directories they emptied
      }
    } catch (IOException e) {
      throw new SystemException("cleaning the container's changes: " + e.getMessage(), e);
    }
  }

  /**
   * The runtime's own entries of an upper directory, as {@link #drop} would remove them (files
   * before the directories they leave empty), without touching it: a running container's upper
   * directory must not change under its overlay mount.
   */
  public static Set<Path> of(Path upper) {
    return of(upper, dir -> false);
  }

  /**
   * As {@link #of(Path)}, where {@code changedByContainer} tells whether the mode or owner of one of
   * the directories ({@code "etc"}, ...) differs from the image's: such a directory is a change of
   * the container (a {@code chown /etc}), not the runtime's mount point.
   */
  public static Set<Path> of(Path upper, java.util.function.Predicate<String> changedByContainer) {
    Set<Path> out = new LinkedHashSet<>();
    try {
      for (String f : List.of("etc/hosts", "etc/hostname", "etc/resolv.conf", ".dockerenv")) {
        Path p = upper.resolve(f);
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.size(p) == 0) {
          out.add(p);
        }
      }
      for (String d : List.of("proc", "sys", "dev", "etc")) {
        Path p = upper.resolve(d);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !changedByContainer.test(d) && emptyBesides(p, out)) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new SystemException("reading the container's changes: " + e.getMessage(), e);
    }
    return out;
  }

  private static boolean emptyBesides(Path dir, Set<Path> gone) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.allMatch(gone::contains);
    }
  }
}
