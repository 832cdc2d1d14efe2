package dev.berth.build;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where COPY/ADD read files from: the build context, or the root file system of a stage or image
 * ({@code COPY --from}). Knows the per-file checksums the classic builder puts into the step's
 * cache key. Paths are slash-separated and relative to {@link #root()} ({@code ""} is the root).
 */
abstract class CopySource {
  private final Path root;
  private final Map<String, String> cache = new HashMap<>();

  CopySource(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path resolve(String rel) {
    return rel.isEmpty() ? root : root.resolve(rel);
  }

  /** Whether the entry is part of the source (the context leaves out what .dockerignore excludes). */
  abstract boolean contains(String rel);

  /** Whether a directory can be left out of a walk as a whole. */
  boolean skipsDirectory(String rel) {
    return false;
  }

  /** The message prefix when a source path does not exist. */
  abstract String notFoundPrefix();

  /** The tarsum header of an entry that exists (no symlinks followed). */
  protected abstract TarSum header(String rel, Path file) throws IOException;

  /**
   * Docker's {@code Source.Hash}: the checksum of what {@code rel} resolves to (symlinks followed
   * within the root); the path itself when that is not part of the source.
   */
  String hash(String rel) {
    String resolved = ScopedPath.resolve(root, rel);
    if (resolved == null) {
      return rel;
    }
    Path file = resolve(resolved);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || (!resolved.isEmpty() && !contains(resolved))) {
      return missingHash(rel, resolved);
    }
    if (resolved.isEmpty()) {
      return rel;
    }
    String cached = cache.get(resolved);
    if (cached != null) {
      return cached;
    }
    try {
      TarSum h = header(resolved, file);
      MessageDigest md = h.start();
      if (h.type() == '0' && h.size() > 0) {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] buf = new byte[65536];
          for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
          }
        }
      }
      String sum = HexFormat.of().formatHex(md.digest());
      cache.put(resolved, sum);
      return sum;
    } catch (IOException e) {
      throw new SystemException("hashing " + rel + ": " + e.getMessage(), e);
    }
  }

  /** What {@link #hash} gives for a path without an entry. */
  protected String missingHash(String rel, String resolved) {
    return rel;
  }
}
