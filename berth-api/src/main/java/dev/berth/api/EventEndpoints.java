package dev.berth.api;

import dev.berth.engine.Engine;
import dev.berth.events.Event;
import dev.berth.events.EventFilter;
import dev.berth.events.EventLog;
import dev.berth.events.Timestamps;
import dev.berth.store.BerthStore;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /events?since=&until=&filters=}: the recorded events the daemon would still hold, then
 * (unless {@code until} has passed) new ones as they are written by any berth process on the store,
 * until {@code until} or until the client goes. New events are found by polling the store.
 */
final class EventEndpoints {
  private final Engine engine;

  EventEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/events", this::events));
  }

  private void events(Exchange x) throws Exception {
    Timestamps.Window window = Timestamps.window(x.query("since"), x.query("until"), BerthStore.nowNs());
    EventFilter filter = new EventFilter(x.filters().values());
    try (OutputStream out = x.stream("application/json")) {
      // The headers go out only once the start point is fixed: a client that sees them and then acts
      // gets that action's event.
      new EventLog(engine.store()).stream(window, filter, out::flush,
          e -> out.write((json(e) + "\n").getBytes(StandardCharsets.UTF_8)), x::clientGone);
    }
  }

  /** Docker's {@code events.Message}: the deprecated fields only when set. */
  static String json(Event e) {
    GoJsonText o = GoJsonText.object();
    if (!e.status().isEmpty()) {
      o.string("status", e.status());
    }
    if (!e.id().isEmpty()) {
      o.string("id", e.id());
    }
    if (!e.from().isEmpty()) {
      o.string("from", e.from());
    }
    o.string("Type", e.type()).string("Action", e.action());
    o.raw("Actor", GoJsonText.object().string("ID", e.actorId()).map("Attributes", e.attributes()).end());
    return o.string("scope", "local").number("time", e.time()).number("timeNano", e.timeNano()).end();
  }
}
