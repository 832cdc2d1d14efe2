package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.events.Event;
import dev.berth.events.EventFilter;
import dev.berth.events.EventLog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /events}: the daemon's {@code events.Message} lines (daemon-semantics §9, as dockerd
 * 20.10 answered the same requests), since/until windows, filters, and following new events.
 */
class EventEndpointsTest extends ServerTestBase {
  private static final String ONE = TestArchives.one().id();
  private static final String TWO = TestArchives.two().id();

  /** An image event line exactly as dockerd writes it; {@code attributes} is the JSON object's inside. */
  private static String image(String action, String id, String attributes, long timeNano) {
    return "{\"status\":\"" + action + "\",\"id\":\"" + id + "\",\"Type\":\"image\",\"Action\":\"" + action
        + "\",\"Actor\":{\"ID\":\"" + id + "\",\"Attributes\":{" + attributes + "}},\"scope\":\"local\",\"time\":"
        + Math.floorDiv(timeNano, 1_000_000_000L) + ",\"timeNano\":" + timeNano + "}\n";
  }

  /** The API's {@code seconds.nanoseconds} timestamp. */
  private static String timestamp(long timeNano) {
    return Math.floorDiv(timeNano, 1_000_000_000L) + "." + String.format("%09d", Math.floorMod(timeNano, 1_000_000_000L));
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private List<Event> recorded() {
    return new EventLog(engine.store()).history(0L, null, EventFilter.none()).events();
  }

  /** load one:1, load two:1/two:2, tag ev:1 (one), tag ev:2 (two), rmi ev:1: five events. */
  private List<Event> fiveEvents() throws Exception {
    load(TestArchives.archive(TestArchives.one(), TestArchives.two()));
    engine.images().tag("one:1", "ev", "1");
    engine.images().tag("two:1", "ev", "2");
    engine.images().remove("ev:1", false, false);
    List<Event> events = recorded();
    assertThat(events).extracting(Event::action).containsExactly("load", "load", "tag", "tag", "untag");
    return events;
  }

  @Test
  void historyBetweenSinceAndUntilInDockersShape() throws Exception {
    List<Event> e = fiveEvents();
    UnixHttp.Reply r = http.get("/v1.41/events?since=" + timestamp(e.get(2).timeNano()) + "&until="
        + timestamp(e.get(4).timeNano()));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo(image("tag", ONE, "\"name\":\"ev:1\"", e.get(2).timeNano())
        + image("tag", TWO, "\"kind\":\"two\",\"name\":\"ev:2\"", e.get(3).timeNano())
        + image("untag", ONE, "\"name\":\"" + ONE + "\"", e.get(4).timeNano()));
    // until alone: everything the daemon still holds up to then
    assertThat(http.get("/events?until=" + timestamp(e.get(1).timeNano())).body())
        .isEqualTo(image("load", ONE, "\"name\":\"" + ONE + "\"", e.get(0).timeNano())
            + image("load", TWO, "\"kind\":\"two\",\"name\":\"" + TWO + "\"", e.get(1).timeNano()));
  }

  @Test
  void filtersSelectLikeTheDaemon() throws Exception {
    List<Event> e = fiveEvents();
    String window = "/events?since=" + timestamp(e.get(0).timeNano()) + "&until=" + timestamp(e.get(4).timeNano());
    String loadOne = image("load", ONE, "\"name\":\"" + ONE + "\"", e.get(0).timeNano());
    String loadTwo = image("load", TWO, "\"kind\":\"two\",\"name\":\"" + TWO + "\"", e.get(1).timeNano());
    String tagOne = image("tag", ONE, "\"name\":\"ev:1\"", e.get(2).timeNano());
    String tagTwo = image("tag", TWO, "\"kind\":\"two\",\"name\":\"ev:2\"", e.get(3).timeNano());
    String untag = image("untag", ONE, "\"name\":\"" + ONE + "\"", e.get(4).timeNano());
    assertThat(http.get(window + "&filters=" + q("{\"event\":{\"tag\":true}}")).body()).isEqualTo(tagOne + tagTwo);
    assertThat(http.get(window + "&filters=" + q("{\"type\":{\"container\":true}}")).body()).isEmpty();
    assertThat(http.get(window + "&filters=" + q("{\"type\":{\"image\":true},\"event\":{\"untag\":true}}")).body())
        .isEqualTo(untag);
    // image: the name attribute with or without its tag, or the image ID
    assertThat(http.get(window + "&filters=" + q("{\"image\":{\"ev:1\":true}}")).body()).isEqualTo(tagOne);
    assertThat(http.get(window + "&filters=" + q("{\"image\":{\"ev\":true}}")).body()).isEqualTo(tagOne + tagTwo);
    assertThat(http.get(window + "&filters=" + q("{\"image\":{\"" + ONE + "\":true}}")).body())
        .isEqualTo(loadOne + tagOne + untag);
    assertThat(http.get(window + "&filters=" + q("{\"image\":{\"one:1\":true}}")).body()).isEmpty();
    assertThat(http.get(window + "&filters=" + q("{\"label\":{\"kind=two\":true}}")).body()).isEqualTo(loadTwo + tagTwo);
    // dockerd 20.10 does not check event filter keys
    assertThat(http.get(window + "&filters=" + q("{\"nope\":{\"x\":true}}")).body())
        .isEqualTo(loadOne + loadTwo + tagOne + tagTwo + untag);
  }

  @Test
  void badWindowsAreRefusedLikeTheDaemon() throws Exception {
    UnixHttp.Reply reversed = http.get("/v1.41/events?since=20&until=10");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.body()).isEqualTo("{\"message\":\"`since` time (20) cannot be after `until` time (10)\"}\n");
    UnixHttp.Reply bad = http.get("/v1.41/events?since=abc&until=10");
    assertThat(bad.status()).isEqualTo(500);
    assertThat(bad.body()).isEqualTo("{\"message\":\"strconv.ParseInt: parsing \\\"abc\\\": invalid syntax\"}\n");
  }

  /**
   * Without {@code since}, an event written after the client has the answer's headers is sent.
   * The store is held (its monitor) for a second while the request starts: a server that sends
   * its headers before the stream has fixed its start point is caught waiting for the store, and
   * the tag made then is missed. A correct server cannot answer while the store is held; the tag
   * is made once the headers come. Markers are then written until any event arrives: the first
   * one must be the tag (the verdict does not depend on timing, only the catching does).
   */
  @Test
  void followSendsWhatHappensAfterTheHeaders() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    // a first request (past only: answered at once) readies the path, so that the held store below
    // catches a server that sends its headers first
    assertThat(http.get("/events?until=1").status()).isEqualTo(200);
    CompletableFuture<String> head = new CompletableFuture<>();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    RawConnection c;
    boolean tagged = false;
    // held from before the request, so that the server cannot fix its start point before the hold ends
    synchronized (engine.store().db()) {
      // a kept-alive connection, as the docker CLI's: the answer is chunked
      c = RawConnection.sendRaw(socket, "GET", "/v1.41/events", null);
      Thread.ofVirtual().start(() -> read(c, head, lines));
      try {
        // a server that sent its headers first, and now waits for the store, is caught here
        head.get(1, TimeUnit.SECONDS);
        engine.images().tag("one:1", "f", "1");
        tagged = true;
      } catch (TimeoutException e) {
        // the headers wait for the start point, which waits for the store
      }
    }
    try (c) {
      assertThat(head.get()).startsWith("HTTP/1.1 200 OK\r\n")
          .contains("Content-Type: application/json\r\n", "Transfer-Encoding: chunked\r\n");
      if (!tagged) {
        engine.images().tag("one:1", "f", "1");
      }
      String first = lines.poll(200, TimeUnit.MILLISECONDS);
      for (int marker = 1; first == null; marker++) {
        engine.images().tag("one:1", "marker", Integer.toString(marker));
        first = lines.poll(200, TimeUnit.MILLISECONDS);
      }
      assertThat(first).matches("\\{\"status\":\"tag\",\"id\":\"" + ONE + "\",\"Type\":\"image\",\"Action\":\"tag\","
          + "\"Actor\":\\{\"ID\":\"" + ONE + "\",\"Attributes\":\\{\"name\":\"f:1\"}},\"scope\":\"local\","
          + "\"time\":\\d+,\"timeNano\":\\d+}");
    }
  }

  private static void read(RawConnection c, CompletableFuture<String> head, BlockingQueue<String> lines) {
    try {
      head.complete(c.head());
      StringBuilder pending = new StringBuilder();
      for (String chunk = c.nextChunk(); chunk != null; chunk = c.nextChunk()) {
        pending.append(chunk);
        for (int nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
          lines.add(pending.substring(0, nl));
          pending.delete(0, nl + 1);
        }
      }
    } catch (java.io.IOException e) {
      head.completeExceptionally(e);
    }
  }
}
