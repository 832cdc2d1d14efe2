package dev.berth.network.dns;

import dev.berth.store.StorePaths;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container start's side of the embedded DNS: asks the store's DNS process ({@link DnsServer}) to
 * serve the new container, starting that process first when none answers on {@code dns.sock}.
 * Returns once the container's {@code 127.0.0.11:53} is bound, before its process runs.
 */
public final class DnsClient {
  private static final long WAIT_MS = 10_000;

  private DnsClient() {}

  /**
   * Registers container {@code id} (init {@code pid}); {@code command} runs the server (the berth
   * launcher with {@code container network-dns}), empty for none. Errors go to {@code dns.log}, not
   * thrown: a container runs without names rather than not at all.
   */
  public static void serve(StorePaths paths, List<String> command, String id, long pid) {
    serve(paths, command, id, pid, WAIT_MS);
  }

  static void serve(StorePaths paths, List<String> command, String id, long pid, long waitMs) {
    if (command.isEmpty()) {
      return;
    }
    Path sock = DnsServer.socketPath(paths);
    long deadline = System.currentTimeMillis() + waitMs;
    long spawnedAt = 0;
    String last = "";
    while (System.currentTimeMillis() < deadline) {
      try {
        String reply = request(sock, "serve " + id + " " + pid + "\n");
        if (reply.startsWith("ok")) {
          return;
        }
        if (reply.startsWith("error")) {
          log(paths, "embedded DNS for " + id + ": " + reply.substring(5).trim());
          return;
        }
        last = "the DNS process closed the connection"; // it was exiting
      } catch (IOException e) {
        last = String.valueOf(e.getMessage());
      }
      if (System.currentTimeMillis() - spawnedAt > 1000) {
        spawn(paths, command); // a second server exits at once: the lock decides
        spawnedAt = System.currentTimeMillis();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    log(paths, "embedded DNS for " + id + " did not start: " + last);
  }

  /**
   * Records a failure in the run root's {@code dns.log} (as the daemon logs a resolver's): the
   * container runs without names, and the command's output stays Docker's.
   */
  private static void log(StorePaths paths, String message) {
    try {
      java.nio.file.Files.createDirectories(paths.runRoot());
      java.nio.file.Files.writeString(paths.runRoot().resolve("dns.log"), "berth: " + message + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException ignored) {
      // nowhere to say it
    }
  }

  private static String request(Path sock, String line) throws IOException {
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
      ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
      ByteBuffer buf = ByteBuffer.allocate(4096);
      while (ch.read(buf) >= 0 && buf.hasRemaining()) {
        // until the server closes
      }
      return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }
  }

  private static void spawn(StorePaths paths, List<String> command) {
    List<String> argv = new ArrayList<>();
    argv.add("setsid"); // out of the caller's session: a ctrl-C on a terminal does not reach it
    argv.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(argv)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.appendTo(paths.runRoot().resolve("dns.log").toFile()));
    pb.environment().put("BERTH_JVM_OPTS", "-Xmx64m -Xss512k");
    try {
      java.nio.file.Files.createDirectories(paths.runRoot());
      pb.start();
    } catch (IOException e) {
      log(paths, "cannot start the embedded DNS: " + e.getMessage());
    }
  }
}
