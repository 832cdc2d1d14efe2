package dev.berth.build;

import dev.berth.errors.NotSupportedException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a COPY/ADD of local files puts into the new layer: the sources resolved in the context (with
 * wildcards and .dockerignore), the absolute destination, and a content hash for the build cache.
 */
final class CopyPlan {
  private final BuildContext context;
  private final List<Path> sources;
  private final String dest;
  private final boolean destIsDir;

  private CopyPlan(BuildContext context, List<Path> sources, String dest, boolean destIsDir) {
    this.context = context;
    this.sources = sources;
    this.dest = dest;
    this.destIsDir = destIsDir;
  }

  static CopyPlan of(BuildContext context, String keyword, List<String> srcs, String dest, String workdir) {
    List<Path> resolved = new ArrayList<>();
    for (String src : srcs) {
      if (src.startsWith("http://") || src.startsWith("https://")) {
        if (keyword.equals("COPY")) {
          throw new BuildStepFailedException("COPY failed: source can't be a URL for COPY", 1);
        }
        throw new NotSupportedException("ADD from a URL is not supported by berth build");
      }
      String clean = Path.of("/" + src).normalize().toString().substring(1);
      Path rel = Path.of(clean);
      if (clean.matches(".*[*?\\[].*")) {
        resolved.addAll(glob(context, clean, keyword, src));
        continue;
      }
      Path abs = context.root().resolve(clean);
      if ((!clean.isEmpty() && context.excluded(rel)) || !Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
          || !parentInsideContext(context, abs)) {
        throw notFound(keyword, src);
      }
      resolved.add(clean.isEmpty() ? Path.of("") : rel);
    }
    for (Path p : resolved) {
      Path abs = context.root().resolve(p);
      if (keyword.equals("ADD") && Files.isRegularFile(abs) && isArchive(abs)) {
        throw new NotSupportedException("ADD of a local archive (auto-extraction) is not supported by berth build");
      }
    }
    String base = workdir.isEmpty() ? "/" : workdir;
    String absDest = dest.startsWith("/") ? dest : base + "/" + dest;
    boolean dir = dest.endsWith("/") || dest.endsWith("/.") || dest.equals(".") || resolved.size() > 1;
    return new CopyPlan(context, resolved, Path.of(absDest).normalize().toString(), dir);
  }

  /**
   * A symlinked directory on the way to a source must not lead out of the context: Docker resolves
   * such links inside the context, where their outside target does not exist.
   */
  private static boolean parentInsideContext(BuildContext context, Path abs) {
    Path parent = abs.getParent();
    if (parent == null || abs.equals(context.root())) {
      return true;
    }
    try {
      return parent.toRealPath().startsWith(context.root().toRealPath());
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static BuildStepFailedException notFound(String keyword, String src) {
    return new BuildStepFailedException(keyword + " failed: file not found in build context or excluded by "
        + ".dockerignore: stat " + src + ": file does not exist", 1);
  }

  private static List<Path> glob(BuildContext context, String pattern, String keyword, String src) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(context.root())) {
      walk.map(p -> context.root().relativize(p)).filter(r -> !r.toString().isEmpty())
          .filter(m::matches).filter(r -> !context.excluded(r)).sorted().forEach(out::add);
    } catch (IOException e) {
      throw new SystemException("reading build context: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw notFound(keyword, src);
    }
    return out;
  }

  private static boolean isArchive(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(262);
      boolean gzip = head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
      boolean bzip2 = head.length > 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h';
      boolean xz = head.length > 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z';
      boolean tar = head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
      return gzip || bzip2 || xz || tar;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code file:<hex>}, {@code dir:<hex>} or {@code multi:<hex>} over names, modes and contents. */
  String hash() {
    try {
      MessageDigest all = MessageDigest.getInstance("SHA-256");
      for (Path src : sources) {
        for (Path f : files(src)) {
          Path abs = context.root().resolve(f);
          all.update(f.toString().getBytes(StandardCharsets.UTF_8));
          all.update((byte) 0);
          if (Files.isSymbolicLink(abs)) {
            all.update(("link:" + Files.readSymbolicLink(abs)).getBytes(StandardCharsets.UTF_8));
          } else if (Files.isRegularFile(abs)) {
            all.update(PosixFilePermissions.toString(Files.getPosixFilePermissions(abs)).getBytes(StandardCharsets.UTF_8));
            all.update(Files.readAllBytes(abs));
          } else {
            all.update("dir".getBytes(StandardCharsets.UTF_8));
          }
          all.update((byte) 0);
        }
      }
      String kind = sources.size() > 1 ? "multi" : Files.isDirectory(context.root().resolve(sources.getFirst())) ? "dir" : "file";
      return kind + ":" + HexFormat.of().formatHex(all.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new SystemException("hashing build context: " + e.getMessage(), e);
    }
  }

  private List<Path> files(Path src) throws IOException {
    Path abs = context.root().resolve(src);
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      out.add(src);
      return out;
    }
    try (Stream<Path> walk = Files.walk(abs)) {
      walk.map(p -> context.root().relativize(p)).filter(r -> r.toString().isEmpty() || !context.excluded(r))
          .sorted().forEach(out::add);
    }
    return out;
  }

  /** Writes the copied files into {@code upper} (a layer's root) at the destination. */
  void materialize(Path upper) {
    try {
      Path destPath = upper.resolve(dest.substring(1));
      for (Path src : sources) {
        Path abs = context.root().resolve(src);
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
          for (Path f : files(src)) {
            Path from = context.root().resolve(f);
            Path to = destPath.resolve(abs.relativize(from).toString());
            copyOne(from, to, upper);
          }
        } else {
          Path to = destIsDir ? destPath.resolve(abs.getFileName().toString()) : destPath;
          copyOne(abs, to, upper);
        }
      }
    } catch (IOException e) {
      throw new SystemException("copying build context files: " + e.getMessage(), e);
    }
  }

  private static void copyOne(Path from, Path to, Path upper) throws IOException {
    mkdirs(to.getParent(), upper);
    if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(to)) {
        Files.createDirectories(to);
      }
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
      return;
    }
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
        LinkOption.NOFOLLOW_LINKS);
  }

  private static void mkdirs(Path dir, Path upper) throws IOException {
    if (dir == null || Files.isDirectory(dir) || dir.equals(upper)) {
      return;
    }
    mkdirs(dir.getParent(), upper);
    Files.createDirectory(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
