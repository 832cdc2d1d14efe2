package dev.berth.api;

import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
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
  private static final long POLL_MILLIS = 100;
  private final Engine engine;

  EventEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/events", this::events));
  }

  private void events(Exchange x) throws Exception {
    String sinceText = x.query("since");
    String untilText = x.query("until");
    Long since = Timestamps.parse(sinceText);
    Long until = Timestamps.parse(untilText);
    boolean onlyPast = false;
    if (until != null) {
      if (until < (since == null ? Long.MIN_VALUE : since)) {
        throw new InvalidArgumentException(
            "`since` time (" + sinceText + ") cannot be after `until` time (" + untilText + ")");
      }
      onlyPast = until < BerthStore.nowNs();
    }
    EventFilter filter = new EventFilter(x.filters().values());
    EventLog log = new EventLog(engine.store());
    try (OutputStream out = x.stream("application/json")) {
      out.flush();
      EventLog.History history = log.history(since, until, filter);
      write(out, history.events());
      if (onlyPast) {
        return;
      }
      long seq = history.lastSeq();
      while (until == null || BerthStore.nowNs() < until) {
        Thread.sleep(until == null ? POLL_MILLIS : Math.max(1, Math.min(POLL_MILLIS, (until - BerthStore.nowNs()) / 1_000_000)));
        if (x.clientGone()) {
          return;
        }
        EventLog.History next = log.after(seq, filter);
        write(out, next.events());
        seq = next.lastSeq();
      }
    }
  }

  private static void write(OutputStream out, List<Event> events) throws java.io.IOException {
    for (Event e : events) {
      out.write((json(e) + "\n").getBytes(StandardCharsets.UTF_8));
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
