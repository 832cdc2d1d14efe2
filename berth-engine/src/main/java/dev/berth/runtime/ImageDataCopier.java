package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seeds a fresh volume with what the image holds at the volume's destination (the daemon's copy
 * of image data into new volumes): contents, owners, modes and times, and the directory's own
 * owner and mode.
 */
public final class ImageDataCopier {
  private ImageDataCopier() {}

  /** True for a directory with no entries (or a missing one): only those are seeded. */
  public static boolean isEmptyDirectory(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Cheap pre-check before mounting a rootfs: could any layer hold {@code containerPath}? True
   * when a layer has the path or a symlink on the way to it (resolved only in the mounted rootfs).
   */
  public static boolean mayExist(List<Path> layers, String containerPath) {
    for (Path layer : layers) {
      Path p = layer;
      for (String part : containerPath.split("/")) {
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          return true;
        }
        p = p.resolve(part);
        if (Files.isSymbolicLink(p)) {
          return true;
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          break;
        }
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(layer)) {
        return true;
      }
    }
    return false;
  }

  /** Copies {@code rootfs/containerPath} (a directory, symlinks resolved in the rootfs) into {@code volume}. */
  public static void copy(Path rootfs, String containerPath, Path volume) {
    Path source;
    try {
      source = RootfsPaths.secureJoin(rootfs, containerPath);
    } catch (IOException e) {
      throw new SystemException("copying image data to volume: " + e.getMessage(), e);
    }
    if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // cp -a of "src/." onto the volume directory copies the tree and the directory's own owner,
    // mode and times, keeping devices, links and xattrs
    HostCommand.Result r = HostCommand.run(List.of("cp", "-a", "--", source + "/.", volume.toString()));
    if (!r.ok()) {
      throw new SystemException("copying image data to volume: " + r.message());
    }
  }
}
