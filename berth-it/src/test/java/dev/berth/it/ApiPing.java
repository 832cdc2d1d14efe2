package dev.berth.it;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Waits until a freshly started {@code berth serve} answers {@code GET /_ping} on its unix socket. */
final class ApiPing {
  static final long TIMEOUT_MILLIS = 60_000;

  private ApiPing() {}

  static void await(Path socket, Process server, Path log) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("berth serve exited (" + server.exitValue() + "):\n" + read(log));
      }
      if (Files.exists(socket) && answersOk(socket)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("berth serve did not answer /_ping on " + socket + " within "
        + TIMEOUT_MILLIS / 1000 + " s:\n" + read(log));
  }

  private static boolean answersOk(Path socket) {
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      ch.write(ByteBuffer.wrap("GET /_ping HTTP/1.1\r\nHost: berth\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer buf = ByteBuffer.allocate(64);
      while (buf.position() < 12 && ch.read(buf) >= 0) {
        // the status line is all we need
      }
      return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }
}
