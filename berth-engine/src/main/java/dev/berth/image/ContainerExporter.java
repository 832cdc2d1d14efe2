package dev.berth.image;

import dev.berth.container.ContainerRecord;
import dev.berth.errors.SystemException;
import dev.berth.runtime.RootFs;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * {@code docker export}: the container's whole filesystem (its image's layers under its writable
 * layer) as one tar, in the order Go's {@code filepath.Walk} visits it (each directory's entries by
 * name), hard links as link entries, sockets left out. The mount points Docker keeps in a
 * container's init layer (/.dockerenv, /etc/hosts, /etc/mtab, /proc, ...) are part of it as Docker
 * has them, whatever berth's runtime left in the writable layer.
 */
public final class ContainerExporter {
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  /** Docker's init layer: path -> "dir", "file" (empty, 0755) or a symlink target. */
  private static final Map<String, String> INIT_LAYER = Map.of(
      "dev/pts", "dir", "dev/shm", "dir", "proc", "dir", "sys", "dir",
      ".dockerenv", "file", "etc/resolv.conf", "file", "etc/hosts", "file", "etc/hostname", "file",
      "dev/console", "file", "etc/mtab", "/proc/mounts");

  private final BerthStore store;

  public ContainerExporter(BerthStore store) {
    this.store = store;
  }

  /** Writes the tar of {@code r}'s filesystem to {@code out} (which stays open). */
  public void export(ContainerRecord r, OutputStream out) {
    List<Path> layers = dev.berth.container.ContainerFiles.layers(store, r);
    Path containerDir = store.paths().container(r.id());
    // a running container's rootfs is mounted already (and stays so); any other is mounted for the copy
    RootFs rootfs = RootFs.mount(layers, containerDir, RootFs.Strategy.AUTO, RootFs.XattrNamespace.TRUSTED);
    try {
      write(rootfs.path(), out, createdTime(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!r.running()) {
        rootfs.unmount();
      }
    }
  }

  private static FileTime createdTime(ContainerRecord r) {
    return FileTime.from(Instant.ofEpochSecond(0, r.createdNs()));
  }

  /** The tar of the directory tree {@code root} plus Docker's init layer entries. */
  static void write(Path root, OutputStream out, FileTime initTime) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    new Walk(root, tar, initTime).dir(root, "");
    tar.finish();
    tar.flush();
  }

  private static final class Walk {
    private final Path root;
    private final TarArchiveOutputStream tar;
    private final FileTime initTime;
    private final Map<String, String> seenInodes = new HashMap<>();

    Walk(Path root, TarArchiveOutputStream tar, FileTime initTime) {
      this.root = root;
      this.tar = tar;
      this.initTime = initTime;
    }

    /** Writes the entries of directory {@code dir} (whose tar name is {@code prefix}), recursively. */
    void dir(Path dir, String prefix) throws IOException {
      List<String> names = new ArrayList<>();
      if (dir != null) {
        try (Stream<Path> list = Files.list(dir)) {
          list.forEach(p -> names.add(p.getFileName().toString()));
        }
      }
      for (Map.Entry<String, String> e : INIT_LAYER.entrySet()) {
        String path = e.getKey();
        if (path.startsWith(prefix) && !path.substring(prefix.length()).isEmpty()) {
          String first = path.substring(prefix.length()).split("/", 2)[0];
          if (!names.contains(first)) {
            names.add(first);
          }
        }
      }
      names.sort(null);
      for (String name : names) {
        String rel = prefix + name;
        Path p = dir == null ? null : dir.resolve(name);
        boolean exists = p != null && Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        String init = INIT_LAYER.get(rel);
        if (init != null && !init.equals("dir")) {
          initEntry(rel, init);
        } else if (exists) {
          entry(p, rel);
        } else {
          // a missing parent of an init layer entry, or an init layer directory
          put(new TarArchiveEntry(rel + "/"), S_IFDIR | 0755, 0, 0, initTime, null);
          dir(null, rel + "/");
        }
      }
    }

    private void initEntry(String rel, String kind) throws IOException {
      if (kind.equals("file")) {
        put(new TarArchiveEntry(rel), S_IFREG | 0755, 0, 0, initTime, null);
      } else {
        TarArchiveEntry e = new TarArchiveEntry(rel, TarArchiveEntry.LF_SYMLINK);
        e.setLinkName(kind);
        put(e, S_IFLNK | 0777, 0, 0, initTime, null);
      }
    }

    private void entry(Path p, String rel) throws IOException {
      int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      int gid = (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
      FileTime mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
      int type = mode & S_IFMT;
      switch (type) {
        case S_IFDIR -> {
          put(new TarArchiveEntry(rel + "/"), mode, uid, gid, mtime, null);
          dir(p, rel + "/");
        }
        case S_IFLNK -> {
          TarArchiveEntry e = new TarArchiveEntry(rel, TarArchiveEntry.LF_SYMLINK);
          e.setLinkName(Files.readSymbolicLink(p).toString());
          put(e, mode, uid, gid, mtime, null);
        }
        case S_IFREG -> {
          int nlink = (Integer) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
          if (nlink > 1) {
            String inode = Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS) + ":"
                + Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            String first = seenInodes.putIfAbsent(inode, rel);
            if (first != null) {
              TarArchiveEntry e = new TarArchiveEntry(rel, TarArchiveEntry.LF_LINK);
              e.setLinkName(first);
              put(e, mode, uid, gid, mtime, null);
              return;
            }
          }
          TarArchiveEntry e = new TarArchiveEntry(rel);
          e.setSize(Files.size(p));
          put(e, mode, uid, gid, mtime, p);
        }
        case S_IFCHR, S_IFBLK -> {
          long rdev = (Long) Files.getAttribute(p, "unix:rdev", LinkOption.NOFOLLOW_LINKS);
          TarArchiveEntry e = new TarArchiveEntry(rel,
              type == S_IFCHR ? TarArchiveEntry.LF_CHR : TarArchiveEntry.LF_BLK);
          e.setDevMajor((int) (((rdev >> 8) & 0xfff) | ((rdev >> 32) & ~0xfffL)));
          e.setDevMinor((int) ((rdev & 0xff) | ((rdev >> 12) & ~0xffL)));
          put(e, mode, uid, gid, mtime, null);
        }
        case S_IFIFO -> put(new TarArchiveEntry(rel, TarArchiveEntry.LF_FIFO), mode, uid, gid, mtime, null);
        case S_IFSOCK -> { } // tar has no sockets; Docker leaves them out too
        default -> throw new SystemException("export: unsupported file type of " + root.relativize(p));
      }
    }

    private void put(TarArchiveEntry e, int mode, int uid, int gid, FileTime mtime, Path body) throws IOException {
      e.setMode(mode);
      e.setIds(uid, gid);
      e.setUserName("");
      e.setGroupName("");
      e.setModTime(mtime);
      tar.putArchiveEntry(e);
      if (body != null) {
        try (InputStream in = Files.newInputStream(body)) {
          in.transferTo(tar);
        }
      }
      tar.closeArchiveEntry();
    }
  }
}
