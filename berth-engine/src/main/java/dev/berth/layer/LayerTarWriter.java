package dev.berth.layer;

import dev.berth.content.Digest;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Regenerates the original layer tar, byte for byte, from an unpacked layer directory and its
 * {@link TarSplitRecord}: raw segments are copied, file segments are read from disk. Streams; no
 * temporary copy.
 */
public final class LayerTarWriter {
  private LayerTarWriter() {}

  /** Length of the tar the record regenerates (reads only the record). */
  public static long length(InputStream record) throws IOException {
    try (TarSplitRecord.Reader reader = new TarSplitRecord.Reader(record)) {
      while (true) {
        if (reader.next() instanceof TarSplitRecord.End end) {
          return end.totalLength();
        }
      }
    }
  }

  /** Diff ID recorded at unpack time (reads only the record). */
  public static Digest diffId(InputStream record) throws IOException {
    try (TarSplitRecord.Reader reader = new TarSplitRecord.Reader(record)) {
      while (true) {
        if (reader.next() instanceof TarSplitRecord.End end) {
          return end.diffId();
        }
      }
    }
  }

  /**
   * Writes the tar to {@code out} (not closed) and returns its digest. Throws a
   * {@link SystemException} if the files on disk no longer match the record.
   */
  public static Digest write(Path layerDir, InputStream record, OutputStream out) throws IOException {
    byte[] buf = new byte[65536];
    try (TarSplitRecord.Reader reader = new TarSplitRecord.Reader(record);
        DigestingOutputStream digesting = new DigestingOutputStream(out)) {
      while (true) {
        TarSplitRecord.Segment segment = reader.next();
        switch (segment) {
          case TarSplitRecord.Raw raw -> digesting.write(raw.bytes(), 0, raw.bytes().length);
          case TarSplitRecord.File file -> copyFile(layerDir, file, digesting, buf);
          case TarSplitRecord.End end -> {
            Digest digest = digesting.digest();
            if (digesting.count() != end.totalLength() || !digest.equals(end.diffId())) {
              throw new SystemException(
                  "regenerated layer does not match: expected " + end.diffId() + ", got " + digest);
            }
            return digest;
          }
        }
      }
    }
  }

  private static void copyFile(Path layerDir, TarSplitRecord.File file, OutputStream out, byte[] buf)
      throws IOException {
    Path path = layerDir.resolve(file.path());
    if (!path.normalize().startsWith(layerDir.normalize())) {
      throw TarSplitRecord.corrupt();
    }
    long remaining = file.size();
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      while (remaining > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
        if (n < 0) {
          throw new SystemException("layer file " + file.path() + " is shorter than recorded");
        }
        out.write(buf, 0, n);
        remaining -= n;
      }
      if (in.read() >= 0) {
        throw new SystemException("layer file " + file.path() + " is longer than recorded");
      }
    }
  }
}
