package dev.berth.cli.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's strconv float formatting ('g', 'e', 'f' with an explicit or shortest precision). */
public final class GoFloat {
  private GoFloat() {}

  /** Decimal digits and exponent: value = 0.d1d2d3... * 10^point (as Go's decimal type). */
  record Digits(String digits, int point) {}

  /**
   * {@code v} rounded half-even to {@code significant} digits. Rounding the shortest decimal that
   * identifies {@code v} gives the same digits as rounding its exact binary value, except when
   * that decimal ends exactly on the half-way digit; only then is the exact expansion needed (it is
   * slow before the JIT warms up, and listings format thousands of sizes). That holds while a
   * unit of the last kept digit is far above the double's precision: up to 14 digits.
   */
  static Digits exact(double v, int significant) {
    if (v == 0 || Double.isInfinite(v) || significant <= 0 || significant > 14) {
      return exactExpansion(v, significant);
    }
    Digits s = shortest(v);
    String d = s.digits();
    if (d.length() <= significant) {
      return s;
    }
    String tail = d.substring(significant);
    if (tail.equals("5")) {
      return exactExpansion(v, significant);
    }
    char[] kept = d.substring(0, significant).toCharArray();
    int point = s.point();
    if (tail.charAt(0) >= '5') {
      int i = kept.length - 1;
      while (i >= 0 && kept[i] == '9') {
        kept[i--] = '0';
      }
      if (i < 0) {
        kept = ("1" + new String(kept)).toCharArray();
        point++;
      } else {
        kept[i]++;
      }
    }
    String r = new String(kept);
    int end = r.length();
    while (end > 0 && r.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(r.substring(0, end), point);
  }

  /** The rounding done on the exact binary expansion of {@code v}. */
  static Digits exactExpansion(double v, int significant) {
    BigDecimal bd = new BigDecimal(Math.abs(v));
    if (bd.signum() == 0) {
      return new Digits("", 0);
    }
    BigDecimal r = bd.round(new MathContext(significant, RoundingMode.HALF_EVEN));
    return digitsOf(r);
  }

  private static Digits shortest(double v) {
    if (v == 0) {
      return new Digits("", 0);
    }
    // Double.toString is the shortest decimal that reads back as v (JDK 19+), as Go's shortest.
    String t = Double.toString(Math.abs(v));
    int e = t.indexOf('E');
    int exp = e < 0 ? 0 : Integer.parseInt(t.substring(e + 1));
    String m = e < 0 ? t : t.substring(0, e);
    int dot = m.indexOf('.');
    String digits = dot < 0 ? m : m.substring(0, dot) + m.substring(dot + 1);
    int point = (dot < 0 ? m.length() : dot) + exp;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    digits = digits.substring(lead);
    point -= lead;
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(digits.substring(0, end), point);
  }

  private static Digits digitsOf(BigDecimal r) {
    BigDecimal s = r.stripTrailingZeros();
    String unscaled = s.unscaledValue().toString();
    int point = unscaled.length() - s.scale();
    return new Digits(unscaled, point);
  }

  /** strconv.FormatFloat(v, 'g', prec, 64); prec -1 = shortest. */
  public static String formatG(double v, int prec) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    boolean shortest = prec < 0;
    if (prec == 0) {
      prec = 1;
    }
    Digits d = shortest ? shortest(v) : exact(v, prec);
    int nd = d.digits.length();
    int eprec;
    if (shortest) {
      eprec = 6;
      prec = nd;
    } else {
      eprec = prec;
      if (eprec > nd && nd >= d.point) {
        eprec = nd;
      }
    }
    int exp = d.point - 1;
    String body;
    if (exp < -4 || exp >= eprec) {
      if (prec > nd) {
        prec = nd;
      }
      body = fmtE(d, prec - 1, 'e');
    } else {
      if (prec > d.point) {
        prec = nd;
      }
      body = fmtF(d, Math.max(prec - d.point, 0));
    }
    return neg ? "-" + body : body;
  }

  /** strconv.FormatFloat(v, 'e', prec, 64); prec -1 = shortest. */
  public static String formatE(double v, int prec) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return formatG(v, -1);
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    Digits d = prec < 0 ? shortest(v) : exact(v, prec + 1);
    int p = prec < 0 ? d.digits.length() - 1 : prec;
    String body = fmtE(d, p, 'e');
    return neg ? "-" + body : body;
  }

  /** strconv.FormatFloat(v, 'f', prec, 64); prec -1 = shortest. */
  public static String formatF(double v, int prec) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return formatG(v, -1);
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    Digits d;
    int p;
    if (prec < 0) {
      d = shortest(v);
      p = Math.max(d.digits.length() - d.point, 0);
    } else {
      BigDecimal r = new BigDecimal(Math.abs(v)).setScale(prec, RoundingMode.HALF_EVEN);
      d = r.signum() == 0 ? new Digits("", 0) : digitsOf(r);
      p = prec;
    }
    String body = fmtF(d, p);
    return neg ? "-" + body : body;
  }

  private static char digitAt(Digits d, int i) {
    return i >= 0 && i < d.digits.length() ? d.digits.charAt(i) : '0';
  }

  private static String fmtE(Digits d, int prec, char e) {
    StringBuilder sb = new StringBuilder();
    boolean zero = d.digits.isEmpty();
    sb.append(digitAt(d, 0));
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        sb.append(digitAt(d, i));
      }
    }
    int exp = zero ? 0 : d.point - 1;
    sb.append(e).append(exp < 0 ? '-' : '+');
    int a = Math.abs(exp);
    if (a < 10) {
      sb.append('0');
    }
    sb.append(a);
    return sb.toString();
  }

  private static String fmtF(Digits d, int prec) {
    StringBuilder sb = new StringBuilder();
    if (d.point > 0) {
      for (int i = 0; i < d.point; i++) {
        sb.append(digitAt(d, i));
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(digitAt(d, d.point + i));
      }
    }
    return sb.toString();
  }

  /** Go's encoding/json float64 rendering (ES6-like: 'f' unless very large/small exponent). */
  public static String formatJson(double v) {
    double abs = Math.abs(v);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String s = formatE(v, -1);
      // Go clean-up: e-07 -> e-7
      int n = s.length();
      if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
        s = s.substring(0, n - 2) + s.charAt(n - 1);
      }
      return s;
    }
    return formatF(v, -1);
  }
}
