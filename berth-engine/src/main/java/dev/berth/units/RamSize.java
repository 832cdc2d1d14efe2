package dev.berth.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** go-units' RAMInBytes: a size with binary multiples (k = 1024) and optional {@code i}/{@code b} suffixes. */
public final class RamSize {
  private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

  private RamSize() {}

  /**
   * The number of bytes {@code value} names.
   *
   * @throws IllegalArgumentException {@code invalid size: 'VALUE'}, go-units' text
   */
  public static long parse(String value) {
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid size: '" + value + "'");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    long mult = switch (unit) {
      case "k" -> 1L << 10;
      case "m" -> 1L << 20;
      case "g" -> 1L << 30;
      case "t" -> 1L << 40;
      case "p" -> 1L << 50;
      default -> 1;
    };
    return (long) (n * mult);
  }
}
