package dev.berth.container;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code docker cp}'s placement rules between two already resolved host paths (either side may lie
 * inside a container's root): a file into an existing directory keeps its name, a directory onto a
 * missing path becomes that path, a source ending in "/." gives only its contents, and a directory
 * never replaces a file.
 */
public final class TreeCopy {
  private TreeCopy() {}

  /** What the copy is: the source and how it was written, the destination and how it was written. */
  public record Request(Path source, String sourceName, boolean onlyContents,
                        Path destination, String destinationName, boolean destinationTrailingSep,
                        boolean directoryOwners) {
    public Request(Path source, String sourceName, boolean onlyContents,
                   Path destination, String destinationName, boolean destinationTrailingSep) {
      this(source, sourceName, onlyContents, destination, destinationName, destinationTrailingSep, false);
    }

    /** The same, copying the directories' owners too (a copy into a container, as the daemon extracts it). */
    public Request withDirectoryOwners() {
      return new Request(source, sourceName, onlyContents, destination, destinationName, destinationTrailingSep, true);
    }
  }

  /** Performs the copy; errors carry the docker CLI's / daemon's wording. */
  public static void copy(Request q) {
    boolean srcDir = Files.isDirectory(q.source(), LinkOption.NOFOLLOW_LINKS);
    Path dst = q.destination();
    try {
      if (Files.isDirectory(dst)) {
        if (srcDir && q.onlyContents()) {
          contents(q.source(), dst, q.directoryOwners());
        } else {
          one(q.source(), dst.resolve(baseName(q.sourceName())), q.directoryOwners());
        }
        return;
      }
      if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
        if (srcDir) {
          throw new InvalidArgumentException("cannot copy directory");
        }
        one(q.source(), dst, q.directoryOwners());
        return;
      }
      if (!srcDir && q.destinationTrailingSep()) {
        throw new InvalidArgumentException("no such directory");
      }
      Path parent = dst.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new InvalidArgumentException("no such directory");
      }
      if (srcDir) {
        Files.createDirectory(dst);
        contents(q.source(), dst, q.directoryOwners());
        copyTimesAndMode(q.source(), dst, q.directoryOwners());
      } else {
        one(q.source(), dst, q.directoryOwners());
      }
    } catch (IOException e) {
      throw new SystemException(e.getMessage());
    }
  }

  /**
   * Where a copy onto the host path {@code p} lands: a symlink there is followed (a relative
   * target from the link's directory), again while the result is a link, at most 10 times, so the
   * link itself is never replaced; a broken link gives its missing target.
   */
  public static Path followDestination(Path p) {
    Path path = p;
    for (int n = 0; Files.isSymbolicLink(path); n++) {
      if (n > 10) {
        throw new InvalidArgumentException("too many symlinks in " + p);
      }
      try {
        Path target = Files.readSymbolicLink(path);
        Path parent = path.getParent();
        path = (target.isAbsolute() || parent == null ? target : parent.resolve(target)).normalize();
      } catch (IOException e) {
        throw new SystemException(e.getMessage());
      }
    }
    return path;
  }

  /** The last path element of {@code name} as written ("/a/b/" gives "b"). */
  static String baseName(String name) {
    String s = name;
    while (s.endsWith("/") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    int i = s.lastIndexOf('/');
    String base = i < 0 ? s : s.substring(i + 1);
    return base.isEmpty() || base.equals(".") ? "." : base;
  }

  private static void contents(Path srcDir, Path dstDir, boolean owners) throws IOException {
    List<Path> children;
    try (Stream<Path> list = Files.list(srcDir)) {
      children = list.sorted().toList();
    }
    for (Path c : children) {
      one(c, dstDir.resolve(c.getFileName().toString()), owners);
    }
  }

  private static void one(Path src, Path dst, boolean owners) throws IOException {
    if (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(dst);
        Files.createDirectory(dst);
      }
      contents(src, dst, owners);
      copyTimesAndMode(src, dst, owners);
      return;
    }
    if (Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidArgumentException("cannot overwrite directory " + dst.getFileName() + " with non-directory");
    }
    try {
      Files.copy(src, dst, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING,
          LinkOption.NOFOLLOW_LINKS);
    } catch (FileAlreadyExistsException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTimesAndMode(Path src, Path dst, boolean owners) throws IOException {
    BasicFileAttributes a = Files.readAttributes(src, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Files.setPosixFilePermissions(dst, Files.getPosixFilePermissions(src, LinkOption.NOFOLLOW_LINKS));
    Files.getFileAttributeView(dst, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(a.lastModifiedTime(), a.lastAccessTime(), null);
    if (owners) {
      copyOwner(src, dst);
    }
  }

  /**
   * A directory keeps its owner as its files do (they are copied with their attributes): the
   * daemon extracts the tar the docker CLI sends with the host's uid and gid. Without the right to
   * change owners the copy stays the caller's.
   */
  static void copyOwner(Path src, Path dst) throws IOException {
    Object uid = Files.getAttribute(src, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    Object gid = Files.getAttribute(src, "unix:gid", LinkOption.NOFOLLOW_LINKS);
    try {
      if (!uid.equals(Files.getAttribute(dst, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
        Files.setAttribute(dst, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
      }
      if (!gid.equals(Files.getAttribute(dst, "unix:gid", LinkOption.NOFOLLOW_LINKS))) {
        Files.setAttribute(dst, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (java.nio.file.FileSystemException e) {
      // not ours to give away
    }
  }
}
