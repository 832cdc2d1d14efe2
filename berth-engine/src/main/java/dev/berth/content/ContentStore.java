package dev.berth.content;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed blobs ({@code sha256}). A blob is written to an ingest file, verified, fsynced
 * and renamed into place, so a blob path either holds the full, verified bytes or does not exist.
 * Writing a blob that already exists is success.
 */
public final class ContentStore {
  private final Path blobs;
  private final Path ingest;

  public ContentStore(Path blobs, Path ingest) {
    this.blobs = blobs;
    this.ingest = ingest;
  }

  public static String sha256(byte[] bytes) {
    return "sha256:" + HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path path(String digest) {
    return blobs.resolve(hexOf(digest));
  }

  public boolean exists(String digest) {
    return Files.isRegularFile(path(digest));
  }

  /** Stores {@code bytes} and returns their digest. */
  public String put(byte[] bytes) {
    String digest = sha256(bytes);
    if (exists(digest)) {
      return digest;
    }
    return write(new java.io.ByteArrayInputStream(bytes), digest);
  }

  /** Streams {@code in} into the store, verifying it against {@code expected} when not null. */
  public String write(InputStream in, String expected) {
    Path tmp = null;
    try {
      Files.createDirectories(ingest);
      Files.createDirectories(blobs);
      tmp = ingest.resolve(TempNames.unique());
      MessageDigest md = newDigest();
      try (FileChannel ch =
              FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
          md.update(buf, 0, n);
          out.write(buf, 0, n);
        }
        out.flush();
        ch.force(true);
      }
      String digest = "sha256:" + HexFormat.of().formatHex(md.digest());
      if (expected != null && !expected.equals(digest)) {
        throw new InvalidArgumentException(
            "digest mismatch: expected " + expected + ", got " + digest);
      }
      Path target = path(digest);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        Files.deleteIfExists(tmp);
      }
      tmp = null;
      return digest;
    } catch (IOException e) {
      throw new SystemException("writing blob: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // swept at the next start-up
        }
      }
    }
  }

  public byte[] read(String digest) {
    try {
      return Files.readAllBytes(path(digest));
    } catch (NoSuchFileException e) {
      throw new SystemException("content " + digest + " is missing from the store");
    } catch (IOException e) {
      throw new SystemException("reading blob " + digest + ": " + e.getMessage(), e);
    }
  }

  public InputStream open(String digest) throws IOException {
    return Files.newInputStream(path(digest));
  }

  public void delete(String digest) {
    try {
      Files.deleteIfExists(path(digest));
    } catch (IOException e) {
      throw new SystemException("deleting blob " + digest + ": " + e.getMessage(), e);
    }
  }

  /** Removes abandoned ingest files (writers that died); called at start-up under the store lock. */
  public void sweepIngest() {
    if (!Files.isDirectory(ingest)) {
      return;
    }
    try (var files = Files.list(ingest)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        // Only files older than a minute: another live process may be writing the younger ones.
        if (Files.getLastModifiedTime(p).toMillis() < System.currentTimeMillis() - 60_000) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new SystemException("sweeping ingest: " + e.getMessage(), e);
    }
  }

  private static String hexOf(String digest) {
    if (!digest.startsWith("sha256:") || digest.length() != 71) {
      throw new InvalidArgumentException("invalid digest " + digest);
    }
    return digest.substring(7);
  }
}
