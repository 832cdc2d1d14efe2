package dev.berth.layer;

import com.github.luben.zstd.ZstdInputStream;
import dev.berth.errors.InvalidArgumentException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

/** The compressions a layer or an archive may come in, recognised by their magic bytes. */
public enum Compression {
  NONE,
  GZIP,
  BZIP2,
  XZ,
  ZSTD;

  private static final int SNIFF = 6;

  /** The compression whose magic starts {@code head} (NONE if none does). */
  public static Compression detect(byte[] head, int length) {
    if (startsWith(head, length, 0x1f, 0x8b)) {
      return GZIP;
    }
    if (startsWith(head, length, 0x28, 0xb5, 0x2f, 0xfd)) {
      return ZSTD;
    }
    if (startsWith(head, length, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
      return XZ;
    }
    if (startsWith(head, length, 'B', 'Z', 'h')) {
      return BZIP2;
    }
    return NONE;
  }

  /** A stream with its detected compression, already decompressing. */
  public record Opened(Compression compression, InputStream stream) {}

  /** Sniffs {@code raw} and returns a decompressing stream, guarded by {@code limit}. */
  public static Opened open(InputStream raw, ExpansionLimit limit) throws IOException {
    CountingInput counted = new CountingInput(raw);
    BufferedInputStream buffered = new BufferedInputStream(counted, 65536);
    buffered.mark(SNIFF);
    byte[] head = buffered.readNBytes(SNIFF);
    buffered.reset();
    Compression kind = detect(head, head.length);
    InputStream decompressed =
        switch (kind) {
          case NONE -> buffered;
          case GZIP -> new GZIPInputStream(buffered, 65536);
          case BZIP2 -> new BZip2CompressorInputStream(buffered, true);
          case XZ -> new XZInputStream(buffered);
          case ZSTD -> new ZstdInputStream(buffered);
        };
    InputStream guarded =
        kind == NONE ? limitPlain(decompressed, limit) : new Guarded(decompressed, counted, limit);
    return new Opened(kind, guarded);
  }

  private static InputStream limitPlain(InputStream in, ExpansionLimit limit) {
    ExpansionLimit plain = new ExpansionLimit(limit.maxBytes(), Long.MAX_VALUE, Long.MAX_VALUE);
    return new Guarded(in, null, plain);
  }

  private static boolean startsWith(byte[] head, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Counts the compressed bytes consumed. */
  private static final class CountingInput extends FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** Throws as soon as the decompressed output breaks the {@link ExpansionLimit}. */
  private static final class Guarded extends FilterInputStream {
    private final CountingInput compressed;
    private final ExpansionLimit limit;
    private long produced;

    Guarded(InputStream in, CountingInput compressed, ExpansionLimit limit) {
      super(in);
      this.compressed = compressed;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        produced += n;
        long consumed = compressed == null ? produced : compressed.count;
        if (limit.exceeded(produced, consumed)) {
          throw new InvalidArgumentException(
              "decompressed data exceeds the allowed size (" + produced + " bytes from " + consumed
                  + " compressed bytes)");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[8192];
      long done = 0;
      while (done < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
