package dev.berth.archive;

import dev.berth.errors.SystemException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** ustar headers exactly as Go's archive/tar writes them for Docker's save (owner root/root). */
final class UstarWriter {
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private final OutputStream out;

  UstarWriter(OutputStream out) {
    this.out = out;
  }

  void header(String name, char type, int mode, long size, long mtime, String link) throws IOException {
    byte[] h = new byte[512];
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length > 100) {
      throw new IllegalArgumentException("archive entry name too long for ustar: " + name);
    }
    System.arraycopy(nameBytes, 0, h, 0, nameBytes.length);
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, size);
    octal(h, 136, 12, mtime);
    h[156] = (byte) type;
    byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(linkBytes, 0, h, 157, Math.min(100, linkBytes.length));
    System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 8);
    System.arraycopy("root".getBytes(StandardCharsets.US_ASCII), 0, h, 265, 4);
    System.arraycopy("root".getBytes(StandardCharsets.US_ASCII), 0, h, 297, 4);
    octal(h, 329, 8, 0);
    octal(h, 337, 8, 0);
    Arrays.fill(h, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    octal(h, 148, 7, sum);
    h[155] = ' ';
    out.write(h);
  }

  void body(long size, Body body) throws IOException {
    long[] written = {0};
    OutputStream counting = new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        written[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written[0] += len;
      }

      @Override
      public void close() {}
    };
    body.write(counting);
    if (written[0] != size) {
      throw new SystemException("archive entry length changed while saving: expected " + size + ", wrote " + written[0]);
    }
    int pad = (int) ((512 - size % 512) % 512);
    out.write(new byte[pad]);
  }

  void finish() throws IOException {
    out.write(new byte[1024]);
    out.flush();
  }

  /** Go's formatOctal: zero-padded digits then a NUL, in a field of {@code len} bytes. */
  private static void octal(byte[] h, int off, int len, long value) {
    String digits = Long.toOctalString(value);
    String padded = "0".repeat(Math.max(0, len - 1 - digits.length())) + digits;
    byte[] b = padded.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, Math.min(b.length, len - 1));
    h[off + len - 1] = 0;
  }
}
