package dev.berth.container;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar Docker's archive endpoint sends for one path: the path itself under {@code name}, then
 * (for a directory) its tree beneath, each directory's entries by name; symlinks stay links.
 */
public final class PathTar {
  private PathTar() {}

  /** Writes the tar of {@code source} named {@code name} to {@code out} (which stays open). */
  public static void write(Path source, String name, OutputStream out) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    entry(tar, source, name);
    tar.finish();
    tar.flush();
  }

  /**
   * Writes the tar of the entries under directory {@code dir}, named relative to it and without an
   * entry for {@code dir} itself (the daemon's archive of a directory's contents).
   */
  public static void writeContents(Path dir, OutputStream out) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    }
    for (Path c : children) {
      entry(tar, c, c.getFileName().toString());
    }
    tar.finish();
    tar.flush();
  }

  private static void entry(TarArchiveOutputStream tar, Path p, String name) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    TarArchiveEntry e;
    if (a.isSymbolicLink()) {
      e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      e.setLinkName(Files.readSymbolicLink(p).toString());
    } else if (a.isDirectory()) {
      e = new TarArchiveEntry(name + "/");
    } else {
      e = new TarArchiveEntry(name);
      e.setSize(a.isRegularFile() ? a.size() : 0);
    }
    e.setMode(mode(a.permissions()) | (a.isDirectory() ? 040000 : a.isSymbolicLink() ? 0120000 : 0100000));
    e.setModTime(a.lastModifiedTime());
    Object uid = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    Object gid = Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
    e.setUserId(((Number) uid).longValue());
    e.setGroupId(((Number) gid).longValue());
    tar.putArchiveEntry(e);
    if (a.isRegularFile()) {
      Files.copy(p, tar);
    }
    tar.closeArchiveEntry();
    if (a.isDirectory()) {
      List<Path> children;
      try (Stream<Path> list = Files.list(p)) {
        children = list.sorted().toList();
      }
      for (Path c : children) {
        entry(tar, c, name + "/" + c.getFileName());
      }
    }
  }

  private static int mode(Set<PosixFilePermission> perms) {
    int m = 0;
    for (PosixFilePermission x : perms) {
      m |= 1 << (8 - x.ordinal());
    }
    return m;
  }

  /** The last element of a path as {@code docker cp} names the copy: trailing slashes ignored. */
  public static String baseName(String path) {
    // the daemon cleans the path first ("/a/b/.." names "a"), keeping a trailing "/."
    String s = path.endsWith("/.") || !java.util.List.of(path.split("/")).contains("..") ? path
        : ContainerFiles.cleanPath(path);
    while (s.endsWith("/") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    int i = s.lastIndexOf('/');
    return i < 0 ? s : s.substring(i + 1);
  }
}
