package dev.berth.events;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One recorded event, as the daemon's {@code events.Message}: {@code type} ({@code image},
 * {@code container}), {@code action}, the actor's ID and attributes (sorted by key, as Go prints
 * maps), and the time in Unix nanoseconds. {@code seq} orders events across processes.
 */
public record Event(long seq, long timeNano, String type, String action, String actorId, Map<String, String> attributes) {
  public static final String IMAGE = "image";
  public static final String CONTAINER = "container";
  public static final String NETWORK = "network";
  public static final String VOLUME = "volume";

  public Event {
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** The deprecated {@code status} field: the action, for image and container events only. */
  public String status() {
    return legacy() ? action : "";
  }

  /** The deprecated {@code id} field: the actor ID, for image and container events only. */
  public String id() {
    return legacy() ? actorId : "";
  }

  /** The deprecated {@code from} field: a container's image as given at create. */
  public String from() {
    return type.equals(CONTAINER) ? attributes.getOrDefault("image", "") : "";
  }

  /** {@code time}: whole seconds. */
  public long time() {
    return Math.floorDiv(timeNano, 1_000_000_000L);
  }

  private boolean legacy() {
    return type.equals(IMAGE) || type.equals(CONTAINER);
  }
}
