package dev.berth.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One raw HTTP/1.1 connection over a unix socket, for answers that stay open (wait) or that take
 * the connection over (attach, exec start): the head is read first, the rest later.
 */
final class RawConnection implements AutoCloseable {
  private final SocketChannel ch;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  private RawConnection(SocketChannel ch) {
    this.ch = ch;
  }

  /** Sends a request that closes the connection after the answer. */
  static RawConnection send(Path socket, String method, String path, String body) throws IOException {
    return sendRaw(socket, method, path, body, "Connection: close");
  }

  /** Sends a request; {@code headers} are extra header lines (each without CRLF). */
  static RawConnection sendRaw(Path socket, String method, String path, String body, String... headers)
      throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    ch.connect(UnixDomainSocketAddress.of(socket));
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: docker\r\n");
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    RawConnection c = new RawConnection(ch);
    c.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    c.write(content);
    return c;
  }

  /** The docker CLI's hijack request headers. */
  static RawConnection hijack(Path socket, String path, String body) throws IOException {
    return body == null
        ? sendRaw(socket, "POST", path, null, "Content-Type: text/plain", "Connection: Upgrade", "Upgrade: tcp")
        : sendRaw(socket, "POST", path, body, "Connection: Upgrade", "Upgrade: tcp");
  }

  void write(byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  /** Half-closes: the server reads EOF, as after the docker CLI's {@code CloseWrite}. */
  void closeWrite() throws IOException {
    ch.shutdownOutput();
  }

  /** Reads until the blank line that ends the answer's head; returns the head (with that line). */
  String head() throws IOException {
    while (true) {
      byte[] all = received.toByteArray();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        received.reset();
        received.write(all, end + 4, all.length - end - 4);
        return text.substring(0, end + 4);
      }
      if (!readSome()) {
        throw new IOException("connection closed before the head ended: " + text);
      }
    }
  }

  /** A chunked body, read up to its last chunk (the connection stays open). */
  String chunkedBody() throws IOException {
    while (!new String(received.toByteArray(), StandardCharsets.ISO_8859_1).contains("0\r\n\r\n")) {
      if (!readSome()) {
        throw new IOException("connection closed inside a chunked body");
      }
    }
    return dechunk(received.toByteArray());
  }

  /** The data of the next chunk of a chunked body (blocking), or null after the last chunk. */
  String nextChunk() throws IOException {
    while (true) {
      byte[] all = received.toByteArray();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int eol = text.indexOf("\r\n");
      if (eol >= 0) {
        int size = Integer.parseInt(text.substring(0, eol).split(";")[0].trim(), 16);
        if (size == 0) {
          return null;
        }
        int end = eol + 2 + size + 2;
        if (all.length >= end) {
          String data = new String(all, eol + 2, size, StandardCharsets.UTF_8);
          received.reset();
          received.write(all, end, all.length - end);
          return data;
        }
      }
      if (!readSome()) {
        throw new IOException("connection closed inside a chunked body");
      }
    }
  }

  /** Everything after the head until the server closes the connection. */
  byte[] rest() throws IOException {
    while (readSome()) {
      // keep reading
    }
    return received.toByteArray();
  }

  private boolean readSome() throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    int n = ch.read(buf);
    if (n < 0) {
      return false;
    }
    received.write(buf.array(), 0, n);
    return true;
  }

  /** Decodes a chunked body. */
  static String dechunk(byte[] b) {
    StringBuilder out = new StringBuilder();
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int pos = 0;
    while (true) {
      int eol = s.indexOf("\r\n", pos);
      int size = Integer.parseInt(s.substring(pos, eol).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(s, eol + 2, eol + 2 + size);
      pos = eol + 2 + size + 2;
    }
  }

  /** A multiplexed frame as the daemon writes it (ISO-8859-1 text, for comparing). */
  static String frame(int stream, String payload) {
    byte[] p = payload.getBytes(StandardCharsets.UTF_8);
    return new String(StdStreams.header(stream, p.length), StandardCharsets.ISO_8859_1)
        + new String(p, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    ch.close();
  }
}
