package dev.berth.runtime;

import java.time.Instant;

/**
 * {@code docker logs} flags. {@code tail} &lt; 0 means all lines; {@code since}/{@code until} are
 * null when not given (since is inclusive, until inclusive, as in Docker's json-file reader).
 */
public record LogOptions(
    boolean stdout, boolean stderr, int tail, boolean timestamps, Instant since, Instant until,
    boolean follow,
    String details) {
  /** {@code details}: the {@code --details} attributes put before each line, {@code null} without the flag. */
  public LogOptions(boolean stdout, boolean stderr, int tail, boolean timestamps, Instant since, Instant until,
      boolean follow) {
    this(stdout, stderr, tail, timestamps, since, until, follow, null);
  }

  public static LogOptions all() {
    return new LogOptions(true, true, -1, false, null, null, false);
  }

  public LogOptions withDetails(String d) {
    return new LogOptions(stdout, stderr, tail, timestamps, since, until, follow, d);
  }

  public LogOptions withTail(int n) {
    return new LogOptions(stdout, stderr, n, timestamps, since, until, follow, details);
  }

  public LogOptions withTimestamps(boolean t) {
    return new LogOptions(stdout, stderr, tail, t, since, until, follow, details);
  }

  public LogOptions withSince(Instant s) {
    return new LogOptions(stdout, stderr, tail, timestamps, s, until, follow, details);
  }

  public LogOptions withUntil(Instant u) {
    return new LogOptions(stdout, stderr, tail, timestamps, since, u, follow, details);
  }

  public LogOptions withFollow(boolean f) {
    return new LogOptions(stdout, stderr, tail, timestamps, since, until, f, details);
  }
}
