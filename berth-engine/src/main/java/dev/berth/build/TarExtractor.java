package dev.berth.build;

import dev.berth.layer.Compression;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.NativeFs;
import dev.berth.layer.TarEntry;
import dev.berth.layer.TarStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Extracts a (possibly compressed) tar into a directory, as the classic builder does for a context
 * sent as a tar and for ADD of a local archive: modes, times and (as root) owners from the headers.
 * Optionally returns each entry's tarsum, keyed by its cleaned path.
 */
final class TarExtractor {
  private TarExtractor() {}

  static Map<String, String> extract(InputStream raw, Path dest, boolean keepOwners, boolean sums)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    boolean root = NativeFs.geteuid() == 0;
    InputStream in = Compression.open(raw, ExpansionLimit.NONE).stream();
    TarStreamReader tar = new TarStreamReader(in, Long.MAX_VALUE);
    record DirTime(Path dir, long seconds, int nanos) {}
    List<DirTime> dirTimes = new ArrayList<>();
    for (TarEntry e = tar.next(); e != null; e = tar.next()) {
      String rel = DockerIgnore.cleanPath("/" + e.name()).substring(1);
      MessageDigest md = sums ? new TarSum(e.name(), e.mode(), e.uid(), e.gid(), e.size(), e.type(),
          e.linkName() == null ? "" : e.linkName(), "", "", e.devMajor(), e.devMinor()).start() : null;
      Path target = rel.isEmpty() ? dest : inScope(dest, rel);
      if (!target.normalize().startsWith(dest)) {
        continue;
      }
      if (!rel.isEmpty() && target.getParent() != null && !Files.isDirectory(target.getParent())) {
        Files.createDirectories(target.getParent());
      }
      switch (e.type()) {
        case '5' -> {
          if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(target);
            Files.createDirectories(target);
          }
          dirTimes.add(new DirTime(target, e.mtimeSeconds(), e.mtimeNanos()));
        }
        case '2' -> {
          Files.deleteIfExists(target);
          dev.berth.layer.NativeFs.symlink(e.linkName(), target);
        }
        case '1' -> {
          String linkRel = DockerIgnore.cleanPath("/" + e.linkName()).substring(1);
          Path source = linkRel.isEmpty() ? dest : inScope(dest, linkRel);
          Files.deleteIfExists(target);
          if (source.normalize().startsWith(dest) && Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.createLink(target, source);
          }
        }
        case '0', '7' -> {
          if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            dev.berth.store.BerthStore.deleteTree(target);
          }
          Files.deleteIfExists(target); // never write through a link to a file copied from the context
          try (OutputStream os = Files.newOutputStream(target)) {
            InputStream body = tar.body();
            byte[] buf = new byte[65536];
            for (int n; (n = body.read(buf)) > 0; ) {
              os.write(buf, 0, n);
              if (md != null) {
                md.update(buf, 0, n);
              }
            }
          }
        }
        default -> {
          continue; // devices and FIFOs are not needed in a build context
        }
      }
      if (md != null) {
        out.putIfAbsent(rel, HexFormat.of().formatHex(md.digest()));
      }
      // chown first: a chown drops set-ID bits, which the mode must then set again (as Docker's untar)
      if (keepOwners && root) {
        Owners.lchown(target, (int) e.uid(), (int) e.gid());
      }
      if (e.type() != '2') {
        NativeFs.chmod(target, e.mode() & 07777);
      }
      if (e.type() != '5') {
        NativeFs.lutimes(target, e.mtimeSeconds(), e.mtimeNanos());
      }
    }
    for (int i = dirTimes.size() - 1; i >= 0; i--) {
      DirTime d = dirTimes.get(i);
      NativeFs.lutimes(d.dir(), d.seconds(), d.nanos());
    }
    in.transferTo(OutputStream.nullOutputStream());
    return out;
  }

  /**
   * Where entry {@code rel} lands: its parent directory with every symlink followed as if
   * {@code dest} were {@code /} (as the daemon extracts in a chroot), so that a link unpacked
   * earlier can never lead a later entry outside; the last name itself is not followed.
   */
  private static Path inScope(Path dest, String rel) {
    int slash = rel.lastIndexOf('/');
    if (slash < 0) {
      return dest.resolve(rel);
    }
    String parent = ScopedPath.resolve(dest, rel.substring(0, slash));
    Path dir = parent == null || parent.isEmpty() ? dest : dest.resolve(parent);
    return dir.resolve(rel.substring(slash + 1));
  }

  /** Copies a regular file keeping its mode and times (used for downloads). */
  static void copy(Path from, Path to) throws IOException {
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
  }
}
