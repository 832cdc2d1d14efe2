package dev.berth.layer;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * berth's "tar-split" record: what it takes, with the unpacked files, to regenerate a layer tar
 * byte for byte. The whole record is zlib-deflated; inside, after the 4 magic bytes {@code BTS1}:
 *
 * <pre>
 *   'R' int n, n bytes        raw stream bytes (headers, PAX/GNU blocks, padding, bodies of
 *                             non-regular entries, end blocks, trailing bytes), in stream order
 *   'F' int n, n bytes, long  a regular file's body: its path (UTF-8, relative to the layer
 *                             directory, '/'-separated) and its size; the bytes are read from disk
 *   'E' long total, 32 bytes  end: length of the whole tar stream and its sha256 (the diff ID)
 * </pre>
 *
 * Raw and file segments alternate in stream order; concatenating them gives the tar stream.
 */
public final class TarSplitRecord {
  static final byte[] MAGIC = {'B', 'T', 'S', '1'};
  static final int RAW_CHUNK = 1 << 20;

  private TarSplitRecord() {}

  /** Writes a record, segment by segment. */
  public static final class Writer implements AutoCloseable {
    private final DeflaterOutputStream deflater;
    private final DataOutputStream out;
    private boolean finished;

    public Writer(OutputStream target) throws IOException {
      this.deflater = new DeflaterOutputStream(nonClosing(target), true);
      this.out = new DataOutputStream(deflater);
      out.write(MAGIC);
    }

    public void raw(byte[] bytes, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, RAW_CHUNK);
        out.writeByte('R');
        out.writeInt(n);
        out.write(bytes, off, n);
        off += n;
        len -= n;
      }
    }

    public void file(String path, long size) throws IOException {
      byte[] name = path.getBytes(StandardCharsets.UTF_8);
      out.writeByte('F');
      out.writeInt(name.length);
      out.write(name);
      out.writeLong(size);
    }

    public void end(long totalLength, Digest diffId) throws IOException {
      out.writeByte('E');
      out.writeLong(totalLength);
      out.write(HexFormat.of().parseHex(diffId.hex()));
      out.flush();
      deflater.finish();
      finished = true;
    }

    /** Finishes the deflate stream; the underlying stream stays open (the caller owns it). */
    @Override
    public void close() throws IOException {
      if (!finished) {
        deflater.finish();
        finished = true;
      }
      out.flush();
    }
  }

  /** One segment of a record. */
  public sealed interface Segment permits Raw, File, End {}

  public record Raw(byte[] bytes) implements Segment {}

  public record File(String path, long size) implements Segment {}

  public record End(long totalLength, Digest diffId) implements Segment {}

  /** Reads a record's segments in order. */
  public static final class Reader implements AutoCloseable {
    private final DataInputStream in;

    public Reader(InputStream source) throws IOException {
      this.in = new DataInputStream(new InflaterInputStream(source, new java.util.zip.Inflater(), 65536));
      byte[] magic = in.readNBytes(4);
      if (!Arrays.equals(magic, MAGIC)) {
        throw corrupt();
      }
    }

    /** The next segment; the last one is always an {@link End}. */
    public Segment next() throws IOException {
      try {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 'R' -> {
            int n = in.readInt();
            if (n < 0 || n > RAW_CHUNK) {
              throw corrupt();
            }
            byte[] b = new byte[n];
            in.readFully(b);
            return new Raw(b);
          }
          case 'F' -> {
            int n = in.readInt();
            if (n < 0 || n > 1 << 20) {
              throw corrupt();
            }
            byte[] name = new byte[n];
            in.readFully(name);
            return new File(new String(name, StandardCharsets.UTF_8), in.readLong());
          }
          case 'E' -> {
            long total = in.readLong();
            byte[] raw = new byte[32];
            in.readFully(raw);
            return new End(total, Digest.fromRaw(raw));
          }
          default -> throw corrupt();
        }
      } catch (EOFException e) {
        throw corrupt();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  static InvalidArgumentException corrupt() {
    return new InvalidArgumentException("corrupt tar-split record");
  }

  private static OutputStream nonClosing(OutputStream target) {
    return new java.io.FilterOutputStream(target) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
