package dev.berth.image;

import dev.berth.errors.SystemException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker's {@code until}/{@code since} time values: a Unix timestamp ({@code 1700000000[.nnn]}),
 * an RFC3339-like date or date-time (local time when no zone is given), or a Go duration before now.
 */
public final class TimeFilter {
  private TimeFilter() {}

  private static final Pattern UNIX = Pattern.compile("\\d+(\\.\\d{1,9})?");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  /** Returns the cut-off in epoch nanoseconds (Docker's {@code GetTimestamp}). */
  public static long parse(String value, long nowNs) {
    Long d = goDurationNs(value);
    if (d != null && !value.equals("0")) {
      return nowNs - d;
    }
    boolean inLocation = !(value.chars().anyMatch(c -> c == 'z' || c == 'Z' || c == '+')
        || value.chars().filter(c -> c == '-').count() == 3);
    String layout;
    if (value.contains(".")) {
      layout = inLocation ? "2006-01-02T15:04:05.999999999" : "2006-01-02T15:04:05.999999999Z07:00";
    } else if (value.contains("T")) {
      long colons = value.chars().filter(c -> c == ':').count();
      if (!inLocation && value.chars().noneMatch(c -> c == 'z' || c == 'Z') && colons > 0) {
        colons--;
      }
      String base = colons == 0 ? "2006-01-02T15" : colons == 1 ? "2006-01-02T15:04" : "2006-01-02T15:04:05";
      layout = inLocation ? base : base + "Z07:00";
    } else {
      layout = inLocation ? "2006-01-02" : "2006-01-02Z07:00";
    }
    try {
      return GoTimeParser.parse(layout, value, ZoneId.systemDefault());
    } catch (SystemException e) {
      if (value.contains("-")) {
        throw e;
      }
    }
    if (UNIX.matcher(value).matches()) {
      String whole = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
      try {
        Long.parseLong(whole); // Docker parses the seconds as an int64: more is an error, not a wrap-around
      } catch (NumberFormatException e) {
        throw new SystemException("failed to parse value as time or duration: \"" + value + "\"");
      }
      BigDecimal ns = new BigDecimal(value).multiply(BigDecimal.valueOf(1_000_000_000L));
      // past year 2262 in nanoseconds: later than anything stored
      return ns.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : ns.longValue();
    }
    throw new SystemException("failed to parse value as time or duration: \"" + value + "\"");
  }

  /** Go's time.ParseDuration, or null when {@code s} is not a duration. */
  static Long goDurationNs(String s) {
    String rest = s;
    boolean neg = false;
    if (rest.startsWith("-") || rest.startsWith("+")) {
      neg = rest.startsWith("-");
      rest = rest.substring(1);
    }
    if (rest.equals("0")) {
      return 0L;
    }
    if (rest.isEmpty()) {
      return null;
    }
    Matcher m = DURATION_PART.matcher(rest);
    int pos = 0;
    double total = 0;
    while (pos < rest.length()) {
      if (!m.find(pos) || m.start() != pos) {
        return null;
      }
      double n = Double.parseDouble(m.group(1));
      total += n * unitNs(m.group(2));
      pos = m.end();
    }
    long v = (long) total;
    return neg ? -v : v;
  }

  private static double unitNs(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
  }
}
