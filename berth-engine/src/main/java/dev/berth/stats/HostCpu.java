package dev.berth.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host figures the daemon adds to each sample: system CPU time, online CPUs, memory. */
public final class HostCpu {
  private HostCpu() {}

  /**
   * The host's CPU time in nanoseconds: the first seven fields of /proc/stat's {@code cpu} line (clock
   * ticks at USER_HZ 100), as the daemon's collector sums them.
   */
  public static long systemUsage(Path procRoot) throws IOException {
    for (String line : Files.readAllLines(procRoot.resolve("stat"))) {
      String[] f = line.trim().split("\\s+");
      if (f[0].equals("cpu")) {
        if (f.length < 8) {
          throw new IOException("invalid number of cpu fields");
        }
        long ticks = 0;
        for (int i = 1; i < 8; i++) {
          ticks += Long.parseUnsignedLong(f[i]);
        }
        return ticks * 1_000_000_000L / 100;
      }
    }
    throw new IOException("invalid stat format. Error trying to parse the '/proc/stat' file");
  }

  /** The CPUs this process may run on (sched_getaffinity), from /proc/self/status's Cpus_allowed_list. */
  public static int onlineCpus(Path procRoot) {
    try {
      for (String line : Files.readAllLines(procRoot.resolve("self").resolve("status"))) {
        if (line.startsWith("Cpus_allowed_list:")) {
          return countList(line.substring(line.indexOf(':') + 1).trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** The number of CPUs in a list such as {@code 0-3,8,10-11}. */
  static int countList(String list) {
    int n = 0;
    for (String part : list.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int dash = part.indexOf('-');
      n += dash < 0 ? 1 : Integer.parseInt(part.substring(dash + 1).trim()) - Integer.parseInt(part.substring(0, dash).trim()) + 1;
    }
    return n;
  }

  /** MemTotal of /proc/meminfo in bytes (0 when unknown). */
  public static long memTotal(Path procRoot) {
    try {
      for (String line : Files.readAllLines(procRoot.resolve("meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through
    }
    return 0;
  }
}
