package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.image.Filters;
import dev.berth.image.ImageArchives;
import dev.berth.image.ImageSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /images/load} and {@code GET /images/get} in the shape dockerd 20.10 answers them. */
class ImageArchiveEndpointsTest extends ServerTestBase {

  /** A docker-archive of a freshly imported image, which is then removed from the store. */
  private byte[] archiveOfRemovedImage(String reference) throws Exception {
    importImage(reference, "payload");
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    new ImageArchives(engine.store()).save(List.of(reference), archive);
    engine.images().remove(reference, true, false);
    assertThat(engine.images().list(false, Filters.empty())).isEmpty();
    return archive.toByteArray();
  }

  private static String chunk(byte[] data, int off, int len) {
    return Integer.toHexString(len) + "\r\n" + new String(data, off, len, StandardCharsets.ISO_8859_1) + "\r\n";
  }

  /**
   * docker-java sends the archive chunked and closes the answer as soon as its head arrives: the
   * daemon starts that answer only once the image is loaded, so the image is there by then.
   */
  @Test
  void loadAnswersOnlyOnceTheImageIsInTheStore() throws Exception {
    byte[] archive = archiveOfRemovedImage("loaded:1");
    try (RawConnection c = RawConnection.sendRaw(socket, "POST", "/v1.41/images/load", null,
        "Transfer-Encoding: chunked", "Connection: keep-alive")) {
      StringBuilder body = new StringBuilder();
      for (int off = 0; off < archive.length; off += 8192) {
        body.append(chunk(archive, off, Math.min(8192, archive.length - off)));
      }
      body.append("0\r\n\r\n");
      c.write(body.toString().getBytes(StandardCharsets.ISO_8859_1));
      String head = c.head();
      List<ImageSummary> images = engine.images().list(false, Filters.empty());
      assertThat(images).extracting(ImageSummary::repoTags).containsExactly(List.of("loaded:1"));
      assertThat(head).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: application/json\r\n");
      assertThat(c.chunkedBody()).isEqualTo("{\"stream\":\"Loaded image: loaded:1\\n\"}\r\n");
    }
  }

  @Test
  void aBrokenArchiveIsAnErrorMessageInA200Stream() throws Exception {
    UnixHttp.Reply r = http.send("POST", "/images/load?quiet=1", "application/x-tar",
        "not a tar archive".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).startsWith("{\"errorDetail\":{\"message\":").contains("\"error\":");
  }

  @Test
  void saveThenLoadKeepsTheImageId() throws Exception {
    String id = importImage("round:trip", "abc");
    UnixHttp.Reply saved = http.get("/images/get?names=round%3Atrip");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.header("Content-Type")).isEqualTo("application/x-tar");
    engine.images().remove("round:trip", true, false);
    UnixHttp.Reply loaded = http.send("POST", "/images/load?quiet=1", "application/x-tar", saved.rawBody());
    assertThat(loaded.body()).isEqualTo("{\"stream\":\"Loaded image: round:trip\\n\"}\r\n");
    assertThat(engine.images().list(false, Filters.empty())).extracting(ImageSummary::id)
        .containsExactly(id);
  }
}
