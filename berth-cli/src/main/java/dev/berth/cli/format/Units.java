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
    return dev.berth.units.HumanDuration.of(d);
  }
}
