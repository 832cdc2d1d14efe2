package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /images/load} and {@code GET /images/{name}/get}, {@code GET /images/get?names=}
 * (daemon-semantics §8), with the bytes dockerd 20.10 answered for the same {@link TestArchives}.
 */
class ArchiveEndpointsTest extends ServerTestBase {
  private UnixHttp.Reply loadRequest(String query, byte[] archive) throws Exception {
    return http.send("POST", "/v1.41/images/load" + query, "application/x-tar", archive);
  }

  private static String stream(String... lines) {
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append("{\"stream\":\"").append(line).append("\\n\"}\r\n");
    }
    return b.toString();
  }

  private static String error(String message) {
    return "{\"errorDetail\":{\"message\":\"" + message + "\"},\"error\":\"" + message + "\"}\r\n";
  }

  /** {@code RepoTags} of every image, by ID. */
  private List<String> images() throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode i : Json.MAPPER.readTree(http.get("/images/json?all=1").rawBody())) {
      out.add(i.get("Id").asText() + " " + i.get("RepoTags"));
    }
    return out;
  }

  @Test
  void loadStreamsTheLoadedReferences() throws Exception {
    UnixHttp.Reply r = loadRequest("?quiet=1", TestArchives.archive(TestArchives.one(), TestArchives.two()));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo(stream("Loaded image: one:1", "Loaded image: two:1", "Loaded image: two:2"));
    assertThat(images()).containsExactlyInAnyOrder(
        TestArchives.one().id() + " [\"one:1\"]", TestArchives.two().id() + " [\"two:1\",\"two:2\"]");
    // an archive whose only image has no tags reports the ID; no quiet parameter means quiet
    assertThat(loadRequest("", TestArchives.archive(TestArchives.untagged())).body())
        .isEqualTo(stream("Loaded image ID: " + TestArchives.untagged().id()));
  }

  @Test
  void loadingOntoATakenTagSaysTheOldImageLosesIt() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    TestArchives.Image plus = TestArchives.plus();
    TestArchives.Image plusAsOne = new TestArchives.Image(plus.layers(), plus.created(), plus.labels(), List.of("one:1"));
    assertThat(loadRequest("?quiet=1", TestArchives.archive(plusAsOne)).body()).isEqualTo(stream(
        "The image one:1 already exists, renaming the old one with ID " + TestArchives.one().id() + " to empty string",
        "Loaded image: one:1"));
    assertThat(images()).containsExactlyInAnyOrder(plus.id() + " [\"one:1\"]", TestArchives.one().id() + " [\"<none>:<none>\"]");
  }

  /** dockerd's final progress message of a 2048-byte layer.tar, written twice per layer it stores. */
  private static String loading(String id12) {
    String m = "{\"status\":\"Loading layer\",\"progressDetail\":{\"current\":2048,\"total\":2048},"
        + "\"progress\":\"[==================================================\\u003e]  2.048kB/2.048kB\",\"id\":\"" + id12
        + "\"}\r\n";
    return m + m;
  }

  @Test
  void notQuietReportsEachStoredLayerBeforeItsImagesLines() throws Exception {
    assertThat(loadRequest("?quiet=0", TestArchives.archive(TestArchives.one(), TestArchives.two())).body())
        .isEqualTo(loading("506c84093aa0") + stream("Loaded image: one:1")
            + loading("2b59d90ffacf") + stream("Loaded image: two:1", "Loaded image: two:2"));
    // plus:1 shares one:1's layer: only its own is loaded; an empty quiet is not quiet
    assertThat(loadRequest("?quiet=0", TestArchives.archive(TestArchives.plus())).body())
        .isEqualTo(loading("52d9ed23c674") + stream("Loaded image: plus:1"));
    assertThat(loadRequest("?quiet=", TestArchives.archive(TestArchives.untagged())).body())
        .isEqualTo(loading("d12351975d08") + stream("Loaded image ID: " + TestArchives.untagged().id()));
  }

  @Test
  void quietZeroOfLayersAlreadyStoredSendsNoProgress() throws Exception {
    byte[] archive = TestArchives.archive(TestArchives.one(), TestArchives.two());
    load(archive);
    // dockerd reports "Loading layer" progress only for layers it imports; these are all present
    assertThat(loadRequest("?quiet=0", archive).body())
        .isEqualTo(stream("Loaded image: one:1", "Loaded image: two:1", "Loaded image: two:2"));
  }

  @Test
  void badArchivesFailInTheStreamAndChangeNothing() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    List<String> before = images();
    String unexpectedEof = error("Error processing tar file(exit status 1): unexpected EOF");
    UnixHttp.Reply garbage = loadRequest("?quiet=1", "garbage\n".getBytes(StandardCharsets.UTF_8));
    assertThat(garbage.status()).isEqualTo(200);
    assertThat(garbage.header("Content-Type")).isEqualTo("application/json");
    assertThat(garbage.body()).isEqualTo(unexpectedEof);
    byte[] whole = TestArchives.archive(TestArchives.two());
    assertThat(loadRequest("?quiet=1", Arrays.copyOf(whole, 3000)).body()).isEqualTo(unexpectedEof);
    // no manifest.json: the legacy loader looks for the repositories file in its temporary directory
    UnixHttp.Reply empty = loadRequest("?quiet=1", new byte[1024]);
    assertThat(empty.body()).matches(
        "\\{\"errorDetail\":\\{\"message\":\"open /\\S+/docker-import-\\d+/repositories: no such file or directory\"},"
            + "\"error\":\"open /\\S+/docker-import-\\d+/repositories: no such file or directory\"}\r\n");
    assertThat(images()).isEqualTo(before);
  }

  @Test
  void savedImageIsByteForByteDockersArchiveAndLoadsBack() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    UnixHttp.Reply r = http.get("/v1.41/images/one:1/get");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/x-tar");
    // sha256 of dockerd 20.10's answer to the same request after loading the same archive
    assertThat(TestArchives.sha256(r.rawBody()))
        .isEqualTo("e2b127f8fad78d82adeca65b9723d8204b32ff9e3cbd27473de8547013ec7672");
    engine.images().remove("one:1", false, false);
    assertThat(loadRequest("?quiet=1", r.rawBody()).body()).isEqualTo(stream("Loaded image: one:1"));
    assertThat(images()).containsExactly(TestArchives.one().id() + " [\"one:1\"]");
  }

  @Test
  void saveOfSeveralNamesTakesEveryTagOfARepository() throws Exception {
    load(TestArchives.archive(TestArchives.one(), TestArchives.two()));
    UnixHttp.Reply r = http.get("/v1.41/images/get?names=one:1&names=two");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/x-tar");
    String one = "1d763f5b21d37db491bc06b61c78917f1ddd7c95789db38e2b3710b51bb9c8d1";
    String two = "613c9452081e6ae2350a7252d71c2d50973db1fc6aa213f054baeb5fe7d97c50";
    // dockerd's archive of the same request: these entries, and manifest entries in map order
    assertThat(entries(r.rawBody())).containsExactlyInAnyOrder(one + "/", one + "/VERSION", one + "/json",
        one + "/layer.tar", two + "/", two + "/VERSION", two + "/json", two + "/layer.tar",
        TestArchives.one().id().substring(7) + ".json", TestArchives.two().id().substring(7) + ".json",
        "manifest.json", "repositories");
    assertThat(file(r.rawBody(), "repositories")).isEqualTo(
        "{\"one\":{\"1\":\"" + one + "\"},\"two\":{\"1\":\"" + two + "\",\"2\":\"" + two + "\"}}\n");
    engine.images().remove(TestArchives.one().id(), true, false);
    engine.images().remove(TestArchives.two().id(), true, false);
    assertThat(images()).isEmpty();
    assertThat(UnixHttp.lines(loadRequest("?quiet=1", r.rawBody()).body())).containsExactlyInAnyOrder(
        "{\"stream\":\"Loaded image: one:1\\n\"}\r", "{\"stream\":\"Loaded image: two:1\\n\"}\r",
        "{\"stream\":\"Loaded image: two:2\\n\"}\r");
    assertThat(images()).containsExactlyInAnyOrder(
        TestArchives.one().id() + " [\"one:1\"]", TestArchives.two().id() + " [\"two:1\",\"two:2\"]");
  }

  @Test
  void saveOfAnUnknownNameIs404WithDockersMessage() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    expect404(http.get("/v1.41/images/nosuch:1/get"), "reference does not exist");
    expect404(http.get("/v1.41/images/nosuch/get"), "No such image: nosuch");
    expect404(http.get("/v1.41/images/get?names=one:1&names=nosuch"), "No such image: nosuch");
    // no names at all: dockerd sends an archive holding only manifest.json, "null"
    UnixHttp.Reply none = http.get("/v1.41/images/get");
    assertThat(none.status()).isEqualTo(200);
    assertThat(entries(none.rawBody())).containsExactly("manifest.json");
    assertThat(file(none.rawBody(), "manifest.json")).isEqualTo("null\n");
    assertThat(TestArchives.sha256(none.rawBody()))
        .isEqualTo("0136e3bacaec26a6f3ba7dd0552c260962e0e20672aaf3ae3dfbb28f10ca722a");
  }

  private static void expect404(UnixHttp.Reply r, String message) {
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("{\"message\":\"" + message + "\"}\n");
  }

  private static List<String> entries(byte[] tar) throws Exception {
    List<String> out = new ArrayList<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.add(e.getName());
      }
    }
    return out;
  }

  private static String file(byte[] tar, String name) throws Exception {
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name + " in the archive");
  }
}
