package dev.berth.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;

/**
 * A connection taken over from Jetty, as the daemon hijacks one for attach and exec: the status
 * line and headers are written verbatim ({@code HTTP/1.1 101 UPGRADED ...}), then both directions
 * are raw bytes. The client's half-close ({@code CloseWrite}) is the end of {@link #input()} while
 * {@link #output()} stays usable. Jetty never writes to the connection again: it is closed before
 * the request completes.
 */
final class Hijack implements AutoCloseable {
  private final EndPoint endPoint;
  private final ByteBuffer in;
  private final Object writeLock = new Object();
  private final InputStream input = new Input();
  private final OutputStream output = new Output();

  private Hijack(EndPoint endPoint, ByteBuffer leftover) {
    this.endPoint = endPoint;
    this.in = BufferUtil.allocate(16 * 1024);
    if (leftover != null && leftover.hasRemaining()) {
      BufferUtil.append(in, leftover);
    }
  }

  /**
   * Takes the request's connection and writes {@code head} (status line and header lines, each
   * ending in CRLF; the blank line is added). The request must have been read completely.
   */
  static Hijack take(Request request, String head) throws IOException {
    Connection connection = request.getConnectionMetaData().getConnection();
    // Bytes the client sent after the request (already read by Jetty's parser) belong to the stream.
    ByteBuffer leftover = connection instanceof Connection.UpgradeFrom from ? from.onUpgradeFrom() : null;
    EndPoint ep = connection.getEndPoint();
    // A hijacked stream may be quiet for as long as the container is (dockerd has no idle timeout).
    ep.setIdleTimeout(0);
    Hijack h = new Hijack(ep, leftover);
    h.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return h;
  }

  /** The status line and headers of the daemon's upgrade answer. */
  static String upgradeHead(String contentType, String... extraHeaders) {
    StringBuilder b = new StringBuilder("HTTP/1.1 101 UPGRADED\r\nContent-Type: ").append(contentType)
        .append("\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n");
    for (String h : extraHeaders) {
      b.append(h).append("\r\n");
    }
    return b.toString();
  }

  InputStream input() {
    return input;
  }

  OutputStream output() {
    return output;
  }

  void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  private void write(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    synchronized (writeLock) {
      try (Blocker.Callback cb = Blocker.callback()) {
        endPoint.write(cb, ByteBuffer.wrap(b, off, len));
        cb.block();
      }
    }
  }

  /** Ends the output direction (the client reads EOF); the input may still be read. */
  void closeOutput() {
    endPoint.shutdownOutput();
  }

  @Override
  public void close() {
    endPoint.close();
  }

  private final class Input extends InputStream {
    private boolean eof;

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
      while (!in.hasRemaining()) {
        if (eof) {
          return -1;
        }
        BufferUtil.clear(in);
        int n = endPoint.fill(in);
        if (n < 0) {
          eof = true;
          return -1;
        }
        if (n == 0) {
          try (Blocker.Callback cb = Blocker.callback()) {
            endPoint.fillInterested(cb);
            cb.block();
          }
        }
      }
      int n = Math.min(len, in.remaining());
      in.get(b, off, n);
      return n;
    }
  }

  private final class Output extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      Hijack.this.write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Hijack.this.write(b, off, len);
    }
  }
}
