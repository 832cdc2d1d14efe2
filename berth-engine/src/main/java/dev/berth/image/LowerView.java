package dev.berth.image;

import dev.berth.layer.NativeFs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The merged, read-only view of an image's unpacked layers (what a container's root filesystem
 * shows before it changes anything), read without mounting: a path is looked up in the layers top
 * first, whiteouts and opaque directories hide what is below them. Layers may hold whiteouts in
 * overlay form (character device 0/0, {@code trusted.overlay.opaque}) or as plain marker files.
 */
final class LowerView {
  private static final String WH = ".wh.";
  private static final String OPQ = ".wh..wh..opq";

  private final List<Path> layersTopFirst;
  /** For a directory of the merged view: the layer directories that contribute to it, top first. */
  private final Map<String, List<Path>> dirs = new HashMap<>();

  LowerView(List<Path> layersTopFirst) {
    this.layersTopFirst = List.copyOf(layersTopFirst);
    dirs.put("", this.layersTopFirst);
  }

  /** The attributes of {@code rel} ("a/b", "" for the root) in the merged view, or null when absent. */
  FileStat stat(String rel) {
    Path p = locate(rel);
    return p == null ? null : FileStat.of(p);
  }

  /** The file of the top-most layer that shows {@code rel} in the merged view, or null when absent. */
  Path locate(String rel) {
    if (rel.isEmpty()) {
      return layersTopFirst.isEmpty() ? null : layersTopFirst.getFirst();
    }
    int slash = rel.lastIndexOf('/');
    List<Path> parents = contributing(slash < 0 ? "" : rel.substring(0, slash));
    String name = rel.substring(slash + 1);
    for (Path parent : parents) {
      Path p = parent.resolve(name);
      FileStat s = FileStat.ofOrNull(p);
      if (s != null) {
        return s.isWhiteout() ? null : p;
      }
      if (Files.exists(parent.resolve(WH + name), LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    }
    return null;
  }

  /** The names in directory {@code rel} of the merged view. */
  Set<String> children(String rel) {
    Set<String> visible = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    for (Path dir : contributing(rel)) {
      List<String> hiddenHere = new ArrayList<>();
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path p : (Iterable<Path>) entries::iterator) {
          String name = p.getFileName().toString();
          if (name.equals(OPQ)) {
            continue;
          }
          if (name.startsWith(WH)) {
            hiddenHere.add(name.substring(WH.length()));
            continue;
          }
          FileStat s = FileStat.ofOrNull(p);
          if (s != null && s.isWhiteout()) {
            hiddenHere.add(name);
          } else if (!hidden.contains(name)) {
            visible.add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      hidden.addAll(hiddenHere);
    }
    return visible;
  }

  /** The layer directories that make up directory {@code rel} of the merged view, top first. */
  private List<Path> contributing(String rel) {
    List<Path> known = dirs.get(rel);
    if (known != null) {
      return known;
    }
    int slash = rel.lastIndexOf('/');
    List<Path> parents = contributing(slash < 0 ? "" : rel.substring(0, slash));
    String name = rel.substring(slash + 1);
    List<Path> out = new ArrayList<>();
    for (Path parent : parents) {
      Path p = parent.resolve(name);
      FileStat s = FileStat.ofOrNull(p);
      if (s == null) {
        if (Files.exists(parent.resolve(WH + name), LinkOption.NOFOLLOW_LINKS)) {
          break;
        }
        continue;
      }
      if (s.isWhiteout() || !s.isDirectory()) {
        break; // hides the lower layers' entries of that name
      }
      out.add(p);
      if (opaque(p)) {
        break;
      }
    }
    List<Path> result = List.copyOf(out);
    dirs.put(rel, result);
    return result;
  }

  static boolean opaque(Path dir) {
    if (Files.exists(dir.resolve(OPQ), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try {
      byte[] v = NativeFs.lgetxattr(dir, "trusted.overlay.opaque");
      return v != null && v.length == 1 && v[0] == 'y';
    } catch (IOException e) {
      return false;
    }
  }

  /** What Docker's change detection compares of a file (its {@code lstat}), plus what a tar header needs. */
  record FileStat(int mode, int uid, int gid, long rdev, long size, long mtimeSeconds, int mtimeNanos,
      long ino, int nlink) {
    static final int S_IFMT = 0170000;
    static final int S_IFDIR = 0040000;
    static final int S_IFREG = 0100000;
    static final int S_IFLNK = 0120000;
    static final int S_IFBLK = 0060000;
    static final int S_IFSOCK = 0140000;

    static FileStat of(Path p) {
      FileStat s = ofOrNull(p);
      if (s == null) {
        throw new UncheckedIOException(new NoSuchFileException(p.toString()));
      }
      return s;
    }

    static FileStat ofOrNull(Path p) {
      Map<String, Object> a;
      try {
        a = Files.readAttributes(p, "unix:mode,uid,gid,rdev,size,lastModifiedTime,ino,nlink", LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      java.time.Instant t = ((java.nio.file.attribute.FileTime) a.get("lastModifiedTime")).toInstant();
      return new FileStat((Integer) a.get("mode"), (Integer) a.get("uid"), (Integer) a.get("gid"),
          (Long) a.get("rdev"), (Long) a.get("size"), t.getEpochSecond(), t.getNano(), (Long) a.get("ino"),
          (Integer) a.get("nlink"));
    }

    int type() {
      return mode & S_IFMT;
    }

    boolean isDirectory() {
      return type() == S_IFDIR;
    }

    /** An overlay whiteout: a character device 0/0. */
    boolean isWhiteout() {
      return type() == NativeFs.S_IFCHR && rdev == 0;
    }

    /**
     * moby's {@code statDifferent}: mode, owner and device always; size and modification time only
     * for non-directories, where times that agree on the second count as equal when either side
     * has no nanoseconds (layers unpacked from tars carry whole seconds).
     */
    boolean differsFrom(FileStat old) {
      if (mode != old.mode || uid != old.uid || gid != old.gid || rdev != old.rdev) {
        return true;
      }
      if ((old.mode & S_IFDIR) == S_IFDIR) {
        return false; // moby tests the bit, so block devices and sockets count as directories here
      }
      boolean sameTime = mtimeSeconds == old.mtimeSeconds
          && (mtimeNanos == old.mtimeNanos || mtimeNanos == 0 || old.mtimeNanos == 0);
      return !sameTime || size != old.size;
    }
  }
}
