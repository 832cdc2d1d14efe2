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
    boolean stream = !x.hasQuery("stream") || x.bool("stream");
    boolean oneShot = ApiVersion.compare(x.apiVersion(), "1.41") >= 0 && x.hasQuery("one-shot") && x.bool("one-shot");
    if (!stream) {
      StringBuilder one = new StringBuilder();
      stats.stream(x.pathParam(0), false, oneShot, s -> one.append(StatsJson.write(s)).append('\n'), () -> false);
      x.bytes(200, "application/json", one.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    OutputStream[] out = new OutputStream[1];
    try {
      stats.stream(x.pathParam(0), true, oneShot, s -> {
        if (out[0] == null) {
          out[0] = x.stream(null);
        }
        out[0].write((StatsJson.write(s) + "\n").getBytes(StandardCharsets.UTF_8));
        out[0].flush();
      }, x::clientGone);
    } finally {
      if (out[0] != null) {
        out[0].close();
      }
    }
  }
}
