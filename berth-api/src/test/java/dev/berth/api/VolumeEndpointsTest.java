package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code /volumes}: the daemon's JSON, status codes and messages (Volume_* scenarios, dockerd 20.10). */
class VolumeEndpointsTest extends ServerTestBase {
  private UnixHttp.Reply post(String path, String json) throws Exception {
    return http.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(UnixHttp.Reply r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void createInspectListRemove() throws Exception {
    UnixHttp.Reply created = post("/volumes/create", "{\"Name\":\"v1\",\"Labels\":{\"a\":\"b\"}}");
    assertThat(created.status()).isEqualTo(201);
    JsonNode v = json(created);
    assertThat(v.fieldNames()).toIterable()
        .containsExactly("CreatedAt", "Driver", "Labels", "Mountpoint", "Name", "Options", "Scope");
    assertThat(v.get("Name").asText()).isEqualTo("v1");
    assertThat(v.get("Driver").asText()).isEqualTo("local");
    assertThat(v.get("Labels").toString()).isEqualTo("{\"a\":\"b\"}");
    assertThat(v.get("Options").isNull()).isTrue();
    assertThat(v.get("Scope").asText()).isEqualTo("local");
    assertThat(v.get("Mountpoint").asText()).endsWith("/volumes/v1/_data");

    assertThat(json(http.get("/volumes/v1"))).isEqualTo(v);
    UnixHttp.Reply list = http.get("/volumes?filters=" + java.net.URLEncoder.encode("{\"label\":[\"a=b\"]}",
        StandardCharsets.UTF_8));
    assertThat(json(list).get("Volumes")).hasSize(1);
    assertThat(json(list).get("Warnings").isNull()).isTrue();

    assertThat(http.send("DELETE", "/volumes/v1").status()).isEqualTo(204);
    UnixHttp.Reply gone = http.get("/volumes/v1");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(json(gone).get("message").asText()).isEqualTo("get v1: no such volume");
    assertThat(http.send("DELETE", "/volumes/v1?force=1").status()).isEqualTo(204);
  }

  @Test
  void anonymousVolumeAndBadBodies() throws Exception {
    UnixHttp.Reply anonymous = post("/volumes/create", "{}");
    assertThat(anonymous.status()).isEqualTo(201);
    assertThat(json(anonymous).get("Name").asText()).matches("[0-9a-f]{64}");
    UnixHttp.Reply empty = http.send("POST", "/volumes/create", "application/json", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(json(empty).get("message").asText()).isEqualTo("got EOF while reading request body");
    UnixHttp.Reply plugin = post("/volumes/create", "{\"Name\":\"x\",\"Driver\":\"nfs\"}");
    assertThat(plugin.status()).isEqualTo(404);
    assertThat(json(plugin).get("message").asText())
        .isEqualTo("create x: error looking up volume plugin nfs: plugin \"nfs\" not found");
    assertThat(http.get("/volumes").body()).contains("\"Volumes\":[{");
  }

  @Test
  void pruneReportsWhatItDeleted() throws Exception {
    post("/volumes/create", "{\"Name\":\"p1\"}");
    post("/volumes/create", "{\"Name\":\"p2\",\"Labels\":{\"keep\":\"1\"}}");
    UnixHttp.Reply pruned = http.send("POST", "/volumes/prune?filters="
        + java.net.URLEncoder.encode("{\"label!\":[\"keep\"]}", StandardCharsets.UTF_8));
    assertThat(pruned.status()).isEqualTo(200);
    assertThat(pruned.body()).isEqualTo("{\"VolumesDeleted\":[\"p1\"],\"SpaceReclaimed\":0}\n");
    assertThat(http.send("POST", "/volumes/prune?filters="
        + java.net.URLEncoder.encode("{\"label\":[\"none\"]}", StandardCharsets.UTF_8)).body())
        .isEqualTo("{\"VolumesDeleted\":null,\"SpaceReclaimed\":0}\n");
  }

  @Test
  void diskUsageListsVolumesWithUsageData() throws Exception {
    post("/volumes/create", "{\"Name\":\"d1\"}");
    JsonNode df = json(http.get("/system/df"));
    assertThat(df.get("Volumes")).hasSize(1);
    JsonNode v = df.get("Volumes").get(0);
    assertThat(v.get("Name").asText()).isEqualTo("d1");
    assertThat(v.get("UsageData").toString()).isEqualTo("{\"RefCount\":0,\"Size\":0}");
  }
}
