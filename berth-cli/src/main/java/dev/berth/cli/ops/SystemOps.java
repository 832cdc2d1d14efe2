package dev.berth.cli.ops;

import dev.berth.api.json.ServerVersion;
import dev.berth.events.Event;
import dev.berth.image.Filters;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** {@code version}, {@code info}, {@code system df} and {@code events}: what the daemon says about itself. */
public interface SystemOps {
  ServerVersion version();

  /** The engine's {@code GET /info} answer. */
  com.fasterxml.jackson.databind.JsonNode info();

  DiskUsageReport diskUsage();

  /**
   * Streams events to {@code sink} until {@code until} has passed (or, without it, until
   * {@code stop} says so after an event).
   *
   * @param since the docker client's {@code since} parameter ("" when not given, see {@link ClientTimestamp})
   * @param until likewise
   */
  void events(String since, String until, Filters filters, Consumer<Event> sink, BooleanSupplier stop);
}
