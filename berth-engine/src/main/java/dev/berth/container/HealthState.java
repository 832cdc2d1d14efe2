package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A container's {@code State.Health}: its status, the failures in a row and the last five probe
 * results. Kept in the container's directory (not the database): the health monitor writes it
 * every probe, and every change is a whole-file rename under a lock file.
 *
 * @param startedAt the run it belongs to (the container's {@code StartedAt}): a monitor left from
 *     an earlier run never writes into a new one
 */
public record HealthState(String status, int failingStreak, List<Result> log, String startedAt) {
  public static final String STARTING = "starting";
  public static final String HEALTHY = "healthy";
  public static final String UNHEALTHY = "unhealthy";
  /** The {@code health} filter's value for a container without a healthcheck. */
  public static final String NONE = "none";

  static final int MAX_LOG_ENTRIES = 5;
  static final int MAX_OUTPUT_BYTES = 4096;
  private static final String FILE = "health.json";

  /** One probe: when it ran, its exit code (-1: it could not run or timed out) and its output. */
  public record Result(Instant start, Instant end, int exitCode, String output) {}

  /** {@code health: starting} as {@code ps} shows it, the other states by name. */
  public String statusText() {
    return status.equals(STARTING) ? "health: starting" : status;
  }

  /** The state after one more probe result, by the daemon's rules. */
  HealthState withResult(Result r, HealthConfig config, Instant containerStarted) {
    List<Result> kept = new ArrayList<>(log);
    kept.add(r);
    while (kept.size() > MAX_LOG_ENTRIES) {
      kept.removeFirst();
    }
    if (r.exitCode() == 0) {
      return new HealthState(HEALTHY, 0, List.copyOf(kept), startedAt);
    }
    // failures inside the start period do not count while the container is still starting
    boolean counts = !status.equals(STARTING)
        || java.time.Duration.between(containerStarted, r.start()).compareTo(config.startPeriod()) >= 0;
    int streak = counts ? failingStreak + 1 : failingStreak;
    String next = counts && streak >= config.retries() ? UNHEALTHY : status;
    return new HealthState(next, streak, List.copyOf(kept), startedAt);
  }

  public static Optional<HealthState> read(Path containerDir) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(containerDir.resolve(FILE));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SystemException("cannot read the health of " + containerDir.getFileName() + ": " + e.getMessage(), e);
    }
    try {
      JsonNode n = ImageConfig.MAPPER.readTree(bytes);
      List<Result> log = new ArrayList<>();
      for (JsonNode r : n.path("Log")) {
        log.add(new Result(Instant.parse(r.path("Start").asText()), Instant.parse(r.path("End").asText()),
            r.path("ExitCode").asInt(), r.path("Output").asText("")));
      }
      return Optional.of(new HealthState(n.path("Status").asText(UNHEALTHY), n.path("FailingStreak").asInt(),
          List.copyOf(log), n.path("StartedAt").asText("")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not written by berth: no health to show
    }
  }

  /** {@code State.Health} as the API writes it (times in RFC 3339 with nanoseconds). */
  public ObjectNode toJson() {
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.put("Status", status);
    n.put("FailingStreak", failingStreak);
    ArrayNode l = n.putArray("Log");
    for (Result r : log) {
      ObjectNode o = l.addObject();
      o.put("Start", ContainerLifecycle.rfc(r.start()));
      o.put("End", ContainerLifecycle.rfc(r.end()));
      o.put("ExitCode", r.exitCode());
      o.put("Output", r.output());
    }
    return n;
  }

  /**
   * Changes the state under the container's health lock; {@code change} gets the current state
   * (empty when there is none) and returns the new one, or null to leave it as it is.
   */
  static Optional<HealthState> update(Path containerDir, UnaryOperator<Optional<HealthState>> change) {
    try (FileChannel lock = FileChannel.open(containerDir.resolve(FILE + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        FileLock held = lock.lock()) {
      Optional<HealthState> now = read(containerDir);
      Optional<HealthState> next = change.apply(now);
      if (next == null || next.isEmpty()) {
        return now;
      }
      ObjectNode n = next.get().toJson();
      n.put("StartedAt", next.get().startedAt());
      Path tmp = containerDir.resolve(FILE + "." + dev.berth.content.TempNames.unique() + ".tmp");
      Files.write(tmp, ImageConfig.MAPPER.writeValueAsBytes(n));
      Files.move(tmp, containerDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return next;
    } catch (NoSuchFileException e) {
      return Optional.empty(); // the container was removed meanwhile
    } catch (IOException e) {
      throw new SystemException("cannot write the health of " + containerDir.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** A start of a container with a probe: starting again, no failures, the log kept (as the daemon). */
  static void started(Path containerDir, String startedAt) {
    update(containerDir, now -> Optional.of(new HealthState(STARTING, 0,
        now.map(HealthState::log).orElse(List.of()), startedAt)));
  }

  /** The monitor stops (the container stopped or was paused): the daemon then says unhealthy. */
  static void monitorStopped(Path containerDir) {
    if (!Files.exists(containerDir.resolve(FILE))) {
      return; // no healthcheck ever ran
    }
    update(containerDir, now -> now.filter(h -> !h.status().equals(UNHEALTHY))
        .map(h -> new HealthState(UNHEALTHY, h.failingStreak(), h.log(), h.startedAt())));
  }
}
