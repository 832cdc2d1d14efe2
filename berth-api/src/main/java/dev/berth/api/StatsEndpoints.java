package dev.berth.api;

import dev.berth.api.json.StatsJson;
import dev.berth.engine.Engine;
import dev.berth.stats.StatsStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /containers/{id}/stats?stream=&one-shot=}: {@code stream} (default true) sends a sample
 * a second in a chunked answer without a Content-Type until the container is removed or the client
 * goes; otherwise one sample as {@code application/json}. {@code one-shot} (API 1.41) skips the
 * priming sample. Each sample is Go's JSON encoding: the object and a newline.
 */
final class StatsEndpoints {
  private final StatsStream stats;

  StatsEndpoints(Engine engine) {
    this.stats = new StatsStream(engine.store(), engine.lifecycle());
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/containers/{id}/stats", this::stats));
  }

  private void stats(Exchange x) throws Exception {
    boolean pre121 = ApiVersion.compare(x.apiVersion(), "1.21") < 0;
    boolean stream = !x.hasQuery("stream") || x.bool("stream");
    boolean oneShot = ApiVersion.compare(x.apiVersion(), "1.41") >= 0 && x.hasQuery("one-shot") && x.bool("one-shot");
    if (!stream) {
      StringBuilder one = new StringBuilder();
      stats.stream(x.pathParam(0), false, oneShot, s -> one.append(sample(s, pre121)).append('\n'), () -> false);
      x.bytes(200, "application/json", one.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    OutputStream[] out = new OutputStream[1];
    try {
      stats.stream(x.pathParam(0), true, oneShot, s -> {
        if (out[0] == null) {
          out[0] = x.stream(null);
        }
        out[0].write((sample(s, pre121) + "\n").getBytes(StandardCharsets.UTF_8));
        out[0].flush();
      }, x::clientGone);
    } finally {
      if (out[0] != null) {
        out[0].close();
      }
    }
  }

  private static String sample(dev.berth.stats.ContainerStats s, boolean pre121) throws java.io.IOException {
    String json = StatsJson.write(s);
    return pre121 ? pre121(json) : json;
  }

  private static final String[] NETWORK_KEYS = {"rx_bytes", "rx_packets", "rx_errors", "rx_dropped", "tx_bytes",
      "tx_packets", "tx_errors", "tx_dropped"};

  /**
   * A sample as API 1.20 and older have it: no name, id or per-interface networks, but one
   * {@code network} object, the sums over the interfaces (zeros without any), after the rest.
   */
  static String pre121(String json) throws java.io.IOException {
    com.fasterxml.jackson.databind.node.ObjectNode o =
        (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(json);
    com.fasterxml.jackson.databind.JsonNode networks = o.path("networks");
    o.remove(List.of("name", "id", "networks"));
    com.fasterxml.jackson.databind.node.ObjectNode sum = o.putObject("network");
    for (String k : NETWORK_KEYS) {
      java.math.BigInteger total = java.math.BigInteger.ZERO;
      for (com.fasterxml.jackson.databind.JsonNode n : networks) {
        total = total.add(n.path(k).bigIntegerValue());
      }
      sum.put(k, total);
    }
    return o.toString();
  }
}
