package dev.berth.content;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names for temporary files and directories that no other process or thread picks at the same
 * time: this process's pid, a random 64-bit value and a per-process counter. Cheaper than
 * {@code UUID.randomUUID()}, whose SecureRandom costs a short command ~20 ms to initialise;
 * the pid keeps concurrent processes apart, the counter threads within one.
 */
public final class TempNames {
  private static final long PID = ProcessHandle.current().pid();
  private static final AtomicLong COUNTER = new AtomicLong();

  private TempNames() {}

  public static String unique() {
    return PID + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-"
        + COUNTER.incrementAndGet();
  }
}
