package dev.berth.build;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A build context: a directory with its {@code .dockerignore} rules, as the docker CLI would send
 * it, or a tar the client sent (extracted, with the checksums of its own headers). Knows the size
 * of the tar the CLI sends (the "Sending build context" figure) and each file's checksum for the
 * COPY/ADD cache key (the CLI's tar headers: owner 0:0, permission bits only, no names).
 */
public final class BuildContext extends CopySource implements AutoCloseable {
  private final DockerIgnore ignore;
  /** Checksums from the tar the client sent; null for a local directory. */
  private final Map<String, String> tarSums;
  private final boolean ownsRoot;
  /** Per inode with several names: the first name the CLI's tar walk reaches (computed on first use). */
  private Map<Object, String> firstNames;

  public BuildContext(Path root) {
    this(root.toAbsolutePath().normalize(), readIgnore(root.toAbsolutePath().normalize()), null, false);
  }

  private BuildContext(Path root, DockerIgnore ignore, Map<String, String> tarSums, boolean ownsRoot) {
    super(root);
    this.ignore = ignore;
    this.tarSums = tarSums;
    this.ownsRoot = ownsRoot;
  }

  /**
   * A context sent as a tar stream (plain, gzip, bzip2 or xz), extracted into a new directory
   * under {@code scratch}; {@link #close} deletes it.
   */
  public static BuildContext fromTar(InputStream tar, Path scratch) {
    try {
      Path dir = Files.createTempDirectory(scratch, "context-");
      Map<String, String> sums = TarExtractor.extract(tar, dir, true, true);
      return new BuildContext(dir, readIgnore(dir), sums, true);
    } catch (IOException e) {
      throw new SystemException("reading build context: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (ownsRoot) {
      dev.berth.store.BerthStore.deleteTree(root());
    }
  }

  private static DockerIgnore readIgnore(Path root) {
    Path file = root.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return DockerIgnore.none();
    }
    try {
      return DockerIgnore.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SystemException("reading .dockerignore: " + e.getMessage(), e);
    }
  }

  /** The directory holding the context's files. */
  @Override
  public Path root() {
    return super.root();
  }

  public DockerIgnore ignore() {
    return ignore;
  }

  /** Whether {@code rel} (or one of its parent directories) is excluded by .dockerignore. */
  public boolean excluded(Path rel) {
    return !contains(rel.toString());
  }

  @Override
  boolean contains(String rel) {
    if (ignore.isEmpty() || rel.isEmpty()) {
      return true;
    }
    int slash = -1;
    while ((slash = rel.indexOf('/', slash + 1)) >= 0) {
      String dir = rel.substring(0, slash);
      if (ignore.excluded(dir) && ignore.skipsDirectory(dir)) {
        return false;
      }
    }
    return !ignore.excluded(rel);
  }

  @Override
  boolean skipsDirectory(String rel) {
    return ignore.excluded(rel) && ignore.skipsDirectory(rel);
  }

  @Override
  String notFoundPrefix() {
    return "file not found in build context or excluded by .dockerignore: ";
  }

  @Override
  protected String missingHash(String rel, String resolved) {
    return rel;
  }

  @Override
  String hash(String rel) {
    if (tarSums == null) {
      return super.hash(rel);
    }
    String resolved = ScopedPath.resolve(root(), rel);
    if (resolved == null) {
      return rel;
    }
    String sum = contains(resolved) ? tarSums.get(resolved) : null;
    return sum == null ? rel : sum;
  }

  @Override
  protected TarSum header(String rel, Path file) throws IOException {
    PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    if (a.isSymbolicLink()) {
      return new TarSum(rel, mode, 0, 0, 0, '2', Files.readSymbolicLink(file).toString(), "", "", 0, 0);
    }
    if (a.isDirectory()) {
      return new TarSum(rel + "/", mode, 0, 0, 0, '5', "", "", "", 0, 0);
    }
    String first = a.isRegularFile() ? firstNameOfInode(rel, file) : null;
    if (first != null) {
      // the CLI sends a second name of an inode as a hard link to the first one it walked
      return new TarSum(rel, mode, 0, 0, 0, '1', first, "", "", 0, 0);
    }
    return new TarSum(rel, mode, 0, 0, a.isRegularFile() ? a.size() : 0, a.isRegularFile() ? '0' : '6', "", "",
        "", 0, 0);
  }

  /**
   * For a file with more than one name: the context name that the CLI's tar walk (names sorted,
   * depth first, excluded names left out) reaches first for its inode, when that is not
   * {@code rel} itself; null otherwise.
   */
  private String firstNameOfInode(String rel, Path file) throws IOException {
    if (((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() < 2) {
      return null;
    }
    if (firstNames == null) {
      Map<Object, String> names = new java.util.HashMap<>();
      walkInGoOrder(root(), "", names);
      firstNames = names;
    }
    String first = firstNames.get(Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey());
    return first == null || first.equals(rel) ? null : first;
  }

  private void walkInGoOrder(Path dir, String rel, Map<Object, String> names) throws IOException {
    List<String> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.map(p -> p.getFileName().toString()).sorted(BuildContext::compareBytes).toList();
    }
    for (String name : children) {
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      Path p = dir.resolve(name);
      PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      boolean sent = contains(childRel) || childRel.equals(".dockerignore") || childRel.equals("Dockerfile");
      if (a.isDirectory()) {
        if (sent || !skipsDirectory(childRel)) {
          walkInGoOrder(p, childRel, names);
        }
      } else if (sent && a.isRegularFile()) {
        names.putIfAbsent(a.fileKey(), childRel);
      }
    }
  }

  private static int compareBytes(String x, String y) {
    return java.util.Arrays.compareUnsigned(x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The CLI's refusal of a context it cannot read (the message after {@code error checking context: }). */
  public static final class Unreadable extends RuntimeException {
    public Unreadable(String message) {
      super(message);
    }
  }

  /**
   * The docker CLI's check of a context directory before it sends anything (names in lexical order,
   * what .dockerignore leaves out is skipped): an entry it cannot stat, or a file it cannot open,
   * is refused; symlinks and named pipes are not opened.
   */
  public void validate() {
    validate(root(), "");
  }

  private void validate(Path dir, String rel) {
    List<String> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.map(p -> p.getFileName().toString()).sorted(BuildContext::compareBytes).toList();
    } catch (java.nio.file.AccessDeniedException e) {
      throw new Unreadable("can't stat '" + dir + "'");
    } catch (IOException e) {
      throw new SystemException("reading build context: " + e.getMessage(), e);
    }
    for (String name : children) {
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      Path p = dir.resolve(name);
      PosixFileAttributes a;
      try {
        a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.AccessDeniedException e) {
        throw new Unreadable("can't stat '" + p + "'");
      } catch (java.nio.file.NoSuchFileException e) {
        throw new Unreadable("file ('" + p + "') not found or excluded by .dockerignore");
      } catch (IOException e) {
        throw new SystemException("reading build context: " + e.getMessage(), e);
      }
      if (!ignore.isEmpty() && ignore.excluded(childRel)) {
        continue; // the CLI skips an excluded directory whole
      }
      if (a.isSymbolicLink() || a.isOther() && !a.isRegularFile() && isFifo(p)) {
        continue;
      }
      if (a.isDirectory()) {
        validate(p, childRel);
      } else {
        try (InputStream in = Files.newInputStream(p)) {
          // readable
        } catch (java.nio.file.AccessDeniedException e) {
          throw new Unreadable("no permission to read from '" + p + "'");
        } catch (IOException e) {
          // the CLI only refuses what it may not read
        }
      }
    }
  }

  private static boolean isFifo(Path p) {
    try {
      return (((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000) == 0010000;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Bytes of the context tar the CLI sends: a 512-byte header per entry, data padded to 512, 1024
   * end bytes. The Dockerfile and .dockerignore are always sent.
   */
  public long tarSize() {
    return tarSize("Dockerfile");
  }

  /** {@link #tarSize()} with the Dockerfile at {@code dockerfile} (relative): the one the CLI always sends. */
  public long tarSize(String dockerfile) {
    long[] total = {1024};
    try {
      // a directory .dockerignore leaves out whole is not entered (it may not even be readable)
      Files.walkFileTree(root(), new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
            java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
          if (dir.equals(root())) {
            return java.nio.file.FileVisitResult.CONTINUE;
          }
          String rel = root().relativize(dir).toString();
          if (!contains(rel) && skipsDirectory(rel) && !dockerfile.startsWith(rel + "/")) {
            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
          }
          visit(dir);
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
            throws IOException {
          visit(file);
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        private void visit(Path p) throws IOException {
          String rel = root().relativize(p).toString();
          if (!contains(rel) && !rel.equals(".dockerignore") && !rel.equals(dockerfile)) {
            return;
          }
          String first = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? firstNameOfInode(rel, p) : null;
          total[0] += first == null ? entrySize(rel, p)
              : 512 + (rel.length() > 100 || first.length() > 100 ? 1024 : 0);
        }
      });
    } catch (IOException e) {
      throw new SystemException("reading build context: " + e.getMessage(), e);
    }
    return total[0];
  }

  static long entrySize(String rel, Path p) throws IOException {
    long total = 512;
    String name = rel + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "");
    if (name.length() > 100) {
      total += 1024; // a PAX header block carrying the long name
    }
    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      total += (Files.size(p) + 511) / 512 * 512;
    }
    return total;
  }
}
