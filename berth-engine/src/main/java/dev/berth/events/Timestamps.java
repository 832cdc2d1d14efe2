package dev.berth.events;

import dev.berth.errors.SystemException;

/** The API's {@code since}/{@code until} values: {@code seconds[.fraction]} (Docker's {@code ParseTimestamps}). */
public final class Timestamps {
  private Timestamps() {}

  /** A query's bounds in epoch nanoseconds (null: not given), and whether it ends before now. */
  public record Window(Long since, Long until, boolean onlyPast) {}

  /**
   * The daemon's {@code since}/{@code until} parameters: {@code until} before {@code since} is
   * refused (400, quoting the values as given); an {@code until} in the past means no following.
   */
  public static Window window(String sinceText, String untilText, long nowNs) {
    Long since = parse(sinceText);
    Long until = parse(untilText);
    if (until != null && since != null && until < since) {
      throw new dev.berth.errors.InvalidArgumentException(
          "`since` time (" + sinceText + ") cannot be after `until` time (" + untilText + ")");
    }
    return new Window(since, until, until != null && until < nowNs);
  }

  /** Epoch nanoseconds, or null when the value is empty or the seconds are -1 (not given). */
  public static Long parse(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    int dot = value.indexOf('.');
    long seconds = parseInt(dot < 0 ? value : value.substring(0, dot));
    long nanos = 0;
    if (dot >= 0) {
      String frac = value.substring(dot + 1);
      long n = parseInt(frac);
      nanos = (long) (n * Math.pow(10, 9 - frac.length()));
    }
    if (seconds == -1) {
      return null;
    }
    return seconds * 1_000_000_000L + nanos;
  }

  /** Go's {@code strconv.ParseInt(s, 10, 64)} with its error texts. */
  private static long parseInt(String s) {
    if (!s.matches("[+-]?[0-9]+")) {
      throw new SystemException("strconv.ParseInt: parsing \"" + s + "\": invalid syntax");
    }
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new SystemException("strconv.ParseInt: parsing \"" + s + "\": value out of range");
    }
  }
}
