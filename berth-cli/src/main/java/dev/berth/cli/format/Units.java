package dev.berth.cli.format;

import java.time.Duration;

/** docker/go-units v0.5.0: human-readable sizes and durations, digit for digit. */
public final class Units {
  private Units() {}

  private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
  private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

  /** Decimal units with 4 significant digits ({@code 1.982MB}). */
  public static String humanSize(double bytes) {
    return humanSizeWithPrecision(bytes, 4);
  }

  /** Decimal units with {@code precision} significant digits ({@code 1.98MB} for 3). */
  public static String humanSizeWithPrecision(double bytes, int precision) {
    return custom(bytes, precision, 1000.0, DECIMAL);
  }

  /** Binary units with 4 significant digits ({@code 23.54GiB}). */
  public static String bytesSize(double bytes) {
    return custom(bytes, 4, 1024.0, BINARY);
  }

  private static String custom(double size, int precision, double base, String[] units) {
    int i = 0;
    // Repeated division, one step at a time, to get the same doubles as Go.
    while (size >= base && i < units.length - 1) {
      size = size / base;
      i++;
    }
    return GoFloat.formatG(size, precision) + units[i];
  }

  /** HumanDuration: "Less than a second", "About a minute", "3 hours", "2 weeks", ... */
  public static String humanDuration(Duration d) {
    long seconds = d.getSeconds();
    if (d.isNegative() && d.getNano() > 0) {
      seconds += 1; // truncate toward zero
    }
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds == 1) {
      return "1 second";
    }
    if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = d.toMinutes();
    if (minutes == 1) {
      return "About a minute";
    }
    if (minutes < 60) {
      return minutes + " minutes";
    }
    long nanos = d.toNanos();
    long hourNanos = 3_600_000_000_000L;
    double exactHours = (double) (nanos / hourNanos) + (double) (nanos % hourNanos) / 3.6e12;
    long hours = (long) (exactHours + 0.5);
    if (hours == 1) {
      return "About an hour";
    }
    if (hours < 48) {
      return hours + " hours";
    }
    if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    }
    if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return (long) exactHours / 24 / 365 + " years";
  }
}
