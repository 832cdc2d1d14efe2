package dev.berth.layer;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unpacks one uncompressed layer tar in a single streaming pass: hashes every byte (the diff ID),
 * sums the entries' sizes (Docker's layer size), creates the files under an empty target
 * directory and writes a {@link TarSplitRecord} from which {@link LayerTarWriter} regenerates the
 * identical tar.
 *
 * <p>Hostile input is refused with an {@link InvalidArgumentException} before anything is written
 * outside the target: absolute names, {@code ..}, parents that are symlinks or non-directories,
 * hardlinks to anything but an earlier file or symlink of the same layer, device nodes, duplicate
 * non-directory entries, truncated streams, oversized headers or streams, and a diff ID other
 * than the expected one. Nothing ever follows a symlink. On failure the caller deletes the target.
 */
public final class LayerUnpacker {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final String WHITEOUT_PREFIX = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";
  private static final String META_PREFIX = ".wh..wh.";

  /**
   * @param whiteouts how whiteout markers are stored
   * @param chown set uid/gid from the tar (needs root)
   * @param maxEntrySize largest Size a tar header may declare
   * @param maxStreamBytes largest uncompressed tar stream accepted
   */
  public record Options(WhiteoutFormat whiteouts, boolean chown, long maxEntrySize, long maxStreamBytes) {
    /** For this process: overlay whiteouts and chown as root, plain markers otherwise. */
    public static Options forCurrentUser() {
      boolean root = NativeFs.geteuid() == 0;
      return new Options(root ? WhiteoutFormat.OVERLAY : WhiteoutFormat.PLAIN, root, 16L << 30, 64L << 30);
    }

    public Options withWhiteouts(WhiteoutFormat format) {
      return new Options(format, chown, maxEntrySize, maxStreamBytes);
    }

    public Options withLimits(long entry, long stream) {
      return new Options(whiteouts, chown, entry, stream);
    }
  }

  /**
   * @param diffId sha256 of the whole tar stream
   * @param size Docker's layer size: the sum of the entries' Size fields
   * @param tarLength bytes in the tar stream
   */
  public record Result(Digest diffId, long size, long tarLength) {}

  private enum Kind {
    IMPLICIT_DIR,
    DIR,
    FILE,
    SYMLINK,
    OTHER
  }

  private final Options options;

  public LayerUnpacker(Options options) {
    this.options = options;
  }

  /**
   * Unpacks {@code tar} into {@code target} (an existing empty directory) and writes the record
   * to {@code record} (not closed). {@code expectedDiffId} may be null.
   */
  public Result unpack(InputStream tar, Path target, OutputStream record, Digest expectedDiffId)
      throws IOException {
    try (var entries = Files.list(target)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("unpack target is not empty: " + target);
      }
    }
    return new Run(target, record).run(tar, expectedDiffId);
  }

  private final class Run {
    private final Path root;
    private final OutputStream recordOut;
    private final Map<String, Kind> seen = new HashMap<>();
    private final List<Map.Entry<Path, Instant>> dirTimes = new ArrayList<>();
    private TarSplitRecord.Writer record;
    private TarStreamReader reader;

    Run(Path root, OutputStream recordOut) {
      this.root = root;
      this.recordOut = recordOut;
    }

    Result run(InputStream tar, Digest expected) throws IOException {
      DigestingInputStream digesting = new DigestingInputStream(new Capped(tar, options.maxStreamBytes()));
      reader = new TarStreamReader(digesting, options.maxEntrySize());
      record = new TarSplitRecord.Writer(recordOut);
      long size = 0;
      TarEntry entry;
      while ((entry = reader.next()) != null) {
        size += entry.size();
        apply(entry);
        if (reader.rawPending() > TarSplitRecord.RAW_CHUNK) {
          flushRaw();
        }
      }
      while (reader.readTrailer(65536)) {
        if (reader.rawPending() > TarSplitRecord.RAW_CHUNK) {
          flushRaw();
        }
      }
      flushRaw();
      Digest diffId = digesting.digest();
      if (expected != null && !expected.equals(diffId)) {
        throw new InvalidArgumentException(
            "layer digest mismatch: expected \"" + expected + "\", got \"" + diffId + "\"");
      }
      record.end(digesting.count(), diffId);
      record.close();
      dirTimes.sort(Comparator.comparingInt((Map.Entry<Path, Instant> e) -> e.getKey().getNameCount()).reversed());
      for (Map.Entry<Path, Instant> e : dirTimes) {
        setTimes(e.getKey(), e.getValue());
      }
      return new Result(diffId, size, digesting.count());
    }

    private void flushRaw() throws IOException {
      byte[] raw = reader.drainRaw();
      record.raw(raw, 0, raw.length);
    }

    private void apply(TarEntry entry) throws IOException {
      String rel = clean(entry.name(), entry.name());
      if (rel.isEmpty()) {
        if (!entry.isDirectory()) {
          throw new InvalidArgumentException("invalid tar entry: root of the layer is not a directory: " + entry.name());
        }
        metadata(root, entry, true);
        return;
      }
      int slash = rel.lastIndexOf('/');
      String parent = slash < 0 ? "" : rel.substring(0, slash);
      String base = rel.substring(slash + 1);
      if (base.startsWith(WHITEOUT_PREFIX) && options.whiteouts() == WhiteoutFormat.OVERLAY) {
        whiteout(entry, rel, parent, base);
        return;
      }
      claim(rel, entry);
      Path path = resolveParents(rel, entry.name());
      switch (entry.type()) {
        case '5' -> {
          if (!Files.isDirectory(path, NOFOLLOW)) {
            Files.createDirectory(path);
          }
          metadata(path, entry, true);
        }
        case '0', '7' -> {
          flushRaw();
          record.file(rel, entry.size());
          try (OutputStream out =
              Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW)) {
            reader.body().transferTo(out);
          }
          metadata(path, entry, false);
        }
        case '2' -> {
          if (entry.linkName().isEmpty()) {
            throw new InvalidArgumentException("invalid tar entry: symlink without target: " + entry.name());
          }
          NativeFs.symlink(linkTarget(entry.linkName(), entry.name()), path);
          copyBodyToRecord();
          metadata(path, entry, false);
        }
        case '1' -> {
          String target = clean(entry.linkName(), entry.name());
          Kind kind = seen.get(target);
          if (target.equals(rel) || (kind != Kind.FILE && kind != Kind.SYMLINK)) {
            throw new InvalidArgumentException(
                "invalid hardlink " + entry.name() + " -> " + entry.linkName()
                    + ": target is not an earlier file of this layer");
          }
          Files.createLink(path, root.resolve(target));
          seen.put(rel, kind); // a later hardlink may name this one as its target
          copyBodyToRecord();
        }
        case '6' -> {
          NativeFs.mknod(path, NativeFs.S_IFIFO, entry.mode(), 0, 0);
          copyBodyToRecord();
          metadata(path, entry, false);
        }
        case '3', '4' ->
            throw new InvalidArgumentException(
                "invalid tar entry: device nodes are not allowed in a layer: " + entry.name());
        default ->
            throw new InvalidArgumentException(
                "unsupported tar entry type '" + entry.type() + "' for " + entry.name());
      }
    }

    private void whiteout(TarEntry entry, String rel, String parent, String base) throws IOException {
      if (!entry.isRegular()) {
        throw new InvalidArgumentException("invalid whiteout entry: " + entry.name() + " is not a regular file");
      }
      claim(rel, entry);
      copyBodyToRecord();
      if (base.equals(OPAQUE)) {
        Path dir = parent.isEmpty() ? root : resolveDirectory(parent, entry.name());
        NativeFs.lsetxattr(dir, "trusted.overlay.opaque", new byte[] {'y'});
        return;
      }
      if (base.startsWith(META_PREFIX)) {
        return; // other AUFS metadata (.wh..wh.plnk, ...): nothing to create
      }
      String hidden = (parent.isEmpty() ? "" : parent + "/") + base.substring(WHITEOUT_PREFIX.length());
      if (seen.containsKey(hidden)) {
        throw new InvalidArgumentException("duplicate entry in layer: " + hidden + " (whiteout " + entry.name() + ")");
      }
      seen.put(hidden, Kind.OTHER);
      Path path = resolveParents(hidden, entry.name());
      NativeFs.mknod(path, NativeFs.S_IFCHR, 0, 0, 0);
      if (options.chown()) {
        chown(path, entry);
      }
    }

    /** Records {@code rel} as taken; only directories may appear twice. */
    private void claim(String rel, TarEntry entry) {
      Kind kind =
          switch (entry.type()) {
            case '5' -> Kind.DIR;
            case '0', '7' -> Kind.FILE;
            case '2' -> Kind.SYMLINK;
            default -> Kind.OTHER;
          };
      Kind before = seen.get(rel);
      if (before != null && !(kind == Kind.DIR && (before == Kind.DIR || before == Kind.IMPLICIT_DIR))) {
        throw new InvalidArgumentException("duplicate entry in layer: " + entry.name());
      }
      seen.put(rel, kind == Kind.DIR && before == Kind.IMPLICIT_DIR ? Kind.IMPLICIT_DIR : kind);
    }

    /** Creates missing parent directories of {@code rel}, refusing symlinks and non-directories. */
    private Path resolveParents(String rel, String entryName) throws IOException {
      int slash = rel.lastIndexOf('/');
      if (slash < 0) {
        return root.resolve(toPath(rel, entryName));
      }
      Path parent = resolveDirectory(rel.substring(0, slash), entryName);
      return parent.resolve(toPath(rel.substring(slash + 1), entryName));
    }

    private Path resolveDirectory(String relDir, String entryName) throws IOException {
      Path current = root;
      StringBuilder sofar = new StringBuilder();
      for (String part : relDir.split("/")) {
        if (!sofar.isEmpty()) {
          sofar.append('/');
        }
        sofar.append(part);
        current = current.resolve(toPath(part, entryName));
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(current, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
          Files.createDirectory(current);
          seen.putIfAbsent(sofar.toString(), Kind.IMPLICIT_DIR);
          continue;
        }
        if (attrs.isSymbolicLink()) {
          throw new InvalidArgumentException(
              "invalid tar entry " + entryName + ": its path goes through the symlink " + sofar);
        }
        if (!attrs.isDirectory()) {
          throw new InvalidArgumentException(
              "invalid tar entry " + entryName + ": " + sofar + " is not a directory");
        }
      }
      return current;
    }

    private void copyBodyToRecord() throws IOException {
      flushRaw();
      byte[] buf = new byte[65536];
      InputStream body = reader.body();
      int n;
      while ((n = body.read(buf)) > 0) {
        record.raw(buf, 0, n);
      }
    }

    private void metadata(Path path, TarEntry entry, boolean directory) throws IOException {
      if (options.chown()) {
        chown(path, entry);
      }
      if (!entry.isSymlink()) {
        NativeFs.chmod(path, entry.mode());
      }
      for (Map.Entry<String, byte[]> x : entry.xattrs().entrySet()) {
        try {
          NativeFs.lsetxattr(path, x.getKey(), x.getValue());
        } catch (IOException e) {
          // best effort, as Docker: xattrs the filesystem or user cannot store are dropped
        }
      }
      Instant mtime = Instant.ofEpochSecond(entry.mtimeSeconds(), entry.mtimeNanos());
      if (directory) {
        dirTimes.add(Map.entry(path, mtime));
      } else {
        setTimes(path, mtime);
      }
    }

    private void chown(Path path, TarEntry entry) throws IOException {
      Files.setAttribute(path, "unix:uid", (int) entry.uid(), NOFOLLOW);
      Files.setAttribute(path, "unix:gid", (int) entry.gid(), NOFOLLOW);
    }
  }

  private static void setTimes(Path path, Instant mtime) throws IOException {
    NativeFs.lutimes(path, mtime.getEpochSecond(), mtime.getNano());
  }

  /**
   * The entry name as a clean relative path ("" for the root): separators collapsed, "." dropped.
   * Absolute names and any ".." are refused.
   */
  static String clean(String name, String entryName) {
    if (name.startsWith("/")) {
      throw new InvalidArgumentException("invalid tar entry: absolute path " + entryName);
    }
    if (name.indexOf('\0') >= 0) {
      throw new InvalidArgumentException("invalid tar entry: NUL in name " + entryName);
    }
    StringBuilder out = new StringBuilder();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw new InvalidArgumentException("invalid tar entry: path escapes the layer: " + entryName);
      }
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  /**
   * A symlink's target as written: a trailing slash or doubled slashes are kept (Docker keeps
   * them; a Path would not), but it must be representable (UTF-8, no NUL).
   */
  private static String linkTarget(String text, String entryName) {
    if (text.indexOf('\0') >= 0
        || !new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text)) {
      throw new InvalidArgumentException("invalid tar entry: unrepresentable name " + entryName);
    }
    return text;
  }

  private static Path toPath(String text, String entryName) {
    try {
      Path p = Path.of(text);
      if (!new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(p.toString())) {
        throw new InvalidArgumentException("invalid tar entry: unrepresentable name " + entryName);
      }
      return p;
    } catch (InvalidPathException e) {
      throw new InvalidArgumentException("invalid tar entry: unrepresentable name " + entryName);
    }
  }

  /** Refuses a stream longer than the limit. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long count;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
        if (count > limit) {
          throw new InvalidArgumentException("layer exceeds the size limit of " + limit + " bytes");
        }
      }
      return n;
    }
  }

}
