package dev.berth.container;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a tar into a directory of a container: every entry's path (and every hard link's target)
 * is resolved inside the container's root, so a hostile archive cannot write outside it.
 */
public final class TarExtract {
  private TarExtract() {}

  /**
   * Extracts {@code tar} into {@code dirInContainer} of the root {@code root}; with
   * {@code noOverwriteDirNonDir} a directory never replaces a file nor a file a directory.
   */
  public static void extract(Path root, String dirInContainer, InputStream tar, boolean noOverwriteDirNonDir,
                             boolean keepOwner) {
    extract(path -> "/" + String.join("/", ContainerFiles.resolveParts(root, java.util.List.of(), path, false)),
        resolved -> ContainerFiles.inScope(root, resolved, false), dirInContainer, tar, noOverwriteDirNonDir, keepOwner);
  }

  /** Like {@link #extract(Path, String, InputStream, boolean, boolean)} into a container with its mounts. */
  public static void extract(ContainerFiles files, String dirInContainer, InputStream tar, boolean noOverwriteDirNonDir,
                             boolean keepOwner) {
    extract(path -> files.resolvePath(path, false), files::host, dirInContainer, tar, noOverwriteDirNonDir, keepOwner);
  }

  private static void extract(UnaryOperator<String> resolvePath, Function<String, Path> host, String dirInContainer,
                              InputStream tar, boolean noOverwriteDirNonDir, boolean keepOwner) {
    try {
      TarArchiveInputStream in = new TarArchiveInputStream(tar);
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        String name = e.getName();
        String resolved = resolvePath.apply(dirInContainer + "/" + name);
        if (resolved.equals("/")) {
          continue;
        }
        Path target = host.apply(resolved);
        Files.createDirectories(target.getParent());
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        boolean existingDir = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        if (noOverwriteDirNonDir && exists && existingDir != e.isDirectory()) {
          throw new InvalidArgumentException(existingDir
              ? "cannot overwrite directory \"" + resolved + "\" with non-directory \"" + name + "\""
              : "cannot overwrite non-directory \"" + resolved + "\" with directory \"" + name + "\"");
        }
        if (e.isDirectory()) {
          if (!existingDir) {
            Files.deleteIfExists(target);
            Files.createDirectory(target);
          }
        } else {
          if (existingDir) {
            deleteTree(target);
          } else {
            Files.deleteIfExists(target);
          }
          if (e.isSymbolicLink()) {
            dev.berth.layer.NativeFs.symlink(e.getLinkName(), target);
          } else if (e.isLink()) {
            Files.createLink(target, host.apply(resolvePath.apply(dirInContainer + "/" + e.getLinkName())));
          } else if (e.isFile()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          } else {
            continue;
          }
        }
        if (!e.isSymbolicLink()) {
          Files.setPosixFilePermissions(target, perms(e.getMode()));
          Files.setLastModifiedTime(target, FileTime.from(e.getModTime().toInstant()));
        }
        Files.setAttribute(target, "unix:uid", keepOwner ? (int) e.getLongUserId() : 0, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(target, "unix:gid", keepOwner ? (int) e.getLongGroupId() : 0, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException ex) {
      throw new SystemException(ex.getMessage());
    }
  }

  private static Set<PosixFilePermission> perms(int mode) {
    Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission p : PosixFilePermission.values()) {
      if ((mode & (1 << (8 - p.ordinal()))) != 0) {
        s.add(p);
      }
    }
    return s;
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (var list = Files.list(p)) {
        for (Path c : list.toList()) {
          deleteTree(c);
        }
      }
    }
    Files.delete(p);
  }
}
