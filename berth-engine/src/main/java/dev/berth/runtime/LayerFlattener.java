package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The copy fallback for hosts without a usable overlayfs: applies overlay-format layer
 * directories (0:0 character-device whiteouts, opaque-directory xattrs) one after another into a
 * plain directory, giving the same tree an overlay mount would show.
 */
public final class LayerFlattener {
  private final String opaqueXattr;

  /** @param opaqueXattr {@code trusted.overlay.opaque} or {@code user.overlay.opaque} */
  public LayerFlattener(String opaqueXattr) {
    this.opaqueXattr = opaqueXattr;
  }

  /** Applies the layers, bottom layer first, into {@code dest}. */
  public void flatten(List<Path> layersBottomFirst, Path dest) {
    try {
      Files.createDirectories(dest);
      for (Path layer : layersBottomFirst) {
        apply(layer, dest);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void apply(Path layer, Path dest) throws IOException {
    List<Path> whiteouts = new ArrayList<>();
    // Deletions first: they act on what the lower layers left in dest.
    Files.walkFileTree(layer, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        Path target = dest.resolve(layer.relativize(dir).toString());
        if (!dir.equals(layer)) {
          if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
          }
          if (Xattrs.get(dir, opaqueXattr).isPresent() && Files.isDirectory(target)) {
            clearChildren(target);
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path target = dest.resolve(layer.relativize(file).toString());
        if (isWhiteout(file, attrs)) {
          whiteouts.add(target);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || isWhiteout(file, attrs)) {
          deleteTree(target);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    HostCommand.Result cp =
        HostCommand.run(List.of("cp", "-a", "--", layer + "/.", dest + "/"));
    if (!cp.ok()) {
      throw new SystemException("copying layer " + layer + ": " + cp.message());
    }
    for (Path w : whiteouts) {
      Files.deleteIfExists(w);
    }
  }

  static boolean isWhiteout(Path file, BasicFileAttributes attrs) throws IOException {
    return attrs.isOther()
        && ((Number) Files.getAttribute(file, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).longValue()
            == 0
        && ((Number) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue()
            >> 12 == 2; // S_IFCHR
  }

  private static void clearChildren(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      for (Path c : children.toList()) {
        deleteTree(c);
      }
    }
  }

  /** Removes a file or a whole directory tree, never following symlinks. */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
