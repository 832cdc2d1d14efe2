package dev.berth.cli.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Go's fmt package for the template data model: Sprint, Sprintln, Sprintf. */
public final class GoFmt {
  private GoFmt() {}

  /** fmt.Sprint of one value (%v). */
  public static String sprint(Object v) {
    StringBuilder sb = new StringBuilder();
    new Spec().format(sb, v, 'v', 0);
    return sb.toString();
  }

  /** fmt.Sprint: spaces between operands when neither side is a string. */
  public static String sprint(List<Object> args) {
    StringBuilder sb = new StringBuilder();
    boolean prevString = false;
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      boolean isString = a instanceof String;
      if (i > 0 && !isString && !prevString) {
        sb.append(' ');
      }
      new Spec().format(sb, a, 'v', 0);
      prevString = isString;
    }
    return sb.toString();
  }

  /** fmt.Sprintln: operands separated by spaces, newline appended. */
  public static String sprintln(List<Object> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      new Spec().format(sb, args.get(i), 'v', 0);
    }
    return sb.append('\n').toString();
  }

  /** %#U without the '#': "U+0041". */
  static String formatU(int r) {
    String h = Integer.toHexString(r).toUpperCase(Locale.ROOT);
    String s = "U+" + "0".repeat(Math.max(0, 4 - h.length())) + h;
    if (Strings.isPrint(r)) {
      s += " '" + new String(Character.toChars(r)) + "'";
    }
    return s;
  }

  /** fmt.Sprintf. */
  public static String sprintf(String format, List<Object> args) {
    StringBuilder out = new StringBuilder();
    int argNum = 0;
    boolean reordered = false;
    int end = format.length();
    int i = 0;
    while (i < end) {
      int lasti = i;
      while (i < end && format.charAt(i) != '%') {
        i++;
      }
      out.append(format, lasti, i);
      if (i >= end) {
        break;
      }
      i++; // skip %
      Spec spec = new Spec();
      // flags
      flags:
      while (i < end) {
        switch (format.charAt(i)) {
          case '#' -> spec.sharp = true;
          case '0' -> spec.zero = !spec.minus;
          case '+' -> spec.plus = true;
          case '-' -> {
            spec.minus = true;
            spec.zero = false;
          }
          case ' ' -> spec.space = true;
          default -> {
            break flags;
          }
        }
        i++;
      }
      // argument index
      int[] idx = argIndex(format, i, argNum, args.size());
      if (idx != null) {
        argNum = idx[0];
        i = idx[1];
        reordered = true;
      }
      // width
      if (i < end && format.charAt(i) == '*') {
        i++;
        if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
          long w = GoValues.toLong(args.get(argNum));
          spec.widthPresent = true;
          spec.width = (int) w;
          if (w < 0) {
            spec.minus = true;
            spec.zero = false;
            spec.width = (int) -w;
          }
        } else {
          out.append("%!(BADWIDTH)");
        }
        argNum++;
      } else {
        int start = i;
        while (i < end && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          spec.widthPresent = true;
          spec.width = Integer.parseInt(format.substring(start, i));
        }
      }
      // precision
      if (i + 1 <= end && i < end && format.charAt(i) == '.') {
        i++;
        int[] pidx = argIndex(format, i, argNum, args.size());
        if (pidx != null) {
          argNum = pidx[0];
          i = pidx[1];
        }
        if (i < end && format.charAt(i) == '*') {
          i++;
          if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
            long p = GoValues.toLong(args.get(argNum));
            spec.precPresent = p >= 0;
            spec.prec = (int) Math.max(p, 0);
          } else {
            out.append("%!(BADPREC)");
          }
          argNum++;
        } else {
          int start = i;
          while (i < end && Character.isDigit(format.charAt(i))) {
            i++;
          }
          spec.precPresent = true;
          spec.prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
        }
      }
      if (i >= end) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argNum >= args.size()) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Object arg = args.get(argNum++);
      if (verb == 'w') {
        verb = 'v';
      }
      spec.format(out, arg, verb, 0);
    }
    if (!reordered && argNum < args.size()) {
      out.append("%!(EXTRA ");
      for (int k = argNum; k < args.size(); k++) {
        if (k > argNum) {
          out.append(", ");
        }
        Object a = args.get(k);
        if (a == null) {
          out.append("<nil>");
        } else {
          out.append(GoValues.typeName(a)).append('=');
          new Spec().format(out, a, 'v', 0);
        }
      }
      out.append(')');
    }
    return out.toString();
  }

  private static int[] argIndex(String format, int i, int argNum, int numArgs) {
    if (i >= format.length() || format.charAt(i) != '[') {
      return null;
    }
    int close = format.indexOf(']', i);
    if (close < 0) {
      return null;
    }
    try {
      int n = Integer.parseInt(format.substring(i + 1, close));
      if (n >= 1 && n <= numArgs) {
        return new int[] {n - 1, close + 1};
      }
    } catch (NumberFormatException e) {
      // fall through: treated as a bad index
    }
    return null;
  }

  /** Formatting flags of one verb. */
  static final class Spec {
    boolean sharp;
    boolean zero;
    boolean plus;
    boolean minus;
    boolean space;
    boolean widthPresent;
    boolean precPresent;
    int width;
    int prec;

    void format(StringBuilder out, Object v, int verb, int depth) {
      if (verb == 'T') {
        pad(out, v == null ? "<nil>" : GoValues.typeName(v));
        return;
      }
      if (v == null || v == GoValues.NO_VALUE) {
        if (verb == 'v' || depth > 0) {
          pad(out, "<nil>");
        } else {
          out.append("%!").appendCodePoint(verb).append("(<nil>)");
        }
        return;
      }
      switch (v) {
        case Boolean b -> {
          if (verb == 't' || verb == 'v') {
            pad(out, b.toString());
          } else {
            badVerb(out, v, verb);
          }
        }
        case String s -> formatString(out, s, verb);
        case Double d -> formatFloat(out, d, verb);
        case Float f -> formatFloat(out, f.doubleValue(), verb);
        case List<?> l -> {
          if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X' || verb == 'v'
              || verb == 'd' || verb == 't' || verb == 'f' || verb == 'e' || verb == 'g'
              || verb == 'o' || verb == 'b' || verb == 'c' || verb == 'U' || verb == 'E'
              || verb == 'G' || verb == 'F' || verb == 'O') {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
              if (i > 0) {
                out.append(' ');
              }
              format(out, l.get(i), verb, depth + 1);
            }
            out.append(']');
          } else {
            badVerb(out, v, verb);
          }
        }
        case GoValues.StructMap s when s.isComplete() -> {
          out.append('{');
          boolean first = true;
          for (Map.Entry<String, Object> e : s.entrySet()) {
            if (s.field(e.getKey())) {
              if (!first) {
                out.append(' ');
              }
              first = false;
              format(out, e.getValue(), verb, depth + 1);
            }
          }
          out.append('}');
        }
        case Map<?, ?> m -> {
          out.append("map[");
          boolean first = true;
          for (Map.Entry<String, Object> e : GoValues.sortedEntries(m)) {
            if (!first) {
              out.append(' ');
            }
            first = false;
            format(out, e.getKey(), verb, depth + 1);
            out.append(':');
            format(out, e.getValue(), verb, depth + 1);
          }
          out.append(']');
        }
        case TemplateObject o -> {
          try {
            pad(out, o.print());
          } catch (TemplateObject.TemplateFieldError e) {
            out.append("%!").appendCodePoint(verb).append("(PANIC=").append(e.getMessage()).append(')');
          }
        }
        default -> {
          if (GoValues.isInt(v)) {
            formatInt(out, GoValues.toLong(v), verb, v);
          } else {
            pad(out, v.toString());
          }
        }
      }
    }

    private void badVerb(StringBuilder out, Object v, int verb) {
      out.append("%!").appendCodePoint(verb).append('(').append(GoValues.typeName(v)).append('=');
      Spec plain = new Spec();
      plain.format(out, v, 'v', 0);
      out.append(')');
    }

    void pad(StringBuilder out, String s) {
      if (!widthPresent || width == 0) {
        out.append(s);
        return;
      }
      int n = width - s.codePointCount(0, s.length());
      if (n <= 0) {
        out.append(s);
        return;
      }
      if (minus) {
        out.append(s).repeat(" ", n);
      } else if (zero) {
        out.repeat("0", n).append(s);
      } else {
        out.repeat(" ", n).append(s);
      }
    }

    /** Pads a number: zero padding goes after the sign. */
    private void padNumber(StringBuilder out, String s) {
      if (zero && !minus && widthPresent && s.length() < width) {
        int signLen = (s.startsWith("-") || s.startsWith("+") || s.startsWith(" ")) ? 1 : 0;
        String sign = s.substring(0, signLen);
        String digits = s.substring(signLen);
        out.append(sign).repeat("0", width - s.length()).append(digits);
        return;
      }
      boolean z = zero;
      zero = false;
      pad(out, s);
      zero = z;
    }

    private void formatString(StringBuilder out, String s, int verb) {
      switch (verb) {
        case 'v', 's' -> pad(out, truncate(s));
        case 'q' -> {
          String t = truncate(s);
          if (sharp && canBackquote(t)) {
            pad(out, "`" + t + "`");
          } else {
            pad(out, plus ? Strings.quoteToAscii(t) : Strings.quote(t));
          }
        }
        case 'x', 'X' -> {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          int n = precPresent ? Math.min(prec, b.length) : b.length;
          StringBuilder h = new StringBuilder();
          String digits = verb == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
          for (int i = 0; i < n; i++) {
            if (space && i > 0) {
              h.append(' ');
            }
            if (sharp && (space || i == 0)) {
              h.append(verb == 'x' ? "0x" : "0X");
            }
            h.append(digits.charAt((b[i] >> 4) & 0xf)).append(digits.charAt(b[i] & 0xf));
          }
          pad(out, h.toString());
        }
        default -> badVerb(out, s, verb);
      }
    }

    private String truncate(String s) {
      if (precPresent && s.codePointCount(0, s.length()) > prec) {
        return s.substring(0, s.offsetByCodePoints(0, prec));
      }
      return s;
    }

    private static boolean canBackquote(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '`' || c == '\ufeff' || (c < ' ' && c != '\t') || c == 0x7f) {
          return false;
        }
      }
      return true;
    }

    private void formatInt(StringBuilder out, long v, int verb, Object original) {
      switch (verb) {
        case 'v', 'd' -> padNumber(out, signed(Long.toString(Math.abs(v)), v < 0, ""));
        case 'x' -> padNumber(out, signed(Long.toHexString(Math.abs(v)), v < 0, sharp ? "0x" : ""));
        case 'X' -> padNumber(out, signed(Long.toHexString(Math.abs(v)).toUpperCase(Locale.ROOT), v < 0, sharp ? "0X" : ""));
        case 'o' -> padNumber(out, signed(Long.toOctalString(Math.abs(v)), v < 0, sharp ? "0" : ""));
        case 'O' -> padNumber(out, signed(Long.toOctalString(Math.abs(v)), v < 0, "0o"));
        case 'b' -> padNumber(out, signed(Long.toBinaryString(Math.abs(v)), v < 0, ""));
        case 'c' -> pad(out, validRune(v) ? new String(Character.toChars((int) v)) : "\ufffd");
        case 'q' -> pad(out, validRune(v) ? Strings.quote(new String(Character.toChars((int) v)), '\'', plus) : "'\ufffd'");
        case 'U' -> {
          String h = Long.toHexString(v).toUpperCase(Locale.ROOT);
          String s = "U+" + "0".repeat(Math.max(0, 4 - h.length())) + h;
          if (sharp && validRune(v) && Strings.isPrint((int) v)) {
            s += " '" + new String(Character.toChars((int) v)) + "'";
          }
          pad(out, s);
        }
        default -> badVerb(out, original, verb);
      }
    }

    private static boolean validRune(long v) {
      return v >= 0 && v <= 0x10ffff && !(v >= 0xd800 && v < 0xe000);
    }

    private String signed(String digits, boolean negative, String prefix) {
      if (precPresent) {
        if (prec == 0 && digits.equals("0")) {
          digits = "";
        }
        if (digits.length() < prec) {
          digits = "0".repeat(prec - digits.length()) + digits;
        }
      }
      String sign = negative ? "-" : plus ? "+" : space ? " " : "";
      return sign + prefix + digits;
    }

    private void formatFloat(StringBuilder out, double d, int verb) {
      String s;
      switch (verb) {
        case 'v', 'g' -> s = GoFloat.formatG(d, precPresent ? prec : -1);
        case 'G' -> s = GoFloat.formatG(d, precPresent ? prec : -1).toUpperCase(Locale.ROOT);
        case 'e' -> s = GoFloat.formatE(d, precPresent ? prec : 6);
        case 'E' -> s = GoFloat.formatE(d, precPresent ? prec : 6).toUpperCase(Locale.ROOT);
        case 'f', 'F' -> s = GoFloat.formatF(d, precPresent ? prec : 6);
        default -> {
          badVerb(out, d, verb);
          return;
        }
      }
      if (s.equals("+Inf") || s.equals("-Inf") || s.equals("NaN") || s.equals("+INF") || s.equals("-INF")) {
        s = s.replace("INF", "Inf").replace("NAN", "NaN");
        if (s.equals("+Inf") && !plus) {
          s = space ? " Inf" : "+Inf";
        }
        boolean z = zero;
        zero = false;
        pad(out, s);
        zero = z;
        return;
      }
      if (!s.startsWith("-")) {
        if (plus) {
          s = "+" + s;
        } else if (space) {
          s = " " + s;
        }
      }
      padNumber(out, s);
    }
  }
}
