package dev.berth.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The server side of RFC 6455 as the daemon's websocket library (golang.org/x/net/websocket) speaks
 * it on a hijacked connection: its handshake checks and answers, one unfragmented frame per write
 * (text or binary), masked client frames read as one byte stream (a ping is answered with a pong,
 * a close frame or an unmasked frame ends the input), and a close frame (1000) at the end.
 */
final class WebSocket {
  static final int TEXT = 1;
  static final int BINARY = 2;
  private static final int CLOSE = 8;
  private static final int PING = 9;
  private static final int PONG = 10;
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private WebSocket() {}

  /** A refused handshake: the status line, its extra headers and the body text the library writes. */
  record Refusal(int status, String headers, String body) {
    String head() {
      return "HTTP/1.1 " + status + " " + org.eclipse.jetty.http.HttpStatus.getMessage(status) + "\r\n" + headers;
    }
  }

  /**
   * The library's handshake checks (method GET is the route's): null when accepted, else the answer.
   * Header names are case-insensitive; {@code Upgrade} must be "websocket", {@code Connection} must
   * name "upgrade", a key must be there, the version must be 13, at most one subprotocol.
   */
  static Refusal check(String upgrade, String connection, String key, String version, String protocol) {
    if (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).equals("websocket") || connection == null
        || !connection.toLowerCase(Locale.ROOT).contains("upgrade")) {
      return new Refusal(400, "", "not websocket protocol");
    }
    if (key == null || key.isEmpty()) {
      return new Refusal(400, "", "mismatch challenge/response");
    }
    if (!"13".equals(version)) {
      return new Refusal(400, "Sec-WebSocket-Version: 13\r\n", "missing or bad WebSocket Version");
    }
    if (protocols(protocol).size() > 1) {
      return new Refusal(400, "", "");
    }
    return null;
  }

  private static List<String> protocols(String header) {
    List<String> out = new ArrayList<>();
    String p = header == null ? "" : header.trim();
    if (!p.isEmpty()) {
      for (String s : p.split(",", -1)) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** The 101 answer's status line and headers. */
  static String acceptHead(String key, String protocol) {
    StringBuilder b = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
        + "Connection: Upgrade\r\nSec-WebSocket-Accept: ").append(accept(key)).append("\r\n");
    List<String> p = protocols(protocol);
    if (p.size() == 1) {
      b.append("Sec-WebSocket-Protocol: ").append(p.get(0)).append("\r\n");
    }
    return b.toString();
  }

  /** {@code base64(sha1(key + GUID))}. */
  static String accept(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One server frame (FIN, not masked). */
  static byte[] frame(int opcode, byte[] payload, int off, int len) {
    int headLen = len < 126 ? 2 : len < 65536 ? 4 : 10;
    byte[] f = new byte[headLen + len];
    f[0] = (byte) (0x80 | opcode);
    if (len < 126) {
      f[1] = (byte) len;
    } else if (len < 65536) {
      f[1] = 126;
      f[2] = (byte) (len >>> 8);
      f[3] = (byte) len;
    } else {
      f[1] = 127;
      long l = len;
      for (int i = 0; i < 8; i++) {
        f[2 + i] = (byte) (l >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, off, f, headLen, len);
    return f;
  }

  /** The close frame with status 1000 (normal closure). */
  static byte[] closeFrame() {
    return frame(CLOSE, new byte[] {0x03, (byte) 0xE8}, 0, 2);
  }

  /** Each write is one frame of {@code opcode}; writes of the connection are serialised by {@code raw}. */
  static OutputStream output(OutputStream raw, int opcode) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        raw.write(frame(opcode, b, off, len));
      }
    };
  }

  /** The payloads of the client's data frames as one stream; control frames are handled here. */
  static InputStream input(InputStream raw, OutputStream rawOut) {
    return new InputStream() {
      private byte[] data = new byte[0];
      private int pos;
      private boolean ended;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        while (pos >= data.length) {
          try {
            if (ended || !nextFrame()) {
              ended = true;
              return -1;
            }
          } catch (java.io.EOFException e) {
            ended = true;
            return -1;
          }
        }
        int n = Math.min(len, data.length - pos);
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
      }

      /** Reads one frame; false at the end of the input (EOF, close frame, unmasked frame). */
      private boolean nextFrame() throws IOException {
        int b0 = raw.read();
        int b1 = raw.read();
        if (b0 < 0 || b1 < 0) {
          return false;
        }
        int opcode = b0 & 0x0f;
        boolean masked = (b1 & 0x80) != 0;
        long len = b1 & 0x7f;
        if (len == 126) {
          byte[] l = readFully(2);
          len = (l[0] & 0xff) << 8 | (l[1] & 0xff);
        } else if (len == 127) {
          byte[] l = readFully(8);
          len = 0;
          for (byte x : l) {
            len = len << 8 | (x & 0xff);
          }
        }
        if (!masked) {
          // the client must mask its frames: the library answers with close 1002 and stops reading
          rawOut.write(frame(CLOSE, new byte[] {0x03, (byte) 0xEA}, 0, 2));
          return false;
        }
        byte[] mask = readFully(4);
        if (len > Integer.MAX_VALUE - 16) {
          return false;
        }
        byte[] payload = readFully((int) len);
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i & 3];
        }
        switch (opcode) {
          case CLOSE -> {
            return false;
          }
          case PING -> rawOut.write(frame(PONG, payload, 0, Math.min(payload.length, 125)));
          case PONG -> { }
          default -> {
            data = payload;
            pos = 0;
          }
        }
        return true;
      }

      private byte[] readFully(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        byte[] buf = new byte[Math.min(Math.max(n, 1), 8192)];
        while (out.size() < n) {
          int r = raw.read(buf, 0, Math.min(buf.length, n - out.size()));
          if (r < 0) {
            throw new java.io.EOFException();
          }
          out.write(buf, 0, r);
        }
        return out.toByteArray();
      }
    };
  }
}
