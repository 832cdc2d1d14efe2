package dev.berth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events the store records for image and container changes, with the actions and attributes
 * dockerd 20.10 logs for the same operations (daemon-semantics §9 and `docker events` on a real
 * daemon), and the daemon's since/until/filter selection.
 */
class EventLogTest {
  @TempDir Path dir;
  Engine engine;
  EventLog log;

  @BeforeEach
  void open() {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    log = new EventLog(engine.store());
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private String importImage(String content, String ref) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
      e.setModTime(1577836800000L);
      e.setMode(0644);
      tar.putArchiveEntry(e);
      tar.write(body);
      tar.closeArchiveEntry();
    }
    return new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(bytes.toByteArray()), ref, null);
  }

  /** {@code type action actor attrs}, the shape of the spec's transcript. */
  private List<String> all() {
    return all(EventFilter.none());
  }

  private List<String> all(EventFilter filter) {
    return log.history(0L, null, filter).events().stream()
        .map(e -> e.type() + " " + e.action() + " " + e.actorId() + " " + e.attributes())
        .toList();
  }

  @Test
  void imageOperationsLogTheDaemonsActionsAndNames() throws IOException {
    String a = importImage("a", "ev:1");
    engine.images().tag("ev:1", "ev", "2");
    engine.images().tag("ev:1", "ev", "2");
    engine.images().remove("ev:2", false, false);
    String b = importImage("b", "ev:1");
    engine.images().remove("ev:1", false, false);
    engine.images().prune(dev.berth.image.Filters.empty());
    assertThat(all()).containsExactly(
        "image tag " + a + " {name=ev:1}",
        "image import " + a + " {name=" + a + "}",
        "image tag " + a + " {name=ev:2}",
        "image tag " + a + " {name=ev:2}",
        "image untag " + a + " {name=" + a + "}",
        "image tag " + b + " {name=ev:1}",
        "image import " + b + " {name=" + b + "}",
        "image untag " + b + " {name=" + b + "}",
        "image delete " + b + " {name=" + b + "}",
        "image delete " + a + " {name=" + a + "}",
        "image prune  {reclaimed=1}");
  }

  @Test
  void saveAndLoadLogOneEventPerImage() throws IOException {
    String a = importImage("a", "sv:1");
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    new dev.berth.image.ImageArchives(engine.store()).save(List.of("sv:1"), archive);
    new dev.berth.image.ImageArchives(engine.store()).load(new ByteArrayInputStream(archive.toByteArray()));
    assertThat(all()).endsWith("image save " + a + " {name=" + a + "}", "image load " + a + " {name=" + a + "}");
  }

  @Test
  void containerCreateRenameDestroyCarryLabelsImageAndName() throws IOException {
    importImage("a", "ct:1");
    ContainerRecord r = engine.containers().create("ct:1", "c1", "{\"Cmd\":[\"true\"],\"Labels\":{\"a\":\"b\"}}");
    engine.containers().rename("c1", "c2");
    engine.containers().remove("c2", false);
    engine.containers().prune(dev.berth.image.Filters.empty());
    List<String> events = all(new EventFilter(Map.of("type", List.of("container"))));
    assertThat(events).containsExactly(
        "container create " + r.id() + " {a=b, image=ct:1, name=c1}",
        "container rename " + r.id() + " {a=b, image=ct:1, name=c2, oldName=/c1}",
        "container destroy " + r.id() + " {a=b, image=ct:1, name=c2}",
        "container prune  {reclaimed=0}");
    Event first = log.history(0L, null, new EventFilter(Map.of("type", List.of("container")))).events().getFirst();
    assertThat(first.status()).isEqualTo("create");
    assertThat(first.id()).isEqualTo(r.id());
    assertThat(first.from()).isEqualTo("ct:1");
  }

  @Test
  void filtersFollowTheDaemonsRules() throws IOException {
    String a = importImage("a", "fa:1");
    ContainerRecord r = engine.containers().create("fa:1", "web", "{\"Cmd\":[\"true\"],\"Labels\":{\"tier\":\"x\"}}");
    // image=fa matches the tag event (name without tag) and the container (its image attribute)
    assertThat(all(new EventFilter(Map.of("image", List.of("fa")))))
        .containsExactly("image tag " + a + " {name=fa:1}", "container create " + r.id() + " {image=fa:1, name=web, tier=x}");
    // container= matches by ID or name prefix, and excludes every other actor, whatever its type
    assertThat(all(new EventFilter(Map.of("container", List.of("we"))))).hasSize(1);
    assertThat(all(new EventFilter(Map.of("container", List.of(r.id().substring(0, 5)))))).hasSize(1);
    assertThat(all(new EventFilter(Map.of("label", List.of("tier=x"))))).hasSize(1);
    assertThat(all(new EventFilter(Map.of("label", List.of("tier=y"))))).isEmpty();
    assertThat(all(new EventFilter(Map.of("event", List.of("import", "create"))))).hasSize(2);
    assertThat(all(new EventFilter(Map.of("scope", List.of("swarm"))))).isEmpty();
  }

  @Test
  void sinceAndUntilSelectByTimeAndNothingWithoutThem() throws IOException {
    importImage("a", "t:1");
    List<Event> events = log.history(0L, null, EventFilter.none()).events();
    assertThat(events).hasSize(2);
    long t1 = events.get(1).timeNano();
    assertThat(log.history(t1, null, EventFilter.none()).events()).extracting(Event::action).containsExactly("import");
    assertThat(log.history(null, t1 - 1, EventFilter.none()).events()).extracting(Event::action).containsExactly("tag");
    assertThat(log.history(null, null, EventFilter.none()).events()).isEmpty();
  }

  @Test
  void followersSeeOnlyNewEvents() throws IOException {
    importImage("a", "f:1");
    EventLog.History h = log.history(null, null, EventFilter.none());
    engine.images().tag("f:1", "f", "2");
    EventLog.History next = log.after(h.lastSeq(), EventFilter.none());
    assertThat(next.events()).extracting(Event::action).containsExactly("tag");
    assertThat(log.after(next.lastSeq(), EventFilter.none()).events()).isEmpty();
  }

  @Test
  void streamTellsWhenItsStartIsFixedBeforeSendingAnything() throws Exception {
    importImage("a", "s:1");
    List<String> seen = new java.util.ArrayList<>();
    List<Integer> sentBeforeStart = new java.util.ArrayList<>();
    // Without since: nothing from the past, but an event written once started is sent.
    log.stream(new Timestamps.Window(null, null, false), EventFilter.none(), () -> {
      sentBeforeStart.add(seen.size());
      engine.images().tag("s:1", "s", "2");
    }, e -> seen.add(e.action() + " " + e.attributes().get("name")), () -> !seen.isEmpty());
    assertThat(sentBeforeStart).containsExactly(0);
    assertThat(seen).containsExactly("tag s:2");

    seen.clear();
    sentBeforeStart.clear();
    // With since: the started call still comes before the history is sent.
    log.stream(new Timestamps.Window(0L, null, false), EventFilter.none(), () -> sentBeforeStart.add(seen.size()),
        e -> seen.add(e.action() + " " + e.attributes().get("name")), () -> true);
    assertThat(sentBeforeStart).containsExactly(0);
    assertThat(seen).hasSize(3).startsWith("tag s:1").endsWith("tag s:2");
    assertThat(seen.get(1)).startsWith("import sha256:");
  }

  @Test
  void historyIsTheLast256EventsLikeTheDaemonsBuffer() throws IOException {
    importImage("a", "h:0");
    for (int i = 1; i <= 300; i++) {
      engine.images().tag("h:0", "h", Integer.toString(i));
    }
    List<Event> events = log.history(0L, null, EventFilter.none()).events();
    assertThat(events).hasSize(256);
    assertThat(events.getLast().attributes()).containsEntry("name", "h:300");
  }

  @Test
  void apiTimestampsParseLikeTheDaemon() {
    assertThat(Timestamps.parse("")).isNull();
    assertThat(Timestamps.parse("-1")).isNull();
    assertThat(Timestamps.parse("1700000000")).isEqualTo(1_700_000_000_000_000_000L);
    assertThat(Timestamps.parse("1700000000.5")).isEqualTo(1_700_000_000_500_000_000L);
    assertThat(Timestamps.parse("1700000000.000000001")).isEqualTo(1_700_000_000_000_000_001L);
    assertThatThrownBy(() -> Timestamps.parse("abc")).isInstanceOf(SystemException.class)
        .hasMessage("strconv.ParseInt: parsing \"abc\": invalid syntax");
  }

  /** The attribute encoder writes what Jackson's default writer wrote before it (sorted keys). */
  @Test
  void attributesEncodeAsJacksonDid() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper jackson = new com.fasterxml.jackson.databind.ObjectMapper();
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261128L).withExamples(2000)
        .forAll(org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 12),
            org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 24),
            org.quicktheories.generators.SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .checkAssert((key, value, other) -> {
          Map<String, String> attrs = new java.util.HashMap<>(Map.of(key, value));
          attrs.put("name\u0001" + other, "\u001f\"\\\b\f\n\r\t/\u00e9\ud83d\ude00" + other);
          try {
            assertThat(EventLog.attributesJson(attrs))
                .isEqualTo(jackson.writeValueAsString(new java.util.TreeMap<>(attrs)));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
          }
        });
    assertThat(EventLog.attributesJson(Map.of())).isEqualTo("{}");
  }
}
