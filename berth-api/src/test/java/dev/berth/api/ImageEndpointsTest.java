package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies and statuses in the shape dockerd 20.10 answers (daemon-semantics §3.1, §4.2, §4.5, §6, §10). */
class ImageEndpointsTest extends ServerTestBase {
  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private long created(String id) throws Exception {
    for (JsonNode image : Json.MAPPER.readTree(http.get("/images/json?all=1").rawBody())) {
      if (image.get("Id").asText().equals(id)) {
        return image.get("Created").asLong();
      }
    }
    throw new AssertionError("image not listed: " + id);
  }

  @Test
  void listHasDockersKeysOrderAndNulls() throws Exception {
    String id = importImage("raw:1", "abcd");
    engine.images().tag("raw:1", "raw", "2");
    long created = created(id);
    UnixHttp.Reply r = http.get("/v1.41/images/json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("[{\"Containers\":-1,\"Created\":" + created + ",\"Id\":\"" + id
        + "\",\"Labels\":null,\"ParentId\":\"\",\"RepoDigests\":null,\"RepoTags\":[\"raw:1\",\"raw:2\"],"
        + "\"SharedSize\":-1,\"Size\":4,\"VirtualSize\":4}]\n");
  }

  @Test
  void emptyListIsAnEmptyArray() throws Exception {
    assertThat(http.get("/images/json").body()).isEqualTo("[]\n");
  }

  @Test
  void danglingImageShowsNonePlaceholders() throws Exception {
    importImage(null, "x");
    assertThat(http.get("/images/json").body())
        .contains("\"RepoDigests\":[\"<none>@<none>\"],\"RepoTags\":[\"<none>:<none>\"]");
  }

  @Test
  void filtersInBothJsonFormsAndLegacyFilterIgnoredFor141() throws Exception {
    importImage("keep:1", "a");
    importImage("other:1", "b");
    String modern = http.get("/images/json?filters=" + q("{\"reference\":{\"keep\":true}}")).body();
    String legacy = http.get("/images/json?filters=" + q("{\"reference\":[\"keep\"]}")).body();
    assertThat(modern).contains("keep:1").doesNotContain("other:1").isEqualTo(legacy);
    assertThat(http.get("/v1.41/images/json?filter=keep").body()).contains("keep:1", "other:1");
    assertThat(http.get("/v1.40/images/json?filter=keep").body()).contains("keep:1").doesNotContain("other:1");
  }

  @Test
  void badFiltersGetTheDaemonsStatusAndText() throws Exception {
    UnixHttp.Reply bad = http.get("/images/json?filters=" + q("{bad"));
    assertThat(bad.status()).isEqualTo(500);
    assertThat(bad.body()).isEqualTo("{\"message\":\"invalid character 'b' looking for beginning of object key string\"}\n");
    UnixHttp.Reply key = http.get("/images/json?filters=" + q("{\"x\":{\"a\":true}}"));
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.body()).isEqualTo("{\"message\":\"Invalid filter 'x'\"}\n");
    UnixHttp.Reply dangling = http.get("/images/json?filters=" + q("{\"dangling\":[\"1\"]}"));
    assertThat(dangling.status()).isEqualTo(400);
    assertThat(dangling.body()).isEqualTo("{\"message\":\"Invalid filter 'dangling=[1]'\"}\n");
  }

  @Test
  void inspectRoutesNamesWithSlashesAndColons() throws Exception {
    String id = importImage("localhost:5000/a/b:1", "x");
    UnixHttp.Reply r = http.get("/v1.41/images/localhost:5000/a/b:1/json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = Json.MAPPER.readTree(r.rawBody());
    assertThat(j.get("Id").asText()).isEqualTo(id);
    assertThat(j.get("RepoTags").toString()).isEqualTo("[\"localhost:5000/a/b:1\"]");
    assertThat(j.get("RepoDigests").toString()).isEqualTo("[]");
    assertThat(j.fieldNames()).toIterable().startsWith("Id", "RepoTags", "RepoDigests", "Parent", "Comment", "Created");
  }

  @Test
  void inspectOfMissingImage() throws Exception {
    UnixHttp.Reply r = http.get("/v1.41/images/a/b/c:1/json");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("{\"message\":\"no such image: a/b/c:1: No such image: a/b/c:1\"}\n");
  }

  @Test
  void historyIsAlphabeticalPerEntry() throws Exception {
    String id = importImage("x", "abc");
    long created = created(id);
    UnixHttp.Reply r = http.get("/images/x/history");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("[{\"Comment\":\"Imported from -\",\"Created\":" + created
        + ",\"CreatedBy\":\"\",\"Id\":\"" + id + "\",\"Size\":3,\"Tags\":[\"x:latest\"]}]\n");
  }

  @Test
  void tagAnswers201WithoutBodyOrContentType() throws Exception {
    importImage("x:1", "a");
    UnixHttp.Reply r = http.send("POST", "/v1.41/images/x:1/tag?repo=y&tag=2");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Content-Type")).isNull();
    assertThat(r.body()).isEmpty();
    assertThat(http.get("/images/y:2/json").status()).isEqualTo(200);
    UnixHttp.Reply bad = http.send("POST", "/v1.41/images/x:1/tag?repo=BAD");
    assertThat(bad.status()).isEqualTo(500);
    assertThat(bad.body()).isEqualTo("{\"message\":\"invalid reference format: repository name must be lowercase\"}\n");
  }

  @Test
  void deleteReportsRecordsAndErrors() throws Exception {
    String id = importImage("api:1", "a");
    engine.images().tag("api:1", "api", "2");
    assertThat(http.send("DELETE", "/v1.41/images/api:1").body()).isEqualTo("[{\"Untagged\":\"api:1\"}]\n");
    String both = http.send("DELETE", "/v1.41/images/api:2").body();
    assertThat(both).startsWith("[{\"Untagged\":\"api:2\"},{\"Deleted\":\"" + id + "\"}");
    UnixHttp.Reply missing = http.send("DELETE", "/v1.41/images/api:2");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"message\":\"No such image: api:2\"}\n");
    UnixHttp.Reply blank = http.send("DELETE", "/v1.41/images/%20");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).isEqualTo("{\"message\":\"image name cannot be blank\"}\n");
  }

  @Test
  void pruneReportsNullWhenNothingWasDeleted() throws Exception {
    importImage("kept:1", "a");
    assertThat(http.send("POST", "/images/prune").body()).isEqualTo("{\"ImagesDeleted\":null,\"SpaceReclaimed\":0}\n");
    String dangling = importImage(null, "b");
    String pruned = http.send("POST", "/images/prune").body();
    assertThat(pruned).startsWith("{\"ImagesDeleted\":[{\"Deleted\":\"" + dangling + "\"}");
    UnixHttp.Reply bad = http.send("POST", "/images/prune?filters=" + q("{\"reference\":[\"x\"]}"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("{\"message\":\"Invalid filter 'reference'\"}\n");
  }

  @Test
  void importStreamsTheNewImageId() throws Exception {
    UnixHttp.Reply r = http.send("POST", "/v1.41/images/create?fromSrc=-&repo=imp&tag=1", "application/x-tar", tar("hi"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).matches("\\{\"status\":\"sha256:[0-9a-f]{64}\"}\r\n");
    String id = r.body().substring(11, 82);
    assertThat(Json.MAPPER.readTree(http.get("/images/imp:1/json").rawBody()).get("Id").asText()).isEqualTo(id);
  }

  @Test
  void importFromAUrlWithoutAHostFailsAsTheDaemonsHttpClient() throws Exception {
    UnixHttp.Reply r = http.send("POST", "/v1.41/images/create?fromSrc=%2Fdata%2Ffile.tar");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("{\"message\":\"Get \\\"http:///data/file.tar\\\": http: no Host in request URL\"}\n");
  }

  @Test
  void importChecksTheTargetLikeTheDaemon() throws Exception {
    UnixHttp.Reply upper = http.send("POST", "/images/create?fromSrc=-&repo=BAD", "application/x-tar", tar("x"));
    assertThat(upper.status()).isEqualTo(400);
    assertThat(upper.body()).isEqualTo("{\"message\":\"invalid reference format: repository name must be lowercase\"}\n");
    UnixHttp.Reply tag = http.send("POST", "/images/create?fromSrc=-&repo=a&tag=B@D", "application/x-tar", tar("x"));
    assertThat(tag.status()).isEqualTo(400);
    assertThat(tag.body()).isEqualTo("{\"message\":\"invalid tag format\"}\n");
  }

  @Test
  void pullIsNotSupportedYet() throws Exception {
    UnixHttp.Reply r = http.send("POST", "/images/create?fromImage=busybox&tag=latest");
    assertThat(r.status()).isEqualTo(501);
    assertThat(r.body()).contains("not supported yet");
  }

  @Test
  void concurrentClientsAllSucceed() throws Exception {
    importImage("base:1", "a");
    int clients = 16;
    java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < clients; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          int tag = http.send("POST", "/images/base:1/tag?repo=t" + n + "&tag=1").status();
          int list = http.get("/images/json").status();
          return tag * 1000 + list;
        }));
      }
      for (var r : results) {
        assertThat(r.get()).isEqualTo(201_200);
      }
    }
    JsonNode tags = Json.MAPPER.readTree(http.get("/images/base:1/json").rawBody()).get("RepoTags");
    assertThat(tags.size()).isEqualTo(clients + 1);
  }
}
