package dev.berth.api;

import dev.berth.engine.Engine;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@code berth serve} on a temporary socket over a temporary store, for each test. */
abstract class ServerTestBase {
  @TempDir Path tmp;
  Engine engine;
  BerthServer server;
  Path socket;
  UnixHttp http;

  @BeforeEach
  void startServer() {
    engine = Engine.open(new StorePaths(tmp.resolve("root"), tmp.resolve("run")));
    server = new BerthServer(engine);
    socket = tmp.resolve("run/berth.sock");
    server.start(List.of(URI.create("unix://" + socket)));
    http = new UnixHttp(socket);
  }

  @AfterEach
  void stopServer() {
    server.stop();
    engine.close();
  }

  /** A one-file root filesystem tar: {@code /data} holding {@code text}. */
  static byte[] tar(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(content.length);
      e.setModTime(1_700_000_000_000L);
      e.setMode(0644);
      out.putArchiveEntry(e);
      out.write(content);
      out.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  /** Loads a {@link TestArchives} archive into the store (as {@code docker load}); returns the message lines. */
  List<String> load(byte[] archive) {
    return new dev.berth.image.ImageArchives(engine.store()).load(new ByteArrayInputStream(archive));
  }

  /** Imports a small image (as {@code docker import}) and returns its ID. */
  String importImage(String reference, String text) throws IOException {
    return new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(tar(text)), reference, null);
  }
}
