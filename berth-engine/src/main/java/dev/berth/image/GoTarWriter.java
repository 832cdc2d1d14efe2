package dev.berth.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a tar stream byte for byte as Go's {@code archive/tar} writer does (the writer dockerd
 * produces its layer tars with, so that berth's layers get dockerd's diff IDs): NUL-terminated
 * zero-padded octal numbers, the {@code ustar\0} magic with version {@code 00}, a checksum ended
 * by NUL and space, PAX extended headers (records sorted by key) for what the header block cannot
 * hold, bodies padded to 512 bytes and two zero blocks at the end, nothing more.
 */
final class GoTarWriter implements AutoCloseable {
  static final byte TYPE_REG = '0';
  static final byte TYPE_LINK = '1';
  static final byte TYPE_SYMLINK = '2';
  static final byte TYPE_CHAR = '3';
  static final byte TYPE_BLOCK = '4';
  static final byte TYPE_DIR = '5';
  static final byte TYPE_FIFO = '6';

  private static final byte[] ZERO_BLOCK = new byte[512];
  private static final long MAX_OCTAL_8 = 07777777L;
  private static final long MAX_OCTAL_12 = 077777777777L;

  /**
   * One entry's header. {@code forcePax} is moby's {@code hdr.Format = FormatPAX} (its layer
   * entries); without it the entry is written as Go writes a header of unknown format (moby's
   * whiteouts): as USTAR, splitting a long name into prefix and name when possible.
   */
  record Header(String name, String linkname, long mode, long uid, long gid, long size, long mtimeSeconds,
      byte typeflag, String uname, String gname, long devmajor, long devminor, Map<String, String> xattrs,
      boolean forcePax) {}

  private final OutputStream out;
  private long remaining;
  private int padding;

  GoTarWriter(OutputStream out) {
    this.out = out;
  }

  void writeHeader(Header h) throws IOException {
    Map<String, String> pax = new TreeMap<>(GoTarWriter::compareBytes);
    boolean ustarPossible = true;
    String name = h.name();
    String prefix = "";
    if (tooLongOrNotAscii(name, 100)) {
      String[] split = splitUstarPath(name);
      if (split == null) {
        ustarPossible = false;
      } else if (!h.forcePax()) {
        prefix = split[0];
        name = split[1];
      }
      pax.put("path", h.name());
    }
    if (tooLongOrNotAscii(h.linkname(), 100)) {
      ustarPossible = false;
      pax.put("linkpath", h.linkname());
    }
    if (tooLongOrNotAscii(h.uname(), 32)) {
      ustarPossible = false;
      pax.put("uname", h.uname());
    }
    if (tooLongOrNotAscii(h.gname(), 32)) {
      ustarPossible = false;
      pax.put("gname", h.gname());
    }
    ustarPossible &= numberFits(pax, "uid", h.uid(), MAX_OCTAL_8);
    ustarPossible &= numberFits(pax, "gid", h.gid(), MAX_OCTAL_8);
    ustarPossible &= numberFits(pax, "size", h.size(), MAX_OCTAL_12);
    for (Map.Entry<String, String> x : h.xattrs().entrySet()) {
      ustarPossible = false;
      pax.put("SCHILY.xattr." + x.getKey(), x.getValue());
    }
    boolean usePax = h.forcePax() || !ustarPossible;
    if (!usePax) {
      pax.clear();
    } else {
      prefix = "";
      name = h.name();
      if (!pax.isEmpty()) {
        writePaxHeader(h.name(), pax);
      }
    }
    byte[] blk = new byte[512];
    formatString(blk, 0, 100, usePax ? ascii(name) : name);
    formatString(blk, 157, 100, usePax ? ascii(h.linkname()) : h.linkname());
    formatOctal(blk, 100, 8, h.mode());
    formatOctal(blk, 108, 8, h.uid());
    formatOctal(blk, 116, 8, h.gid());
    formatOctal(blk, 124, 12, h.size());
    formatOctal(blk, 136, 12, h.mtimeSeconds());
    blk[156] = h.typeflag();
    formatString(blk, 265, 32, usePax ? ascii(h.uname()) : h.uname());
    formatString(blk, 297, 32, usePax ? ascii(h.gname()) : h.gname());
    formatOctal(blk, 329, 8, h.devmajor());
    formatOctal(blk, 337, 8, h.devminor());
    formatString(blk, 345, 155, prefix);
    finish(blk);
    boolean hasBody = h.typeflag() != TYPE_LINK && h.typeflag() != TYPE_SYMLINK && h.typeflag() != TYPE_CHAR
        && h.typeflag() != TYPE_BLOCK && h.typeflag() != TYPE_DIR && h.typeflag() != TYPE_FIFO;
    startBody(hasBody ? h.size() : 0);
  }

  /** Body bytes of the current entry (exactly its size, over one or more calls). */
  void write(byte[] b, int off, int len) throws IOException {
    if (len > remaining) {
      throw new IOException("archive/tar: write too long");
    }
    out.write(b, off, len);
    remaining -= len;
  }

  @Override
  public void close() throws IOException {
    endEntry();
    out.write(ZERO_BLOCK);
    out.write(ZERO_BLOCK);
    out.flush();
  }

  private void writePaxHeader(String realName, Map<String, String> records) throws IOException {
    StringBuilder data = new StringBuilder();
    for (Map.Entry<String, String> r : records.entrySet()) {
      data.append(paxRecord(r.getKey(), r.getValue()));
    }
    int slash = realName.lastIndexOf('/');
    String dir = realName.substring(0, slash + 1);
    String file = realName.substring(slash + 1);
    String name = pathJoin(dir, "PaxHeaders.0", file);
    byte[] body = data.toString().getBytes(StandardCharsets.UTF_8);
    name = ascii(name);
    if (name.length() > 100) {
      name = name.substring(0, 100);
    }
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    endEntry();
    byte[] blk = new byte[512];
    formatString(blk, 0, 100, name);
    formatOctal(blk, 100, 8, 0);
    formatOctal(blk, 108, 8, 0);
    formatOctal(blk, 116, 8, 0);
    formatOctal(blk, 124, 12, body.length);
    formatOctal(blk, 136, 12, 0);
    blk[156] = 'x';
    finish(blk);
    startBody(body.length);
    write(body, 0, body.length);
  }

  private void finish(byte[] blk) throws IOException {
    endEntry();
    System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, blk, 257, 6);
    blk[263] = '0';
    blk[264] = '0';
    long sum = 0;
    for (int i = 0; i < 512; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (blk[i] & 0xff);
    }
    formatOctal(blk, 148, 7, sum);
    blk[155] = ' ';
    out.write(blk);
  }

  private void startBody(long size) {
    remaining = size;
    padding = (int) ((512 - size % 512) % 512);
  }

  private void endEntry() throws IOException {
    if (remaining > 0) {
      throw new IOException("archive/tar: missed writing " + remaining + " bytes");
    }
    if (padding > 0) {
      out.write(ZERO_BLOCK, 0, padding);
      padding = 0;
    }
  }

  private static boolean numberFits(Map<String, String> pax, String key, long value, long max) {
    if (value >= 0 && value <= max) {
      return true;
    }
    pax.put(key, Long.toString(value));
    return false;
  }

  /** Go's {@code formatPAXRecord}: "LEN KEY=VALUE\n" where LEN counts the whole record. */
  static String paxRecord(String key, String value) {
    int size = utf8Length(key) + utf8Length(value) + 3;
    size += Integer.toString(size).length();
    String record = size + " " + key + "=" + value + "\n";
    if (utf8Length(record) != size) {
      size = utf8Length(record);
      record = size + " " + key + "=" + value + "\n";
    }
    return record;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Go's {@code path.Join} of a directory part (may end in '/'), a name and a file name. */
  private static String pathJoin(String dir, String middle, String file) {
    return dir + middle + (file.isEmpty() ? "" : "/" + file);
  }

  private static boolean tooLongOrNotAscii(String s, int size) {
    return utf8Length(s) > size || !isAscii(s);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code toASCII}: drops every non-ASCII character. */
  private static String ascii(String s) {
    if (isAscii(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> c < 0x80 && c != 0).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Go's {@code splitUSTARPath}: prefix (at most 155) and name (at most 100) split at a slash. */
  private static String[] splitUstarPath(String name) {
    int length = name.length();
    if (length <= 100 || !isAscii(name)) {
      return null;
    } else if (length > 155 + 1) {
      length = 155 + 1;
    } else if (name.charAt(length - 1) == '/') {
      length--;
    }
    int i = name.substring(0, length).lastIndexOf('/');
    int nlen = name.length() - i - 1;
    int plen = i;
    if (i <= 0 || nlen > 100 || nlen == 0 || plen > 155) {
      return null;
    }
    return new String[] {name.substring(0, i), name.substring(i + 1)};
  }

  private static void formatString(byte[] blk, int off, int len, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, blk, off, Math.min(b.length, len));
    if (b.length < len) {
      blk[off + b.length] = 0;
    }
    if (b.length > len && blk[off + len - 1] == '/') {
      // Go replaces a trailing slash of a truncated name by NUL (some readers take it for a directory)
      int n = len;
      while (n > 0 && blk[off + n - 1] == '/') {
        n--;
      }
      blk[off + n] = 0;
    }
  }

  private static void formatOctal(byte[] blk, int off, int len, long x) {
    long max = (1L << (3 * (len - 1))) - 1;
    if (x < 0 || x > max) {
      x = 0; // Go's last resort: the value is in a PAX record
    }
    String s = Long.toOctalString(x);
    int zeros = len - s.length() - 1;
    if (zeros > 0) {
      s = "0".repeat(zeros) + s;
    }
    formatString(blk, off, len, s);
  }

  /** Go compares strings bytewise (UTF-8), which orders differently from Java's UTF-16 for some characters. */
  static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
