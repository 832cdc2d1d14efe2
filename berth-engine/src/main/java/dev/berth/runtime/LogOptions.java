package dev.berth.runtime;

import java.time.Instant;

/**
 * {@code docker logs} flags. {@code tail} &lt; 0 means all lines; {@code since}/{@code until} are
 * null when not given (since is inclusive, until inclusive, as in Docker's json-file reader).
 */
public record LogOptions(
    boolean stdout, boolean stderr, int tail, boolean timestamps, Instant since, Instant until,
    boolean follow) {
  public static LogOptions all() {
    return new LogOptions(true, true, -1, false, null, null, false);
  }

  public LogOptions withTail(int n) {
    return new LogOptions(stdout, stderr, n, timestamps, since, until, follow);
  }

  public LogOptions withTimestamps(boolean t) {
    return new LogOptions(stdout, stderr, tail, t, since, until, follow);
  }

  public LogOptions withSince(Instant s) {
    return new LogOptions(stdout, stderr, tail, timestamps, s, until, follow);
  }

  public LogOptions withUntil(Instant u) {
    return new LogOptions(stdout, stderr, tail, timestamps, since, u, follow);
  }

  public LogOptions withFollow(boolean f) {
    return new LogOptions(stdout, stderr, tail, timestamps, since, until, f);
  }
}
