package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers, statuses and bodies compared with dockerd 20.10's raw answers (curl -i). */
class SystemEndpointsTest extends ServerTestBase {
  @Test
  void pingAnswersOkWithTheDaemonsHeaders() throws Exception {
    for (String path : new String[] {"/_ping", "/v1.41/_ping", "/v1.24/_ping"}) {
      UnixHttp.Reply r = http.get(path);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("OK");
      assertThat(r.header("Api-Version")).isEqualTo("1.41");
      assertThat(r.header("Docker-Experimental")).isEqualTo("false");
      assertThat(r.header("Ostype")).isEqualTo("linux");
      assertThat(r.header("Cache-Control")).isEqualTo("no-cache, no-store, must-revalidate");
      assertThat(r.header("Pragma")).isEqualTo("no-cache");
      assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
      assertThat(r.header("Server")).startsWith("Berth/");
    }
  }

  @Test
  void headPingHasNoBody() throws Exception {
    UnixHttp.Reply r = http.send("HEAD", "/_ping");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Length")).isEqualTo("0");
    assertThat(r.header("Api-Version")).isEqualTo("1.41");
    assertThat(r.header("Docker-Experimental")).isEqualTo("false");
  }

  @Test
  void tooNewVersionIsRefusedInJson() throws Exception {
    UnixHttp.Reply r = http.get("/v1.99/version");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.header("Docker-Experimental")).isNull();
    assertThat(r.body()).isEqualTo("{\"message\":\"client version 1.99 is too new. Maximum supported API version is 1.41\"}\n");
  }

  @Test
  void tooOldVersionIsRefusedInPlainText() throws Exception {
    UnixHttp.Reply r = http.get("/v1.11/version");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.body()).isEqualTo("client version 1.11 is too old. Minimum supported API version is 1.12, "
        + "please upgrade your client to a newer version\n");
  }

  @Test
  void oldVersionsAreAcceptedAndGetPlainTextErrors() throws Exception {
    assertThat(http.get("/v1.12/_ping").body()).isEqualTo("OK");
    UnixHttp.Reply r = http.get("/v1.23/containers/nosuch/json");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(r.body()).isEqualTo("No such container: nosuch\n");
    assertThat(http.get("/v1.23/nope").body()).isEqualTo("page not found\n");
    // 1.23.1 is after 1.23: JSON
    assertThat(http.get("/v1.23.1/containers/nosuch/json").body()).isEqualTo("{\"message\":\"No such container: nosuch\"}\n");
  }

  @Test
  void optionsAnswersAnyPathWithAnEmpty200() throws Exception {
    for (String path : new String[] {"/", "/v1.41/containers/json", "/no/such/path"}) {
      UnixHttp.Reply r = http.send("OPTIONS", path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void unknownEndpointIsPageNotFoundWithoutApiHeaders() throws Exception {
    for (String[] req : new String[][] {{"GET", "/nope"}, {"GET", "/v1.x/_ping"}, {"PATCH", "/v1.41/images/json"},
        {"PUT", "/images/json"}}) {
      UnixHttp.Reply r = http.send(req[0], req[1]);
      assertThat(r.status()).as(req[1]).isEqualTo(404);
      assertThat(r.header("Content-Type")).isEqualTo("application/json");
      assertThat(r.header("Api-Version")).isNull();
      assertThat(r.body()).isEqualTo("{\"message\":\"page not found\"}\n");
    }
  }

  @Test
  void uncleanPathIsRedirectedLikeDockersRouter() throws Exception {
    UnixHttp.Reply r = http.get("/v1.41/images//json?all=1");
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.header("Location")).isEqualTo("/v1.41/images/json?all=1");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void versionHasDockersShapeWithBerthsValues() throws Exception {
    UnixHttp.Reply r = http.get("/v1.41/version");
    assertThat(r.status()).isEqualTo(200);
    JsonNode v = Json.MAPPER.readTree(r.rawBody());
    assertThat(v.fieldNames()).toIterable().containsExactly("Platform", "Components", "Version", "ApiVersion",
        "MinAPIVersion", "GitCommit", "GoVersion", "Os", "Arch", "KernelVersion");
    assertThat(v.get("ApiVersion").asText()).isEqualTo("1.41");
    assertThat(v.get("MinAPIVersion").asText()).isEqualTo("1.12");
    assertThat(v.get("Version").asText()).isEqualTo(BerthServer.VERSION);
    List<String> details = new ArrayList<>();
    v.path("Components").get(0).path("Details").fieldNames().forEachRemaining(details::add);
    assertThat(details).isSorted().contains("ApiVersion", "MinAPIVersion", "Os");
  }

  @Test
  void infoCountsTheStore() throws Exception {
    importImage("a:1", "x");
    importImage("b:1", "y");
    JsonNode info = Json.MAPPER.readTree(http.get("/info").rawBody());
    assertThat(info.get("Images").asInt()).isEqualTo(2);
    assertThat(info.get("Containers").asInt()).isZero();
    assertThat(info.get("Driver").asText()).isEqualTo("vfs");
    assertThat(info.get("DockerRootDir").asText()).isEqualTo(tmp.resolve("root").toAbsolutePath().toString());
    assertThat(info.get("ServerVersion").asText()).isEqualTo(BerthServer.VERSION);
    assertThat(info.get("Warnings").isNull()).isTrue();
  }

  @Test
  void networkAndBuildCachePrunesDeleteNothingAsTheDaemonAnswers() throws Exception {
    assertThat(http.send("POST", "/v1.41/networks/prune").body()).isEqualTo("{\"NetworksDeleted\":null}\n");
    assertThat(http.send("POST", "/v1.41/build/prune").body())
        .isEqualTo("{\"CachesDeleted\":null,\"SpaceReclaimed\":0}\n");
    UnixHttp.Reply bad = http.send("POST", "/v1.41/build/prune?filters=%7B%22x%22%3A%5B%22x%22%5D%7D");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("{\"message\":\"failed to prune build cache: Invalid filter 'x'\"}\n");
    UnixHttp.Reply badNet = http.send("POST", "/v1.41/networks/prune?filters=%7B%22x%22%3A%5B%22x%22%5D%7D");
    assertThat(badNet.status()).isEqualTo(400);
    assertThat(badNet.body()).isEqualTo("{\"message\":\"Invalid filter 'x'\"}\n");
  }
}
