package dev.berth.cli.remote;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request whose connection the daemon takes over (attach, exec start), as the docker client
 * sends it: {@code Connection: Upgrade}, {@code Upgrade: tcp}; after the answer's head both
 * directions are raw bytes. Written by hand on a socket channel, since an HTTP client library does
 * not hand its connection over. Reading and writing may happen on two threads at once.
 */
final class HijackedConnection implements AutoCloseable {
  private final SocketChannel channel;
  private final InputStream input;
  private final OutputStream output;

  private HijackedConnection(SocketChannel channel, InputStream input) {
    this.channel = channel;
    this.input = input;
    this.output = new ChannelOutput(channel);
  }

  /** The daemon's answer to a request it did not take over: its status and body. */
  record Refused(int status, String body) {}

  /**
   * Sends the request; returns the connection once the daemon answered 101 (or 200), else throws
   * {@link RefusedException} with the daemon's answer.
   */
  static HijackedConnection open(SocketAddress address, String target, String method, byte[] jsonBody)
      throws IOException {
    SocketChannel ch = address instanceof UnixDomainSocketAddress
        ? SocketChannel.open(StandardProtocolFamily.UNIX)
        : SocketChannel.open();
    try {
      ch.connect(address);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: api.moby.localhost\r\n")
          .append("User-Agent: berth-cli/0.1.0\r\n")
          .append("Connection: Upgrade\r\n")
          .append("Upgrade: tcp\r\n");
      byte[] body = jsonBody == null ? new byte[0] : jsonBody;
      if (jsonBody != null) {
        head.append("Content-Type: application/json\r\n");
      }
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      OutputStream out = new ChannelOutput(ch);
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      InputStream in = new BufferedInputStream(new ChannelInput(ch), 32 * 1024);
      String statusLine = line(in);
      int status = status(statusLine);
      long contentLength = -1;
      boolean chunked = false;
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        if (name.equals("content-length")) {
          contentLength = Long.parseLong(value);
        } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
          chunked = true;
        }
      }
      if (status >= 400) {
        byte[] text = contentLength >= 0 ? in.readNBytes((int) contentLength)
            : chunked ? dechunk(in) : in.readAllBytes();
        ch.close();
        throw new RefusedException(new Refused(status, new String(text, StandardCharsets.UTF_8)));
      }
      return new HijackedConnection(ch, in);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** A non-upgrade answer of 400 or more. */
  static final class RefusedException extends RuntimeException {
    final Refused refused;

    RefusedException(Refused refused) {
      super("HTTP " + refused.status(), null, false, false);
      this.refused = refused;
    }
  }

  InputStream input() {
    return input;
  }

  OutputStream output() {
    return output;
  }

  /** Half-closes: the daemon reads the end of stdin, the output keeps coming. */
  void closeWrite() {
    try {
      channel.shutdownOutput();
    } catch (IOException e) {
      // the daemon has gone: nothing left to tell it
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing at the end: nothing to report
    }
  }

  private static int status(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("malformed HTTP response " + statusLine);
    }
    return Integer.parseInt(parts[1]);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '\n') {
        break;
      }
      b.write(c);
    }
    String s = b.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      line(in);
    }
  }

  private static final class ChannelInput extends InputStream {
    private final SocketChannel ch;

    ChannelInput(SocketChannel ch) {
      this.ch = ch;
    }

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
      int n;
      do {
        n = ch.read(ByteBuffer.wrap(b, off, len));
      } while (n == 0);
      return n;
    }
  }

  private static final class ChannelOutput extends OutputStream {
    private final SocketChannel ch;

    ChannelOutput(SocketChannel ch) {
      this.ch = ch;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, off, len);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }
}
