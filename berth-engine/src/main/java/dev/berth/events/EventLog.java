package dev.berth.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.errors.SystemException;
import dev.berth.store.BerthStore;
import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The store's event log ({@code events} table). Every state change appends its events inside the
 * transaction that makes the change, so an event exists exactly when its change committed, and every
 * berth process (CLI or server) sees the same log. Readers follow new events by sequence number.
 *
 * <p>Like the daemon, which keeps its last 256 events in memory, a {@code since}/{@code until} query
 * looks only at the last {@value #HISTORY} events; the table keeps more so that a follower polling
 * now and then never misses one.
 */
public final class EventLog {
  static final int HISTORY = 256;
  static final int KEEP = 4096;
  /** Made on first read: building an ObjectMapper costs ~20 ms, and writing events needs none. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final BerthStore store;

  public EventLog(BerthStore store) {
    this.store = store;
  }

  /** Work on one write transaction that appends events. */
  @FunctionalInterface
  public interface Writer {
    void run(Connection c) throws SQLException;
  }

  /** Appends events in a transaction of their own (for summaries such as prune, written after the change). */
  public static void write(BerthStore store, Writer w) {
    store.db().write(c -> {
      w.run(c);
      return null;
    });
  }

  // ---------------------------------------------------------------- writing

  /** Appends one event stamped now; trims the table to the newest {@value #KEEP} rows. */
  public static void append(Connection c, String type, String action, String actorId, Map<String, String> attributes)
      throws SQLException {
    String attrs = attributesJson(attributes);
    PreparedStatement ps = Statements.prepare(c,
        "INSERT INTO events(time_ns, type, action, actor, attributes) VALUES (?, ?, ?, ?, ?)");
    ps.setLong(1, BerthStore.nowNs());
    ps.setString(2, type);
    ps.setString(3, action);
    ps.setString(4, actorId);
    ps.setString(5, attrs);
    ps.executeUpdate();
    PreparedStatement trim = Statements.prepare(c, "DELETE FROM events WHERE seq <= last_insert_rowid() - ?");
    trim.setInt(1, KEEP);
    trim.executeUpdate();
  }

  /**
   * The attributes as one JSON object, keys sorted, strings escaped as Jackson's default writer
   * escapes them (the form the table has always held).
   */
  static String attributesJson(Map<String, String> attributes) {
    StringBuilder b = new StringBuilder(64).append('{');
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(attributes).entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      jsonString(b, e.getKey());
      b.append(':');
      jsonString(b, e.getValue());
    }
    return b.append('}').toString();
  }

  private static void jsonString(StringBuilder b, String s) {
    if (s == null) {
      b.append("null");
      return;
    }
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (ch < 0x20) {
            b.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xf]);
          } else {
            b.append(ch);
          }
        }
      }
    }
    b.append('"');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** An image event named by the image ID ({@code untag}, {@code delete}, {@code import}, {@code load}, {@code save}). */
  public static void image(Connection c, String action, String imageId) throws SQLException {
    imageNamed(c, action, imageId, imageId);
  }

  /**
   * The {@code delete} events of images whose rows are already gone (so, as {@link #image} would
   * find, without labels), appended together: one trim at the end leaves the rows the per-event
   * trims would have left.
   */
  public static void imagesDeleted(Connection c, List<String> imageIds) throws SQLException {
    if (imageIds.isEmpty()) {
      return;
    }
    PreparedStatement ps = Statements.prepare(c,
        "INSERT INTO events(time_ns, type, action, actor, attributes) VALUES (?, ?, ?, ?, ?)");
    for (String id : imageIds) {
      ps.setLong(1, BerthStore.nowNs());
      ps.setString(2, Event.IMAGE);
      ps.setString(3, "delete");
      ps.setString(4, id);
      ps.setString(5, attributesJson(Map.of("name", id)));
      ps.addBatch();
    }
    ps.executeBatch();
    PreparedStatement trim = Statements.prepare(c, "DELETE FROM events WHERE seq <= last_insert_rowid() - ?");
    trim.setInt(1, KEEP);
    trim.executeUpdate();
  }

  /** {@code tag}: named by the familiar new reference. */
  public static void tag(Connection c, String imageId, String familiarRef) throws SQLException {
    imageNamed(c, "tag", imageId, familiarRef);
  }

  /** The image's config labels (while the image exists) plus {@code name}, as the daemon logs image events. */
  private static void imageNamed(Connection c, String action, String imageId, String name) throws SQLException {
    Map<String, String> attrs = new LinkedHashMap<>(imageLabels(c, imageId));
    attrs.put("name", name);
    append(c, Event.IMAGE, action, imageId, attrs);
  }

  /** {@code prune} of images or containers: no actor, the bytes reclaimed. */
  public static void prune(Connection c, String type, long reclaimed) throws SQLException {
    append(c, type, "prune", "", Map.of("reclaimed", Long.toString(reclaimed)));
  }

  /** A container event: the container's labels, {@code image} (as given at create) and {@code name}. */
  public static void container(Connection c, String action, ContainerRecord r) throws SQLException {
    container(c, action, r, Map.of());
  }

  public static void container(Connection c, String action, ContainerRecord r, Map<String, String> extra)
      throws SQLException {
    Map<String, String> attrs = new LinkedHashMap<>(ContainerConfigs.labels(r.config()));
    attrs.put("image", r.imageRef());
    attrs.put("name", r.name());
    attrs.putAll(extra);
    append(c, Event.CONTAINER, action, r.id(), attrs);
  }

  /**
   * The event of a state change about to be written for {@code next}, judged against the stored
   * row: {@code start}, {@code pause}, {@code unpause} or {@code die} (with {@code exitCode}).
   */
  public static void stateChange(Connection c, ContainerRecord next) throws SQLException {
    ContainerState before;
    try (PreparedStatement ps = c.prepareStatement("SELECT state FROM containers WHERE id = ?")) {
      ps.setString(1, next.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        before = ContainerState.ofApiName(rs.getString(1));
      }
    }
    ContainerState after = next.state();
    boolean wasUp = before == ContainerState.RUNNING || before == ContainerState.PAUSED;
    if (!wasUp && after == ContainerState.RUNNING) {
      JsonNode config = ContainerConfigs.parse(next.config());
      network(c, "connect", next, config);
      for (dev.berth.volume.MountPoint m : dev.berth.volume.MountPoint.of(config)) {
        if (m.isVolume()) {
          volume(c, "mount", m.name(), Map.of("container", next.id(), "destination", m.destination(),
              "propagation", m.propagation() == null ? "" : m.propagation(), "read/write", Boolean.toString(m.rw())));
        }
      }
      container(c, "start", next);
    } else if (before == ContainerState.RUNNING && after == ContainerState.PAUSED) {
      container(c, "pause", next);
    } else if (before == ContainerState.PAUSED && after == ContainerState.RUNNING) {
      container(c, "unpause", next);
    } else if (wasUp && (after == ContainerState.EXITED || after == ContainerState.DEAD
        || after == ContainerState.RESTARTING)) {
      container(c, "die", next, Map.of("exitCode", Integer.toString(next.exitCode())));
      JsonNode config = ContainerConfigs.parse(next.config());
      network(c, "disconnect", next, config);
      for (dev.berth.volume.MountPoint m : dev.berth.volume.MountPoint.of(config)) {
        if (m.isVolume()) {
          volume(c, "unmount", m.name(), Map.of("container", next.id()));
        }
      }
    }
  }

  /**
   * {@code network connect} / {@code disconnect} of a container on its predefined network (the
   * daemon's sandbox joins it before {@code start} and leaves it after {@code die}): named by the
   * network ID, with the container ID, the network's name and its driver as {@code type}.
   */
  static void network(Connection c, String action, ContainerRecord r, JsonNode config) throws SQLException {
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    if (config.path(dev.berth.build.Builder.BUILD_STEP).asBoolean(false)) {
      return;
    }
    // the default bridge does not exist here (as on a dockerd started with --bridge=none): no events
    if (action.equals("disconnect")) {
      dev.berth.network.Endpoint.release(c, r.id()); // the address is free once the container stopped
    }
    if (dev.berth.container.ContainerNetworks.written(config)) {
      for (String name : dev.berth.container.ContainerNetworks.names(config)) {
        java.util.Optional<dev.berth.network.Network> n = name.equals("bridge") ? java.util.Optional.empty()
            : name.equals("none") || name.equals("host") ? dev.berth.network.NetworkStore.byNameCreating(c, name)
            : dev.berth.network.NetworkStore.resolve(c, name).filter(dev.berth.network.Network::custom);
        if (n.isPresent()) {
          append(c, Event.NETWORK, action, n.get().id(),
              Map.of("container", r.id(), "name", n.get().name(), "type", n.get().eventType()));
        }
      }
      return;
    }
    java.util.Optional<dev.berth.network.Network> n =
        mode.equals("none") || mode.equals("host") ? dev.berth.network.NetworkStore.byNameCreating(c, mode)
            : dev.berth.network.NetworkStore.resolve(c, ContainerConfigs.networkName(config))
                .filter(dev.berth.network.Network::custom);
    if (n.isPresent()) {
      append(c, Event.NETWORK, action, n.get().id(),
          Map.of("container", r.id(), "name", n.get().name(), "type", n.get().eventType()));
    }
  }

  /**
   * A volume event, named by the volume: {@code create} (also for a volume that exists, and for each
   * volume a new container mounts), {@code mount}/{@code unmount} around a start/die, {@code destroy};
   * every one with the driver.
   */
  public static void volume(Connection c, String action, String name, Map<String, String> extra) throws SQLException {
    Map<String, String> attrs = new LinkedHashMap<>(extra);
    attrs.put("driver", "local");
    append(c, Event.VOLUME, action, name, attrs);
  }

  private static Map<String, String> imageLabels(Connection c, String imageId) throws SQLException {
    String json = null;
    PreparedStatement ps = Statements.prepare(c, "SELECT labels FROM images WHERE id = ?");
    ps.setString(1, imageId);
    try (ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        json = rs.getString(1);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (json != null && !json.isEmpty()) {
      Map<String, String> plain = dev.berth.image.StringMapJson.parse(json);
      if (plain != null) {
        return plain;
      }
      try {
        JsonNode n = Json.MAPPER.readTree(json);
        if (n != null && n.isObject()) {
          n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
      } catch (JsonProcessingException e) {
        throw new SystemException("corrupt image labels of " + imageId + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- reading

  /** Past events selected by a query, and the sequence number to follow from. */
  public record History(List<Event> events, long lastSeq) {}

  /**
   * The daemon's buffered events for {@code since}/{@code until} (epoch ns, null when not given):
   * none unless one is given; else, of the last {@value #HISTORY} events, those from the newest back
   * to the first one older than {@code since}, without those after {@code until}, oldest first.
   */
  public History history(Long sinceNs, Long untilNs, EventFilter filter) {
    return store.db().read(c -> {
      long last = lastSeq(c);
      List<Event> out = new ArrayList<>();
      if (sinceNs == null && untilNs == null) {
        return new History(out, last);
      }
      List<Event> recent = select(c, last - HISTORY);
      long since = sinceNs == null ? 0 : sinceNs;
      for (int i = recent.size() - 1; i >= 0; i--) {
        Event ev = recent.get(i);
        if (ev.timeNano() < since) {
          break;
        }
        if (untilNs != null && untilNs > 0 && ev.timeNano() > untilNs) {
          continue;
        }
        if (filter.includes(ev)) {
          out.addFirst(ev);
        }
      }
      return new History(out, last);
    });
  }

  /** Events appended after {@code seq} that the filter includes (oldest first), and the newest sequence number seen. */
  public History after(long seq, EventFilter filter) {
    List<Event> all = store.db().read(c -> select(c, seq));
    long last = all.isEmpty() ? seq : all.getLast().seq();
    return new History(all.stream().filter(filter::includes).toList(), last);
  }

  /** Receives streamed events. */
  @FunctionalInterface
  public interface Sink {
    void accept(Event e) throws java.io.IOException;
  }

  static final long POLL_MILLIS = 100;

  /** Told that the stream's starting point is fixed: every event written from now on will be sent. */
  @FunctionalInterface
  public interface Started {
    void run() throws java.io.IOException;
  }

  /** {@link #stream(Timestamps.Window, EventFilter, Started, Sink, BooleanSupplier)} for a reader that need not know when it started. */
  public void stream(Timestamps.Window window, EventFilter filter, Sink sink, BooleanSupplier stop)
      throws java.io.IOException, InterruptedException {
    stream(window, filter, () -> {}, sink, stop);
  }

  /**
   * {@code docker events}: the history the window selects, then (unless its {@code until} has
   * passed) every new event the filter includes, found by polling the table, until {@code until}
   * or until {@code stop} says the reader is gone. {@code started} runs once the sequence number to
   * follow from is fixed and before any event is sent, so that a reader told then (an API client
   * receiving the answer's headers) can rely on seeing every event written after it.
   */
  public void stream(Timestamps.Window window, EventFilter filter, Started started, Sink sink, BooleanSupplier stop)
      throws java.io.IOException, InterruptedException {
    History history = history(window.since(), window.until(), filter);
    started.run();
    for (Event e : history.events()) {
      sink.accept(e);
    }
    if (window.onlyPast()) {
      return;
    }
    Long until = window.until();
    long seq = history.lastSeq();
    while (until == null || BerthStore.nowNs() < until) {
      long wait = until == null ? POLL_MILLIS : Math.min(POLL_MILLIS, (until - BerthStore.nowNs()) / 1_000_000);
      Thread.sleep(Math.max(1, wait));
      if (stop.getAsBoolean()) {
        return;
      }
      History next = after(seq, filter);
      for (Event e : next.events()) {
        sink.accept(e);
      }
      seq = next.lastSeq();
    }
  }

  private static long lastSeq(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Event> select(Connection c, long afterSeq) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, time_ns, type, action, actor, attributes FROM events WHERE seq > ? ORDER BY seq")) {
      ps.setLong(1, afterSeq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, String> attrs = new LinkedHashMap<>();
          try {
            Json.MAPPER.readTree(rs.getString(6)).properties().forEach(e -> attrs.put(e.getKey(), e.getValue().asText()));
          } catch (JsonProcessingException e) {
            throw new SystemException("corrupt event " + rs.getLong(1) + ": " + e.getMessage(), e);
          }
          out.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), attrs));
        }
      }
    }
    return out;
  }
}
