package dev.berth.volume;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One local volume. {@code labels} and {@code options} are {@code null} when none were given (the
 * daemon reports {@code null}, not {@code {}}); {@code anonymous} volumes got a generated name when
 * a container needed one.
 */
public record VolumeRecord(
    String name, String driver, long createdNs, Map<String, String> labels, Map<String, String> options,
    boolean anonymous) {

  public static final String LOCAL = "local";

  public VolumeRecord {
    labels = sorted(labels);
    options = sorted(options);
  }

  // Go encodes a map with sorted keys; keeping them sorted makes every output agree
  private static Map<String, String> sorted(Map<String, String> m) {
    return m == null || m.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /** Docker's {@code CreatedAt}: RFC 3339 in UTC, whole seconds. */
  public String createdAt() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        Instant.ofEpochSecond(Math.floorDiv(createdNs, 1_000_000_000L)).atOffset(ZoneOffset.UTC))
        .replace("+00:00", "Z");
  }

  /** Every local volume has scope {@code local}. */
  public String scope() {
    return "local";
  }
}
