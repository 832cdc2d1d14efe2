package dev.berth.units;

import dev.berth.errors.GoQuote;
import java.math.BigDecimal;
import java.util.Map;

/** Go's {@code time.ParseDuration} and {@code Duration.String} (nanoseconds). */
public final class GoDuration {
  private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
      "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  private GoDuration() {}

  /** @throws IllegalArgumentException with Go's message */
  public static long parse(String s) {
    String orig = s;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      String num = s.substring(start, i);
      if (num.isEmpty() || num.equals(".")) {
        throw invalid(orig);
      }
      int u = i;
      while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        i++;
      }
      String unit = s.substring(u, i);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("time: missing unit in duration " + GoQuote.of(orig));
      }
      Long mult = UNITS.get(unit);
      if (mult == null) {
        throw new IllegalArgumentException("time: unknown unit " + GoQuote.of(unit) + " in duration "
            + GoQuote.of(orig));
      }
      total = total.add(new BigDecimal(num.startsWith(".") ? "0" + num : num).multiply(BigDecimal.valueOf(mult)));
    }
    long v = total.longValue();
    return neg ? -v : v;
  }

  private static IllegalArgumentException invalid(String s) {
    return new IllegalArgumentException("time: invalid duration " + GoQuote.of(s));
  }

  /** {@code 1m0s}, {@code 5s}, {@code 1.5s}, {@code 300ms}, {@code 0s}. */
  public static String format(long d) {
    if (d == 0) {
      return "0s";
    }
    boolean neg = d < 0;
    long u = Math.abs(d);
    StringBuilder sb = new StringBuilder();
    if (u < 1_000_000_000L) {
      String unit;
      long div;
      if (u < 1_000L) {
        return (neg ? "-" : "") + u + "ns";
      } else if (u < 1_000_000L) {
        unit = "µs";
        div = 1_000L;
      } else {
        unit = "ms";
        div = 1_000_000L;
      }
      sb.append(fraction(u, div)).append(unit);
    } else {
      long secsTotal = u / 1_000_000_000L;
      long h = secsTotal / 3600;
      long m = (secsTotal / 60) % 60;
      String s = fraction(u % 60_000_000_000L, 1_000_000_000L);
      if (h > 0) {
        sb.append(h).append('h').append(m).append('m');
      } else if (m > 0) {
        sb.append(m).append('m');
      }
      sb.append(s).append('s');
    }
    return (neg ? "-" : "") + sb;
  }

  private static String fraction(long v, long div) {
    long whole = v / div;
    long frac = v % div;
    if (frac == 0) {
      return Long.toString(whole);
    }
    String digits = String.format("%0" + Long.toString(div).length() + "d", frac).substring(1);
    return whole + "." + digits.replaceAll("0+$", "");
  }
}
