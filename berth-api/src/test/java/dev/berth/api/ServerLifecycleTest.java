package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.store.StorePaths;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLifecycleTest {
  @TempDir Path tmp;

  private Engine engine() {
    return Engine.open(new StorePaths(tmp.resolve("root"), tmp.resolve("run")));
  }

  @Test
  void socketIsGroupReadableOnlyAndRemovedOnStop() throws Exception {
    Path socket = tmp.resolve("s/berth.sock");
    try (Engine engine = engine()) {
      BerthServer server = new BerthServer(engine);
      server.start(List.of(URI.create("unix://" + socket)));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-rw----");
      assertThat(new UnixHttp(socket).get("/_ping").body()).isEqualTo("OK");
      assertThat(server.hosts()).containsExactly(URI.create("unix://" + socket));
      server.stop();
      assertThat(socket).doesNotExist();
    }
  }

  @Test
  void staleSocketFileIsReplaced() throws Exception {
    Path socket = tmp.resolve("berth.sock");
    try (Engine engine = engine()) {
      BerthServer first = new BerthServer(engine);
      first.start(List.of(URI.create("unix://" + socket)));
      // A crashed server leaves its socket file behind; a new server must take the path over.
      assertThat(socket).exists();
      BerthServer second = new BerthServer(engine);
      second.start(List.of(URI.create("unix://" + socket)));
      assertThat(new UnixHttp(socket).get("/_ping").status()).isEqualTo(200);
      second.stop();
      first.stop();
    }
  }

  @Test
  void regularFileInTheWayIsNotDeleted() throws Exception {
    Path file = tmp.resolve("not-a-socket");
    Files.writeString(file, "keep me");
    try (Engine engine = engine()) {
      BerthServer server = new BerthServer(engine);
      assertThatThrownBy(() -> server.start(List.of(URI.create("unix://" + file))))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("is not a socket");
      assertThat(Files.readString(file)).isEqualTo("keep me");
    }
  }

  @Test
  void tcpOnAPublicAddressIsRefusedWithoutTls() {
    try (Engine engine = engine()) {
      BerthServer server = new BerthServer(engine);
      assertThatThrownBy(() -> server.start(List.of(URI.create("tcp://0.0.0.0:2375"))))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageStartingWith("refusing to serve the API on tcp://0.0.0.0:2375 without TLS");
    }
  }

  @Test
  void badHostIsRefusedLikeDockerd() {
    try (Engine engine = engine()) {
      BerthServer server = new BerthServer(engine);
      assertThatThrownBy(() -> server.start(List.of(URI.create("udp://x:1"))))
          .hasMessage("Invalid bind address format: udp://x:1");
    }
  }

  @Test
  void loopbackTcpServesTheApi() throws Exception {
    try (Engine engine = engine()) {
      BerthServer server = new BerthServer(engine);
      server.start(List.of(URI.create("tcp://127.0.0.1:0")));
      URI bound = server.hosts().get(0);
      assertThat(bound.getPort()).isPositive();
      try (Socket s = new Socket("127.0.0.1", bound.getPort())) {
        OutputStream out = s.getOutputStream();
        out.write("GET /v1.41/_ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nOK");
      }
      server.stop();
    }
  }
}
