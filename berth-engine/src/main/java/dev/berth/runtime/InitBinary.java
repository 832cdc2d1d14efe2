package dev.berth.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The init process of {@code --init} (Docker's docker-init, which is tini): found on the host at
 * fixed paths, bind-mounted read-only at {@link #IN_CONTAINER} and run as the container's first
 * process with the command after {@code --}. Static builds come first: the container may have no
 * libc.
 */
public final class InitBinary {
  /** Where Docker mounts it, and the path its process list shows. */
  public static final String IN_CONTAINER = "/sbin/docker-init";

  /** Host paths looked at, in order (Debian's docker.io links docker-init to tini-static). */
  public static final List<Path> CANDIDATES = List.of(
      Path.of("/usr/bin/tini-static"),
      Path.of("/usr/bin/docker-init"),
      Path.of("/usr/libexec/docker/docker-init"),
      Path.of("/usr/local/bin/docker-init"),
      Path.of("/usr/local/bin/tini-static"));

  private InitBinary() {}

  /** The first executable candidate, symlinks resolved. */
  public static Optional<Path> find() {
    return find(CANDIDATES);
  }

  static Optional<Path> find(List<Path> candidates) {
    for (Path p : candidates) {
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        try {
          return Optional.of(p.toRealPath());
        } catch (java.io.IOException e) {
          // vanished between the checks: try the next one
        }
      }
    }
    return Optional.empty();
  }

  /** The process's argv under the init: {@code /sbin/docker-init -- ARGV...}. */
  public static List<String> wrap(List<String> argv) {
    List<String> out = new java.util.ArrayList<>(List.of(IN_CONTAINER, "--"));
    out.addAll(argv);
    return List.copyOf(out);
  }
}
