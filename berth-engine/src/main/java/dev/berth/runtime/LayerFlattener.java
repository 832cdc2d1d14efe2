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
    List<String> entries = new ArrayList<>();
    // Deletions first: they act on what the lower layers left in dest.
    Files.walkFileTree(layer, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(layer)) {
          Path target = dest.resolve(layer.relativize(dir).toString());
          if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
          }
          if (Xattrs.get(dir, opaqueXattr).isPresent() && Files.isDirectory(target)) {
            clearChildren(target);
          }
          entries.add(layer.relativize(dir).toString());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path target = dest.resolve(layer.relativize(file).toString());
        boolean whiteout = isWhiteout(file, attrs);
        if (whiteout || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(target);
        }
        if (!whiteout) {
          entries.add(layer.relativize(file).toString());
        }
        return FileVisitResult.CONTINUE;
      }
    });
    copyEntries(layer, entries, dest);
  }

  // tar | tar keeps owners, modes, times, devices and xattrs; whiteouts are left out of the list
  // (a 0:0 device cannot even be created on an overlayfs), and so are overlay's own xattrs.
  private static void copyEntries(Path layer, List<String> entries, Path dest) throws IOException {
    ProcessBuilder create = new ProcessBuilder("tar", "-C", layer.toString(), "--null",
        "--no-recursion", "-T", "-", "--xattrs", "--xattrs-include=*", "-cf", "-");
    ProcessBuilder extract = new ProcessBuilder("tar", "-C", dest.toString(), "--numeric-owner",
        "--same-owner", "-p", "--xattrs", "--xattrs-include=*",
        "--xattrs-exclude=trusted.overlay.*", "--xattrs-exclude=user.overlay.*", "-xf", "-");
    create.redirectError(ProcessBuilder.Redirect.DISCARD);
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(create, extract));
    try (var names = pipeline.getFirst().getOutputStream()) {
      for (String e : entries) {
        names.write(e.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        names.write(0);
      }
    }
    Process last = pipeline.getLast();
    last.getInputStream().close();
    String err = new String(last.getErrorStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    try {
      int rcCreate = pipeline.getFirst().waitFor();
      int rcExtract = last.waitFor();
      if (rcCreate != 0 || rcExtract != 0) {
        throw new SystemException("copying layer " + layer + ": " + err.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while copying layer " + layer, e);
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
