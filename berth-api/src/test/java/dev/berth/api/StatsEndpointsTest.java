package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code GET /containers/{id}/stats} of containers that do not run, compared with dockerd 20.10's answers. */
class StatsEndpointsTest extends ServerTestBase {
  @Test
  void unknownContainerAndStreamWithOneShot() throws Exception {
    UnixHttp.Reply r = http.get("/v1.41/containers/nope/stats?stream=false");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("{\"message\":\"No such container: nope\"}\n");
    importImage("imp:1", "x");
    http.send("POST", "/v1.41/containers/create?name=c1", "application/json",
        "{\"Image\":\"imp:1\",\"Cmd\":[\"x\"]}".getBytes(StandardCharsets.UTF_8));
    UnixHttp.Reply both = http.get("/v1.41/containers/c1/stats?stream=true&one-shot=true");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).isEqualTo("{\"message\":\"cannot have stream=true and one-shot=true\"}\n");
  }

  @Test
  void createdContainerAnswersAtOnceWithZeroStats() throws Exception {
    importImage("imp:1", "x");
    UnixHttp.Reply created = http.send("POST", "/v1.41/containers/create?name=c1", "application/json",
        "{\"Image\":\"imp:1\",\"Cmd\":[\"x\"]}".getBytes(StandardCharsets.UTF_8));
    String id = Json.MAPPER.readTree(created.rawBody()).get("Id").asText();
    UnixHttp.Reply r = http.get("/v1.41/containers/c1/stats?stream=false");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).startsWith("{\"read\":\"0001-01-01T00:00:00Z\",\"preread\":\"0001-01-01T00:00:00Z\","
        + "\"pids_stats\":{},\"blkio_stats\":{\"io_service_bytes_recursive\":null,")
        .endsWith("\"memory_stats\":{},\"name\":\"/c1\",\"id\":\"" + id + "\"}\n");
  }

  @Test
  void beforeApi121ASampleHasOneNetworkObjectSummedOverTheInterfaces() throws Exception {
    String json = "{\"read\":\"t\",\"cpu_stats\":{},\"name\":\"/c\",\"id\":\"x\",\"networks\":{"
        + "\"eth0\":{\"rx_bytes\":1,\"rx_packets\":2,\"rx_errors\":0,\"rx_dropped\":0,\"tx_bytes\":3,\"tx_packets\":4,"
        + "\"tx_errors\":0,\"tx_dropped\":0},\"eth1\":{\"rx_bytes\":10,\"rx_packets\":20,\"rx_errors\":1,"
        + "\"rx_dropped\":2,\"tx_bytes\":30,\"tx_packets\":40,\"tx_errors\":3,\"tx_dropped\":4}}}";
    assertThat(StatsEndpoints.pre121(json)).isEqualTo("{\"read\":\"t\",\"cpu_stats\":{},\"network\":{\"rx_bytes\":11,"
        + "\"rx_packets\":22,\"rx_errors\":1,\"rx_dropped\":2,\"tx_bytes\":33,\"tx_packets\":44,\"tx_errors\":3,"
        + "\"tx_dropped\":4}}");
    assertThat(StatsEndpoints.pre121("{\"read\":\"t\"}")).isEqualTo("{\"read\":\"t\",\"network\":{\"rx_bytes\":0,"
        + "\"rx_packets\":0,\"rx_errors\":0,\"rx_dropped\":0,\"tx_bytes\":0,\"tx_packets\":0,\"tx_errors\":0,"
        + "\"tx_dropped\":0}}");
  }
}
