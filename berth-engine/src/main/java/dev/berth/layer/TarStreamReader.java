package dev.berth.layer;

import dev.berth.errors.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tar reader that keeps every byte that is not an entry body: header blocks, PAX and GNU
 * long-name blocks, padding, the end-of-archive blocks and anything after them. Those "raw" bytes
 * collect in a buffer the caller drains with {@link #drainRaw()}, so that raw bytes + bodies, in
 * order, are exactly the stream read. Commons Compress hides header bytes, hence this parser.
 */
public final class TarStreamReader {
  static final int BLOCK = 512;
  private static final int MAX_META_SIZE = 1 << 20;

  private final InputStream in;
  private final long maxEntrySize;
  private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  private final byte[] block = new byte[BLOCK];
  private long bodyRemaining;
  private int pendingPadding;
  private boolean ended;

  /** {@code maxEntrySize} caps a header's Size field (absurd sizes are rejected up front). */
  public TarStreamReader(InputStream in, long maxEntrySize) {
    this.in = in;
    this.maxEntrySize = maxEntrySize;
  }

  /** The raw (non-body) bytes read since the last call. */
  public byte[] drainRaw() {
    byte[] bytes = raw.toByteArray();
    raw.reset();
    return bytes;
  }

  /** Bytes waiting in the raw buffer. */
  public int rawPending() {
    return raw.size();
  }

  /**
   * The next entry, or null at the end of the archive (after which {@link #readTrailer} collects
   * what follows). Any unread body of the previous entry is skipped (its bytes are lost to raw, so
   * callers that regenerate must read bodies fully).
   */
  public TarEntry next() throws IOException {
    if (ended) {
      return null;
    }
    finishBody();
    if (ended) {
      return null;
    }
    String longName = null;
    String longLink = null;
    Map<String, String> pax = new LinkedHashMap<>();
    Map<String, byte[]> xattrs = new LinkedHashMap<>();
    while (true) {
      int n = in.readNBytes(block, 0, BLOCK);
      if (n == 0) {
        if (longName != null || longLink != null || !pax.isEmpty()) {
          throw truncated();
        }
        ended = true;
        return null;
      }
      raw.write(block, 0, n);
      if (n < BLOCK) {
        throw truncated();
      }
      if (isZero(block)) {
        ended = true;
        return null;
      }
      verifyChecksum();
      char type = (char) (block[156] & 0xff);
      long size = number(124, 12, "size");
      if (size < 0 || size > maxEntrySize) {
        throw new InvalidArgumentException(
            "invalid tar header: entry size " + size + " exceeds the limit of " + maxEntrySize + " bytes");
      }
      switch (type) {
        case 'x', 'g' -> {
          byte[] body = readMeta(size);
          if (type == 'x') {
            parsePax(body, pax, xattrs);
          }
          continue;
        }
        case 'L' -> {
          longName = cString(readMeta(size));
          continue;
        }
        case 'K' -> {
          longLink = cString(readMeta(size));
          continue;
        }
        default -> {}
      }
      return entry(type, size, longName, longLink, pax, xattrs);
    }
  }

  private TarEntry entry(
      char type, long headerSize, String longName, String longLink, Map<String, String> pax,
      Map<String, byte[]> xattrs) {
    boolean posix = startsWith(257, "ustar\0");
    String name = string(0, 100);
    if (posix) {
      String prefix = string(345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
    }
    if (longName != null) {
      name = longName;
    }
    String link = longLink != null ? longLink : string(157, 100);
    long size = headerSize;
    long uid = number(108, 8, "uid");
    long gid = number(116, 8, "gid");
    long mtime = number(136, 12, "mtime");
    int nanos = 0;
    for (Map.Entry<String, String> e : pax.entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "path" -> name = v;
        case "linkpath" -> link = v;
        case "size" -> size = paxLong(v, "size");
        case "uid" -> uid = paxLong(v, "uid");
        case "gid" -> gid = paxLong(v, "gid");
        case "mtime" -> {
          int dot = v.indexOf('.');
          mtime = paxLong(dot < 0 ? v : v.substring(0, dot), "mtime");
          if (dot >= 0) {
            String frac = (v.substring(dot + 1) + "000000000").substring(0, 9);
            nanos = (int) paxLong(frac, "mtime");
          }
        }
        default -> {
          if (e.getKey().startsWith("GNU.sparse.")) {
            throw new InvalidArgumentException("unsupported tar entry: sparse file " + name);
          }
        }
      }
    }
    if (size < 0 || size > maxEntrySize) {
      throw new InvalidArgumentException(
          "invalid tar header: entry size " + size + " exceeds the limit of " + maxEntrySize + " bytes");
    }
    if (type == '\0' || type == '0') {
      type = name.endsWith("/") ? '5' : '0';
    }
    switch (type) {
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {}
      case 'S' -> throw new InvalidArgumentException("unsupported tar entry: sparse file " + name);
      default ->
          throw new InvalidArgumentException(
              "unsupported tar entry type '" + type + "' for " + name);
    }
    int mode = (int) (number(100, 8, "mode") & 07777);
    int major = (int) number(329, 8, "devmajor");
    int minor = (int) number(337, 8, "devminor");
    bodyRemaining = size;
    pendingPadding = (int) ((BLOCK - size % BLOCK) % BLOCK);
    return new TarEntry(
        name, link, type, mode, uid, gid, size, mtime, nanos, major, minor, Map.copyOf(xattrs));
  }

  /** The body of the current entry: exactly its size in bytes, then EOF. */
  public InputStream body() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (bodyRemaining == 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, bodyRemaining));
        if (n < 0) {
          throw truncated();
        }
        bodyRemaining -= n;
        return n;
      }
    };
  }

  /** After {@link #next()} returned null: moves up to {@code max} trailing bytes into raw; false at EOF. */
  public boolean readTrailer(int max) throws IOException {
    byte[] buf = new byte[Math.min(max, 65536)];
    int n = in.read(buf);
    if (n < 0) {
      return false;
    }
    raw.write(buf, 0, n);
    return true;
  }

  private void finishBody() throws IOException {
    if (bodyRemaining > 0) {
      byte[] buf = new byte[8192];
      while (bodyRemaining > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, bodyRemaining));
        if (n < 0) {
          throw truncated();
        }
        raw.write(buf, 0, n);
        bodyRemaining -= n;
      }
    }
    if (pendingPadding > 0) {
      int wanted = pendingPadding;
      pendingPadding = 0;
      byte[] pad = in.readNBytes(wanted);
      raw.write(pad, 0, pad.length);
      if (pad.length == 0) {
        // the stream ends right after the last entry's data: Go's reader (the daemon's) takes that as
        // the end of the archive; the docker CLI sends such contexts
        ended = true;
      } else if (pad.length < wanted) {
        throw truncated();
      }
    }
  }

  private byte[] readMeta(long size) throws IOException {
    if (size > MAX_META_SIZE) {
      throw new InvalidArgumentException("invalid tar header: extended header of " + size + " bytes");
    }
    int padded = (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
    byte[] body = in.readNBytes(padded);
    raw.write(body, 0, body.length);
    if (body.length < padded) {
      throw truncated();
    }
    return Arrays.copyOf(body, (int) size);
  }

  private static void parsePax(byte[] body, Map<String, String> pax, Map<String, byte[]> xattrs) {
    int pos = 0;
    while (pos < body.length) {
      if (body[pos] == 0) {
        break;
      }
      int space = indexOf(body, (byte) ' ', pos);
      if (space < 0) {
        throw badPax();
      }
      int length;
      try {
        length = Integer.parseInt(new String(body, pos, space - pos, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw badPax();
      }
      int end = pos + length;
      if (length <= 0 || end > body.length || body[end - 1] != '\n') {
        throw badPax();
      }
      int eq = indexOf(body, (byte) '=', space + 1);
      if (eq < 0 || eq >= end) {
        throw badPax();
      }
      String key = new String(body, space + 1, eq - space - 1, StandardCharsets.UTF_8);
      byte[] value = Arrays.copyOfRange(body, eq + 1, end - 1);
      if (key.startsWith("SCHILY.xattr.")) {
        xattrs.put(key.substring("SCHILY.xattr.".length()), value);
      } else {
        pax.put(key, new String(value, StandardCharsets.UTF_8));
      }
      pos = end;
    }
  }

  private static InvalidArgumentException badPax() {
    return new InvalidArgumentException("invalid tar header: malformed PAX record");
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static long paxLong(String v, String field) {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException("invalid tar header: bad PAX " + field + " " + v);
    }
  }

  private void verifyChecksum() {
    long stored;
    try {
      stored = octal(148, 8);
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException("archive/tar: invalid tar header");
    }
    long unsigned = 0;
    long signed = 0;
    for (int i = 0; i < BLOCK; i++) {
      int b = (i >= 148 && i < 156) ? ' ' : block[i];
      unsigned += b & 0xff;
      signed += (byte) b;
    }
    if (stored != unsigned && stored != signed) {
      throw new InvalidArgumentException("archive/tar: invalid tar header");
    }
  }

  private long number(int off, int len, String field) {
    if ((block[off] & 0x80) != 0) {
      // base-256 (GNU): big-endian two's complement, first byte's top bit is the marker
      long value = block[off] & 0x7f;
      if ((block[off] & 0x40) != 0) {
        throw new InvalidArgumentException("invalid tar header: negative " + field);
      }
      for (int i = 1; i < len; i++) {
        if ((value >>> 55) != 0) {
          throw new InvalidArgumentException("invalid tar header: " + field + " out of range");
        }
        value = (value << 8) | (block[off + i] & 0xff);
      }
      return value;
    }
    try {
      return octal(off, len);
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException("invalid tar header: bad " + field + " field");
    }
  }

  private long octal(int off, int len) {
    int start = off;
    int end = off + len;
    while (start < end && (block[start] == ' ' || block[start] == 0)) {
      start++;
    }
    int stop = start;
    while (stop < end && block[stop] >= '0' && block[stop] <= '7') {
      stop++;
    }
    for (int i = stop; i < end; i++) {
      if (block[i] != ' ' && block[i] != 0) {
        throw new NumberFormatException("not octal");
      }
    }
    if (stop == start) {
      return 0;
    }
    if (stop - start > 21) {
      throw new NumberFormatException("too long");
    }
    return Long.parseLong(new String(block, start, stop - start, StandardCharsets.US_ASCII), 8);
  }

  private String string(int off, int len) {
    int end = off;
    while (end < off + len && block[end] != 0) {
      end++;
    }
    return new String(block, off, end - off, StandardCharsets.UTF_8);
  }

  private boolean startsWith(int off, String magic) {
    for (int i = 0; i < magic.length(); i++) {
      if (block[off + i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String cString(byte[] body) {
    int end = 0;
    while (end < body.length && body[end] != 0) {
      end++;
    }
    return new String(body, 0, end, StandardCharsets.UTF_8);
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  static InvalidArgumentException truncated() {
    return new InvalidArgumentException("unexpected EOF");
  }
}
