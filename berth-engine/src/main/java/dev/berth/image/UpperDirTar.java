package dev.berth.image;

import dev.berth.image.LowerView.FileStat;
import dev.berth.layer.NativeFs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a container's (or a build step's) upper directory as the layer tar dockerd 20.10 would
 * produce for the same change with its vfs driver, byte for byte, so that the diff IDs agree:
 * <ul>
 *   <li>on a parent (the naive differ): the changes against the lower view, sorted by path; a
 *       directory appears when it is new, when its mode/owner changed, or when anything inside it
 *       changed; a deleted path becomes a {@code .wh.NAME} entry stamped with the current time;
 *       an opaque directory's hidden entries become one whiteout each;
 *   <li>without a parent (a first layer): every entry in walk order (each directory's names
 *       sorted, depth first).
 * </ul>
 * Entries are written as moby's tar appender writes them: PAX format, whole-second mtimes, the
 * host's owner names, file-type bits in the mode, a second name of an inode as a hard link, and
 * {@code security.capability} as a PAX record.
 */
final class UpperDirTar {
  private static final String WHITEOUT_PREFIX = ".wh.";

  private final HostAccounts accounts;
  private final Map<Long, String> seenInodes = new HashMap<>();

  private UpperDirTar(HostAccounts accounts) {
    this.accounts = accounts;
  }

  enum Kind { ADD, MODIFY, DELETE }

  /** One change; {@code path} is absolute ("/a/b"), as moby sorts them. */
  record Change(String path, Kind kind) {}

  /**
   * Writes the layer of {@code upper} over {@code lower} (null: no parent layer) without the
   * entries of {@code skip}; whiteouts get {@code now}. Returns the number of entries written
   * (0: an empty layer, which Docker does not record).
   */
  static int write(Path upper, LowerView lower, OutputStream out, Set<Path> skip, Instant now) throws IOException {
    return write(upper, lower, out, skip, now, HostAccounts.host());
  }

  static int write(Path upper, LowerView lower, OutputStream out, Set<Path> skip, Instant now,
      HostAccounts accounts) throws IOException {
    List<Change> changes = lower == null ? walk(upper, skip) : changes(upper, lower, skip);
    UpperDirTar w = new UpperDirTar(accounts);
    try (GoTarWriter tar = new GoTarWriter(out)) {
      for (Change c : changes) {
        if (c.kind() == Kind.DELETE) {
          w.whiteout(tar, c.path(), now);
        } else {
          w.entry(tar, upper.resolve(c.path().substring(1)), c.path().substring(1));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return changes.size();
  }

  /** moby's {@code ChangesDirs} + {@code changesByPath}: the changes of {@code upper}, sorted by path. */
  static List<Change> changes(Path upper, LowerView lower, Set<Path> skip) {
    List<Change> out = new ArrayList<>();
    visit(upper, "", FileStat.of(upper), lower.stat(""), true, lower, skip, out);
    out.sort((a, b) -> GoTarWriter.compareBytes(a.path(), b.path()));
    return out;
  }

  private static void visit(Path upper, String rel, FileStat now, FileStat old, boolean root, LowerView lower,
      Set<Path> skip, List<Change> out) {
    int sizeAtEntry = out.size();
    boolean added = false;
    if (!root) {
      if (old == null) {
        out.add(new Change("/" + rel, Kind.ADD));
        added = true;
      } else if (now.differsFrom(old) || !java.util.Arrays.equals(rawCapability(upper.resolve(rel)),
          rawCapability(lower.locate(rel)))) {
        out.add(new Change("/" + rel, Kind.MODIFY));
        added = true;
      }
    }
    if (!now.isDirectory()) {
      return;
    }
    boolean oldIsDir = root || (old != null && old.isDirectory());
    Path dir = rel.isEmpty() ? upper : upper.resolve(rel);
    List<String> names = sortedNames(dir);
    for (String name : names) {
      Path p = dir.resolve(name);
      if (skip.contains(p)) {
        continue;
      }
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      FileStat child = FileStat.of(p);
      FileStat oldChild = oldIsDir ? lower.stat(childRel) : null;
      if (child.isWhiteout()) {
        if (oldChild != null) {
          out.add(new Change("/" + childRel, Kind.DELETE));
        }
        continue;
      }
      visit(upper, childRel, child, oldChild, false, lower, skip, out);
    }
    if (!root && oldIsDir && old != null && LowerView.opaque(dir)) {
      for (String gone : lower.children(rel)) {
        if (!names.contains(gone)) {
          out.add(new Change("/" + rel + "/" + gone, Kind.DELETE));
        }
      }
    }
    if (out.size() > sizeAtEntry && !added && !root) {
      out.add(sizeAtEntry, new Change("/" + rel, Kind.MODIFY));
    }
  }

  /** Go's {@code filepath.Walk} from {@code upper} (itself left out): names sorted, depth first. */
  static List<Change> walk(Path upper, Set<Path> skip) {
    List<Change> out = new ArrayList<>();
    walk(upper, "", skip, out);
    return out;
  }

  private static void walk(Path dir, String rel, Set<Path> skip, List<Change> out) {
    for (String name : sortedNames(dir)) {
      Path p = dir.resolve(name);
      if (skip.contains(p)) {
        continue;
      }
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      out.add(new Change("/" + childRel, Kind.ADD));
      if (FileStat.of(p).isDirectory()) {
        walk(p, childRel, skip, out);
      }
    }
  }

  private static List<String> sortedNames(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted(GoTarWriter::compareBytes).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void whiteout(GoTarWriter tar, String path, Instant now) throws IOException {
    int slash = path.lastIndexOf('/');
    String name = (path.substring(0, slash + 1) + WHITEOUT_PREFIX + path.substring(slash + 1)).substring(1);
    // Go rounds a header time of unknown format to the nearest second (halves up)
    long seconds = now.getEpochSecond() + (now.getNano() >= 500_000_000 ? 1 : 0);
    tar.writeHeader(new GoTarWriter.Header(name, "", 0, 0, 0, 0, seconds, GoTarWriter.TYPE_REG, "", "", 0, 0,
        Map.of(), false));
  }

  /** moby's {@code addTarFile}. Sockets are skipped (Go's tar cannot hold them; moby logs and goes on). */
  private void entry(GoTarWriter tar, Path p, String rel) throws IOException {
    FileStat s = FileStat.ofOrNull(p);
    if (s == null || s.type() == FileStat.S_IFSOCK) {
      return;
    }
    byte type;
    String link = "";
    long size = 0;
    String name = rel;
    switch (s.type()) {
      case FileStat.S_IFREG -> {
        type = GoTarWriter.TYPE_REG;
        size = s.size();
      }
      case FileStat.S_IFDIR -> {
        type = GoTarWriter.TYPE_DIR;
        name = rel + "/";
      }
      case FileStat.S_IFLNK -> {
        type = GoTarWriter.TYPE_SYMLINK;
        link = Files.readSymbolicLink(p).toString();
      }
      case FileStat.S_IFBLK -> type = GoTarWriter.TYPE_BLOCK;
      case NativeFs.S_IFCHR -> type = GoTarWriter.TYPE_CHAR;
      case NativeFs.S_IFIFO -> type = GoTarWriter.TYPE_FIFO;
      default -> {
        return;
      }
    }
    if (!s.isDirectory() && s.nlink() > 1) {
      String first = seenInodes.putIfAbsent(s.ino(), rel);
      if (first != null) {
        type = GoTarWriter.TYPE_LINK;
        link = first;
        size = 0;
      }
    }
    byte[] cap = capability(p);
    Map<String, String> xattrs = cap == null ? Map.of()
        : Map.of("security.capability", new String(cap, StandardCharsets.ISO_8859_1));
    long rdev = s.rdev();
    long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
    long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
    tar.writeHeader(new GoTarWriter.Header(name, link, s.mode(), s.uid(), s.gid(), size, s.mtimeSeconds(), type,
        accounts.user(s.uid()), accounts.group(s.gid()), major, minor, xattrs, true));
    if (type == GoTarWriter.TYPE_REG && size > 0) {
      byte[] buf = new byte[32 * 1024];
      try (InputStream in = Files.newInputStream(p)) {
        long left = size;
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
          tar.write(buf, 0, n);
          left -= n;
        }
        if (left > 0) {
          throw new IOException("archive/tar: " + rel + " shrank while being written");
        }
      }
    }
  }

  private static byte[] rawCapability(Path p) {
    try {
      return p == null ? null : NativeFs.lgetxattr(p, "security.capability");
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The {@code security.capability} attribute as moby puts it in a tar: a version 3 value (with a
   * root UID) is turned into version 2, since that UID means nothing outside the namespace.
   */
  static byte[] capability(Path p) {
    byte[] v = rawCapability(p);
    if (v != null && v.length > 3 && v[3] == 3) {
      v = java.util.Arrays.copyOf(v, 20);
      v[3] = 2;
    }
    return v;
  }
}
