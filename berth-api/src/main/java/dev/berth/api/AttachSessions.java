package dev.berth.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The attach streams open in this server, per container. The daemon registers an attach before the
 * container starts, so a {@code run --rm} client gets all of a short run's output; here the
 * auto-removal waits for the container's open attach streams to drain before it deletes the log
 * they read from.
 */
final class AttachSessions {
  private final Map<String, Integer> open = new HashMap<>();

  synchronized void enter(String id) {
    open.merge(id, 1, Integer::sum);
  }

  synchronized void exit(String id) {
    open.computeIfPresent(id, (k, n) -> n == 1 ? null : n - 1);
    notifyAll();
  }

  /** Waits until no attach stream of {@code id} is open, at most {@code timeout}. */
  synchronized void awaitNone(String id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (open.containsKey(id)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }
}
