package dev.berth.container;

import dev.berth.errors.SystemException;
import java.time.Instant;

/**
 * The daemon's reading of the {@code since} and {@code until} of a logs request: the text the
 * client made of the user's value ({@code seconds[.nanoseconds]}, see the docker client's
 * GetTimestamp); an absent {@code since}, and an absent or {@code 0} {@code until}, set no bound.
 */
public final class LogWindow {
  private LogWindow() {}

  /** The lower bound, or null. */
  public static Instant since(String value) {
    return value == null || value.isEmpty() ? null : timestamp(value);
  }

  /** The upper bound, or null: the daemon ignores {@code until=0}. */
  public static Instant until(String value) {
    return value == null || value.isEmpty() || value.equals("0") ? null : timestamp(value);
  }

  /** Docker's {@code ParseTimestamps(value, 0)}. */
  static Instant timestamp(String value) {
    String[] parts = value.split("\\.", 2);
    long seconds = parseInt64(parts[0]);
    if (parts.length == 1) {
      return Instant.ofEpochSecond(seconds);
    }
    long fraction = parseInt64(parts[1]);
    long nanos = (long) (fraction * Math.pow(10, 9 - parts[1].length()));
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Go's {@code strconv.ParseInt(s, 10, 64)} with its error texts. */
  private static long parseInt64(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      boolean digits = s.matches("[+-]?[0-9]+");
      throw new SystemException("strconv.ParseInt: parsing \"" + s + "\": "
          + (digits ? "value out of range" : "invalid syntax"));
    }
  }
}
