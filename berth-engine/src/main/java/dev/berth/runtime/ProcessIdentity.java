package dev.berth.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A host process named by pid plus its start time, so that a recycled pid (pids wrap quickly on a
 * busy host) is never mistaken for the process that was recorded.
 */
public record ProcessIdentity(long pid, long startTime) {
  /** The identity of a live process, or empty when it does not exist (or is a zombie). */
  public static Optional<ProcessIdentity> of(long pid) {
    return stat(pid).map(f -> new ProcessIdentity(pid, Long.parseLong(f[19])));
  }

  /** Whether this very process still runs (zombies count as dead: they are only not reaped yet). */
  public boolean isAlive() {
    return stat(pid).map(f -> Long.parseLong(f[19]) == startTime).orElse(false);
  }

  public String serialize() {
    return pid + " " + startTime;
  }

  public static Optional<ProcessIdentity> parse(String text) {
    String[] f = text.strip().split("\\s+");
    if (f.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProcessIdentity(Long.parseLong(f[0]), Long.parseLong(f[1])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // Fields of /proc/<pid>/stat after the ")" closing comm: [0] = state, [19] = starttime.
  private static Optional<String[]> stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      if (f[0].equals("Z") || f[0].equals("X")) {
        return Optional.empty();
      }
      return Optional.of(f);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
