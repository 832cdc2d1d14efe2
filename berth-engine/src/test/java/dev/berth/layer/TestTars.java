package dev.berth.layer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds test tars: through Commons Compress, or header by header for malformed ones. */
final class TestTars {
  private TestTars() {}

  /** A ustar header block with a valid checksum; {@code size} is written as given (octal). */
  static byte[] header(String name, char type, long size, String link) {
    byte[] h = new byte[512];
    put(h, 0, name.getBytes(StandardCharsets.UTF_8), 100);
    put(h, 100, "0000644\0".getBytes(StandardCharsets.US_ASCII), 8);
    put(h, 108, "0000000\0".getBytes(StandardCharsets.US_ASCII), 8);
    put(h, 116, "0000000\0".getBytes(StandardCharsets.US_ASCII), 8);
    put(h, 124, String.format("%011o\0", size).getBytes(StandardCharsets.US_ASCII), 12);
    put(h, 136, "13000000000\0".getBytes(StandardCharsets.US_ASCII), 12);
    h[156] = (byte) type;
    put(h, 157, link.getBytes(StandardCharsets.UTF_8), 100);
    put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII), 6);
    put(h, 263, "00".getBytes(StandardCharsets.US_ASCII), 2);
    checksum(h);
    return h;
  }

  static void checksum(byte[] h) {
    Arrays.fill(h, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII), 8);
  }

  private static void put(byte[] h, int off, byte[] v, int max) {
    System.arraycopy(v, 0, h, off, Math.min(v.length, max));
  }

  /** A fluent builder over Commons Compress (POSIX/PAX for long names unless gnu). */
  static final class Builder {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final TarArchiveOutputStream tar;

    Builder(boolean gnu) {
      tar = new TarArchiveOutputStream(bytes);
      tar.setLongFileMode(gnu ? TarArchiveOutputStream.LONGFILE_GNU : TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      tar.setAddPaxHeadersForNonAsciiNames(!gnu);
    }

    Builder() {
      this(false);
    }

    Builder dir(String name, int mode) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true);
      e.setMode(040000 | mode);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.closeArchiveEntry();
      return this;
    }

    Builder file(String name, byte[] data, int mode) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, true);
      e.setMode(0100000 | mode);
      e.setSize(data.length);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.write(data);
      tar.closeArchiveEntry();
      return this;
    }

    Builder file(String name, String data) throws IOException {
      return file(name, data.getBytes(StandardCharsets.UTF_8), 0644);
    }

    Builder link(String name, String target, byte type) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, type, true);
      e.setLinkName(target);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.closeArchiveEntry();
      return this;
    }

    Builder symlink(String name, String target) throws IOException {
      return link(name, target, TarConstants.LF_SYMLINK);
    }

    Builder hardlink(String name, String target) throws IOException {
      return link(name, target, TarConstants.LF_LINK);
    }

    Builder device(String name, byte type) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, type, true);
      e.setDevMajor(1);
      e.setDevMinor(3);
      tar.putArchiveEntry(e);
      tar.closeArchiveEntry();
      return this;
    }

    byte[] build() throws IOException {
      tar.finish();
      tar.close();
      return bytes.toByteArray();
    }
  }
}
