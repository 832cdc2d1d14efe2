package dev.berth.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The daemon's {@code X-Docker-Container-Path-Stat}: name, size, Go {@code os.FileMode} bits,
 * mtime (RFC 3339 with nanoseconds) and, for a symlink, its target resolved inside the container.
 */
public record PathStat(String name, long size, long mode, String mtime, String linkTarget) {
  private static final long GO_MODE_DIR = 1L << 31;
  private static final long GO_MODE_SYMLINK = 1L << 27;

  /** The stat of {@code p} (resolved inside {@code root}), named {@code name}. */
  public static PathStat of(Path root, Path p, String name) {
    return of(p, name, () -> "/" + root.relativize(ContainerFiles.inScope(root, "/" + root.relativize(p), true)));
  }

  /** The stat of the container path {@code path} of {@code files}, named {@code name}. */
  public static PathStat of(ContainerFiles files, String path, String name) {
    return of(files.resolve(path, false), name, () -> files.resolvePath(path, true));
  }

  private static PathStat of(Path p, String name, java.util.function.Supplier<String> linkTarget) {
    try {
      PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      long mode = 0;
      for (PosixFilePermission x : a.permissions()) {
        mode |= 1L << (8 - x.ordinal());
      }
      String link = "";
      if (a.isDirectory()) {
        mode |= GO_MODE_DIR;
      } else if (a.isSymbolicLink()) {
        mode |= GO_MODE_SYMLINK;
        link = linkTarget.get();
      }
      Instant t = a.lastModifiedTime().toInstant();
      return new PathStat(name, a.size(), mode, goTime(t), link);
    } catch (IOException e) {
      throw new dev.berth.errors.SystemException(e.getMessage());
    }
  }

  /** Go's RFC3339Nano in UTC: trailing zeros of the fraction dropped. */
  static String goTime(Instant t) {
    String base = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(t);
    String frac = t.getNano() == 0 ? "" : ("." + String.format("%09d", t.getNano())).replaceAll("0+$", "");
    return base + frac + "Z";
  }
}
