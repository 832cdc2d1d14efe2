package dev.berth.image;

import dev.berth.layer.NativeFs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a container's overlay upper directory as an OCI layer tar: overlay whiteouts (character
 * devices 0/0) become {@code .wh.NAME} entries, opaque directories get a {@code .wh..wh..opq}
 * entry, everything else keeps its type, mode, owner and modification time. Entries are sorted.
 */
final class UpperDirTar {
  private UpperDirTar() {}

  /** Writes {@code upper} without the entries of {@code skip} (and anything below them). */
  static void write(Path upper, OutputStream out, Set<Path> skip) throws IOException {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(upper)) {
        paths = walk.filter(p -> !p.equals(upper) && skip.stream().noneMatch(p::startsWith)).sorted().toList();
      }
      for (Path p : paths) {
        String name = upper.relativize(p).toString();
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int gid = (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        long rdev = (Long) Files.getAttribute(p, "unix:rdev", LinkOption.NOFOLLOW_LINKS);
        boolean charDevice = (mode & 0170000) == NativeFs.S_IFCHR;
        if (charDevice && rdev == 0) {
          String parent = p.getParent().equals(upper) ? "" : upper.relativize(p.getParent()) + "/";
          put(tar, new TarArchiveEntry(parent + ".wh." + p.getFileName(), true), 0, 0, 0, a, null);
          continue;
        }
        if (charDevice || (mode & 0170000) == 0060000) {
          continue; // devices other than whiteouts are not part of a layer
        }
        TarArchiveEntry e;
        if (a.isSymbolicLink()) {
          e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
          e.setLinkName(Files.readSymbolicLink(p).toString());
        } else if (a.isDirectory()) {
          e = new TarArchiveEntry(name + "/");
        } else if ((mode & 0170000) == NativeFs.S_IFIFO) {
          e = new TarArchiveEntry(name, TarArchiveEntry.LF_FIFO);
        } else {
          e = new TarArchiveEntry(name);
          e.setSize(a.size());
        }
        put(tar, e, mode & 07777, uid, gid, a, a.isRegularFile() ? p : null);
        if (a.isDirectory() && opaque(p)) {
          put(tar, new TarArchiveEntry(name + "/.wh..wh..opq", true), 0, 0, 0, a, null);
        }
      }
      tar.finish();
    }
  }

  private static boolean opaque(Path dir) {
    try {
      byte[] v = NativeFs.lgetxattr(dir, "trusted.overlay.opaque");
      return v != null && v.length == 1 && v[0] == 'y';
    } catch (IOException e) {
      return false;
    }
  }

  private static void put(TarArchiveOutputStream tar, TarArchiveEntry e, int mode, int uid, int gid,
      PosixFileAttributes a, Path body) throws IOException {
    e.setMode(e.isDirectory() ? 040000 | mode : e.isSymbolicLink() ? 0120000 | mode : e.isFIFO() ? 010000 | mode : 0100000 | mode);
    e.setIds(uid, gid);
    e.setUserName("");
    e.setGroupName("");
    e.setModTime(a.lastModifiedTime());
    tar.putArchiveEntry(e);
    if (body != null) {
      try (InputStream in = Files.newInputStream(body)) {
        in.transferTo(tar);
      }
    }
    tar.closeArchiveEntry();
  }
}
