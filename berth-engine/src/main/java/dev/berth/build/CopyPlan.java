package dev.berth.build;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A COPY/ADD resolved as the classic builder does it: the source entries (wildcards expanded,
 * .dockerignore applied, URLs downloaded), the cache key ({@code file:}, {@code dir:} or
 * {@code multi:} checksums) and the copy itself into a new layer directory.
 */
final class CopyPlan {
  /** One source entry: where it is read from, its path as named, and its checksum. */
  record Info(CopySource source, String path, String hash, boolean noDecompress) {}

  /** What the destination image already has at an absolute path. */
  enum Existing { NONE, DIRECTORY, OTHER }

  /** Who owns the copied files: a fixed uid/gid, or the source's owners ({@code COPY --from}). */
  record Identity(int uid, int gid, boolean preserve) {}

  private final String keyword;
  private final List<Info> infos;
  private final String dest;
  /** Inodes already hard-linked into the layer directory. */
  private final java.util.Set<String> linked = new java.util.HashSet<>();
  /**
   * Gives a directory made in the layer for a path the image already has that directory's mode
   * and owner (an overlay copy-up; Docker writes into the existing directory).
   */
  private java.util.function.BiConsumer<String, Path> copyUp = (abs, dir) -> {};

  /** The target of a symlink the image has at an absolute path (null: none there). */
  private Function<String, String> imageLinks = abs -> null;

  /** Sets how the image's symlinks are read, to resolve the destination through them. */
  void imageLinks(Function<String, String> imageLinks) {
    this.imageLinks = imageLinks;
  }

  /** Sets how directories the image already has get their metadata (see {@link #copyUp}). */
  void copyUp(java.util.function.BiConsumer<String, Path> copyUp) {
    this.copyUp = copyUp;
  }

  private CopyPlan(String keyword, List<Info> infos, String dest) {
    this.keyword = keyword;
    this.infos = infos;
    this.dest = dest;
  }

  List<Info> infos() {
    return infos;
  }

  /**
   * Resolves the sources. {@code download} fetches an ADD URL into a source (null for COPY, where a
   * URL is an error).
   */
  static CopyPlan of(String keyword, CopySource source, List<String> srcs, String dest,
      Function<String, Info> download) {
    List<Info> infos = new ArrayList<>();
    for (String src : srcs) {
      if (src.startsWith("http://") || src.startsWith("https://")) {
        if (download == null) {
          throw failed(keyword, "source can't be a URL for COPY");
        }
        infos.add(download.apply(src));
        continue;
      }
      infos.addAll(calc(keyword, source, src, true));
    }
    if (infos.isEmpty()) {
      throw failed(keyword, "no source files were specified");
    }
    if (infos.size() > 1 && !dest.endsWith("/")) {
      throw new BuildStepFailedException("When using " + keyword
          + " with more than one source file, the destination must be a directory and end with a /", 1);
    }
    return new CopyPlan(keyword, List.copyOf(infos), dest);
  }

  static BuildStepFailedException failed(String keyword, String message) {
    return new BuildStepFailedException(keyword + " failed: " + message, 1);
  }

  private static List<Info> calc(String keyword, CopySource source, String orig, boolean wildcards) {
    String p = orig.startsWith("/") ? orig.substring(1) : orig;
    p = p.startsWith("./") ? p.substring(2) : p;
    if (ScopedPath.lexicallyOutside(p)) {
      throw failed(keyword, "forbidden path outside the build context: " + p + " ()");
    }
    if (wildcards && hasWildcards(p)) {
      List<Info> out = new ArrayList<>();
      String pattern = p;
      walk(source, "", rel -> {
        if (GoGlob.matches(pattern, rel)) {
          out.addAll(calc(keyword, source, rel, false));
        }
      });
      return out;
    }
    String resolved = ScopedPath.resolve(source.root(), p);
    Path full = resolved == null ? null : source.resolve(resolved);
    if (full == null || !Files.exists(full) || (!resolved.isEmpty() && !source.contains(resolved))
        || !resolvedInsideRoot(source.root(), full)) {
      throw failed(keyword, source.notFoundPrefix() + "stat " + p + ": file does not exist");
    }
    if (!Files.isDirectory(full)) {
      return List.of(new Info(source, p, "file:" + source.hash(p), false));
    }
    List<String> sums = new ArrayList<>();
    if (!resolved.isEmpty()) {
      sums.add(source.hash(resolved)); // Go's Walk visits its root too; only the context root is left out
    }
    walk(source, resolved, rel -> sums.add(source.hash(rel)));
    sums.sort(null);
    return List.of(new Info(source, p, joinedHash("dir", sums), false));
  }

  /** Go's filepath.Walk below {@code start}: lexical order, links not followed, the start itself left out. */
  private static void walk(CopySource source, String start, java.util.function.Consumer<String> visit) {
    try {
      walkSorted(source, start, visit);
    } catch (IOException e) {
      throw new SystemException("reading build sources: " + e.getMessage(), e);
    }
  }

  private static void walkSorted(CopySource source, String dir, java.util.function.Consumer<String> visit)
      throws IOException {
    List<String> names = new ArrayList<>();
    try (var entries = Files.list(source.resolve(dir))) {
      entries.forEach(e -> names.add(e.getFileName().toString()));
    }
    names.sort(null);
    for (String name : names) {
      String rel = dir.isEmpty() ? name : dir + "/" + name;
      boolean isDir = Files.isDirectory(source.resolve(rel), LinkOption.NOFOLLOW_LINKS);
      if (isDir) {
        if (!source.contains(rel) && source.skipsDirectory(rel)) {
          continue;
        }
        visit.accept(rel);
        walkSorted(source, rel, visit);
      } else if (source.contains(rel)) {
        visit.accept(rel);
      }
    }
  }

  /**
   * Where the source really is must be inside the root: the scoped resolution replaced every
   * symlink on the way, except when it gave up (a chain of more links than it follows), and the
   * file system would then follow what is left out of the context. Docker finds no such file.
   */
  static boolean resolvedInsideRoot(Path root, Path full) {
    try {
      return full.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasWildcards(String p) {
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '*' || ch == '?' || ch == '[') {
        return true;
      }
    }
    return false;
  }

  static String joinedHash(String prefix, List<String> parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(String.join(",", parts).getBytes(StandardCharsets.UTF_8));
      return prefix + ":" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The checksum part of the step's comment. */
  String hash() {
    if (infos.size() == 1) {
      return infos.getFirst().hash();
    }
    return joinedHash("multi", infos.stream().map(Info::hash).toList());
  }

  /** The destination as an absolute path (relative ones are taken from the working directory). */
  static String normalizeDest(String workdir, String dest) {
    if (dest.startsWith("/")) {
      return dest;
    }
    String joined = DockerIgnore.cleanPath("/" + workdir + "/" + dest);
    return dest.endsWith("/") && !joined.equals("/") ? joined + "/" : joined;
  }

  /**
   * Copies everything into {@code upper} (the new layer's root). {@code existing} tells what the
   * image already has at an absolute path; {@code decompress} is ADD's archive extraction.
   */
  void materialize(Path upper, String workdir, Identity identity, boolean decompress,
      Function<String, Existing> existing) {
    String destAbs = normalizeDest(workdir, dest);
    try {
      for (Info info : infos) {
        Path src = info.source().resolve(ScopedPath.resolve(info.source().root(), info.path()));
        // Docker follows the destination's symlinks (scoped to the image's root), the last one too
        String destClean = "/" + ScopedPath.resolve(DockerIgnore.cleanPath(destAbs).substring(1),
            rel -> readLink(upper, rel));
        if (Files.isDirectory(src)) {
          copyDirectory(info, src, upper, destClean, identity, kind(upper, destClean, existing));
        } else if (decompress && !info.noDecompress() && isArchive(src)) {
          Path target = inUpper(upper, destClean);
          mkdirs(upper, target, identity, existing);
          try (InputStream in = Files.newInputStream(src)) {
            TarExtractor.extract(in, target, true, false);
          }
        } else {
          String fileDest = destClean;
          if (destAbs.endsWith("/") || kind(upper, destClean, existing) == Existing.DIRECTORY) {
            String base = info.path().contains("/") ? info.path().substring(info.path().lastIndexOf('/') + 1)
                : info.path();
            fileDest = destClean.equals("/") ? "/" + base : destClean + "/" + base;
          }
          Path target = inUpper(upper, fileDest);
          mkdirs(upper, target.getParent(), identity, existing);
          if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            dev.berth.store.BerthStore.deleteTree(target);
          }
          Files.deleteIfExists(target);
          place(src, target, identity);
        }
      }
    } catch (IOException e) {
      throw new SystemException(keyword + ": copying files: " + e.getMessage(), e);
    }
  }

  /** The symlink target at {@code rel} in the new layer, else in the image; null when no symlink. */
  private String readLink(Path upper, String rel) {
    Path p = upper.resolve(rel);
    if (Files.isSymbolicLink(p)) {
      try {
        return Files.readSymbolicLink(p).toString();
      } catch (IOException e) {
        return null;
      }
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return imageLinks.apply("/" + rel);
  }

  private static Existing kind(Path upper, String abs, Function<String, Existing> existing) {
    Path inUpper = inUpper(upper, abs);
    if (Files.isDirectory(inUpper, LinkOption.NOFOLLOW_LINKS)) {
      return Existing.DIRECTORY;
    }
    if (Files.exists(inUpper, LinkOption.NOFOLLOW_LINKS)) {
      return Existing.OTHER;
    }
    return existing.apply(abs);
  }

  private static Path inUpper(Path upper, String abs) {
    return abs.equals("/") ? upper : upper.resolve(abs.substring(1));
  }

  /** Creates missing parents (0755, owned by the copy's identity when new to the image too). */
  private void mkdirs(Path upper, Path dir, Identity identity, Function<String, Existing> existing)
      throws IOException {
    if (dir == null || dir.equals(upper) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    mkdirs(upper, dir.getParent(), identity, existing);
    Files.createDirectory(dir);
    dev.berth.layer.NativeFs.chmod(dir, 0755);
    String abs = "/" + upper.relativize(dir);
    Existing kind = existing.apply(abs);
    if (kind == Existing.NONE && !identity.preserve()) {
      Owners.lchown(dir, identity.uid(), identity.gid());
    } else if (kind == Existing.DIRECTORY) {
      copyUp.accept(abs, dir);
    }
  }

  private void copyDirectory(Info info, Path srcDir, Path upper, String destAbs, Identity identity,
      Existing destKind) throws IOException {
    Path target = inUpper(upper, destAbs);
    boolean destExisted = destKind == Existing.DIRECTORY;
    mkdirs(upper, target.getParent(), identity, a -> Existing.DIRECTORY);
    CopySource source = info.source();
    Path root = source.root();
    List<Path> dirs = new ArrayList<>();
    java.util.Map<String, Path> firstNames = new java.util.HashMap<>();
    Files.walkFileTree(srcDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        String rel = root.relativize(dir).toString();
        if (!dir.equals(srcDir) && !source.contains(rel) && source.skipsDirectory(rel)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Path to = target.resolve(srcDir.relativize(dir).toString());
        if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(to);
          Files.createDirectories(to);
        }
        boolean isRoot = dir.equals(srcDir);
        if (!isRoot) {
          dev.berth.layer.NativeFs.chmod(to, (Integer) Files.getAttribute(dir, "unix:mode") & 07777);
          own(to, identity, dir);
        } else if (!destExisted) {
          // Docker creates the destination itself (0755, root's, or --chown's owner) and copies
          // only the source's contents into it: the source directory's mode, owner and time are
          // not copied, also by COPY --from, which keeps the owners of what it copies
          dev.berth.layer.NativeFs.chmod(to, 0755);
          Owners.lchown(to, identity.uid(), identity.gid());
        } else {
          copyUp.accept(destAbs, to);
        }
        dirs.add(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String rel = root.relativize(file).toString();
        if (!source.contains(rel)) {
          return FileVisitResult.CONTINUE;
        }
        Path to = target.resolve(srcDir.relativize(file).toString());
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
          dev.berth.store.BerthStore.deleteTree(to);
        }
        Files.deleteIfExists(to);
        // Docker copies a directory through a tar: names of one inode stay hard links
        String inode = attrs.isRegularFile() && ((Number) Files.getAttribute(file, "unix:nlink",
            LinkOption.NOFOLLOW_LINKS)).intValue() > 1 ? String.valueOf(attrs.fileKey()) : null;
        Path first = inode == null ? null : firstNames.putIfAbsent(inode, to);
        if (first != null) {
          Files.createLink(to, first);
        } else {
          place(file, to, identity);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    for (int i = dirs.size() - 1; i >= 0; i--) {
      Path dir = dirs.get(i);
      Path to = target.resolve(srcDir.relativize(dir).toString());
      if (!dir.equals(srcDir)) {
        FileTime t = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
        Files.setLastModifiedTime(to, t);
      }
    }
  }

  /**
   * Puts one file (or symlink) at {@code to} with the copy's owner. A regular file that already has
   * that owner is hard-linked instead of copied: the layer directory is only read (into the layer
   * tar) and then deleted, and a link has the same content, mode and times. A file linked once is
   * copied the second time, so that the layer never holds two names for one inode.
   */
  private void place(Path from, Path to, Identity identity) throws IOException {
    java.util.Map<String, Object> a = Files.readAttributes(from, "unix:uid,gid,ino,dev,mode", LinkOption.NOFOLLOW_LINKS);
    int uid = ((Number) a.get("uid")).intValue();
    int gid = ((Number) a.get("gid")).intValue();
    int mode = ((Number) a.get("mode")).intValue();
    boolean regular = (mode & 0170000) == 0100000;
    // Docker chowns every copied file, and the kernel's chown drops set-user-ID (and set-group-ID
    // on group-executable files): such a file is copied and chowned the same way
    boolean setid = (mode & 04000) != 0 || (mode & 02010) == 02010;
    boolean ownerOk = !setid && (identity.preserve() || (uid == identity.uid() && gid == identity.gid()));
    if (regular && ownerOk && linked.add(a.get("dev") + ":" + a.get("ino"))) {
      try {
        Files.createLink(to, from);
        return;
      } catch (IOException | UnsupportedOperationException e) {
        // another file system, or links not allowed: copy
      }
    }
    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    if (!ownerOk || !regular) {
      own(to, identity, from);
    }
    if (Files.isSymbolicLink(to)) {
      // Docker's copy (a tar) keeps a link's own time; Java's copy of a link does not
      java.time.Instant t = Files.getLastModifiedTime(from, LinkOption.NOFOLLOW_LINKS).toInstant();
      dev.berth.layer.NativeFs.lutimes(to, t.getEpochSecond(), t.getNano());
    }
  }

  private static void own(Path target, Identity identity, Path source) throws IOException {
    if (identity.preserve()) {
      int uid = ((Number) Files.getAttribute(source, "unix:uid", LinkOption.NOFOLLOW_LINKS)).intValue();
      int gid = ((Number) Files.getAttribute(source, "unix:gid", LinkOption.NOFOLLOW_LINKS)).intValue();
      Owners.lchown(target, uid, gid);
    } else {
      Owners.lchown(target, identity.uid(), identity.gid());
    }
  }

  /** Whether the file is a tar, possibly compressed (gzip, bzip2, xz), as ADD extracts it. */
  static boolean isArchive(Path file) {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = dev.berth.layer.Compression.open(raw, dev.berth.layer.ExpansionLimit.NONE).stream();
      byte[] head = in.readNBytes(512);
      if (head.length < 512) {
        return false;
      }
      String magic = new String(head, 257, 5, StandardCharsets.US_ASCII);
      if (magic.equals("ustar")) {
        return true;
      }
      // A v7 tar has no magic: its header checksum must be right.
      long sum = 0;
      for (int i = 0; i < 512; i++) {
        sum += (i >= 148 && i < 156) ? ' ' : (head[i] & 0xff);
      }
      String field = new String(head, 148, 8, StandardCharsets.US_ASCII).replace("\0", "").strip();
      return !field.isEmpty() && field.matches("[0-7]+") && Long.parseLong(field, 8) == sum;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
