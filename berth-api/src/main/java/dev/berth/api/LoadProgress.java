package dev.berth.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The daemon's {@code Loading layer} progress message of a layer read to its end, as its
 * {@code jsonmessage.JSONProgress} renders it for a stream without a terminal (bar 50 wide, then
 * the sizes in go-units' decimal {@code HumanSize}).
 */
final class LoadProgress {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

  private LoadProgress() {}

  /** The message for the layer {@code diffId} of {@code bytes} bytes in the archive, done. */
  static String done(String diffId, long bytes) {
    String hex = diffId.startsWith("sha256:") ? diffId.substring(7) : diffId;
    String size = humanSize(bytes);
    String bar = "[" + "=".repeat(50) + ">] " + String.format("%8s", size) + "/" + size;
    return GoJsonText.object().string("status", "Loading layer")
        .raw("progressDetail", GoJsonText.object().number("current", bytes).number("total", bytes).end())
        .string("progress", bar)
        .string("id", hex.substring(0, Math.min(12, hex.length())))
        .end();
  }

  /** go-units {@code HumanSize}: decimal units, 4 significant digits, Go's {@code %g} (no trailing zeros). */
  static String humanSize(long bytes) {
    double size = bytes;
    int i = 0;
    while (size >= 1000.0 && i < UNITS.length - 1) {
      size = size / 1000.0;
      i++;
    }
    BigDecimal rounded = new BigDecimal(size).round(new MathContext(4, RoundingMode.HALF_EVEN));
    String digits = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    return digits + UNITS[i];
  }
}
