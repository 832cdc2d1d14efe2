package dev.berth.cli.format;

import java.math.BigInteger;

/** Go's strconv number parsing (base prefixes, underscores) and Unquote. */
final class GoNumbers {
  private GoNumbers() {}

  private record Parts(boolean negative, int base, String digits) {}

  private static Parts split(String s) {
    boolean neg = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    int base = 10;
    boolean prefixed = false;
    if (s.length() > 1 && s.charAt(0) == '0') {
      char c = Character.toLowerCase(s.charAt(1));
      if (c == 'x') {
        base = 16;
        s = s.substring(2);
        prefixed = true;
      } else if (c == 'o') {
        base = 8;
        s = s.substring(2);
        prefixed = true;
      } else if (c == 'b') {
        base = 2;
        s = s.substring(2);
        prefixed = true;
      } else {
        base = 8;
        s = s.substring(1);
      }
    }
    if (!underscoreOk(s, prefixed || base == 8)) {
      return null;
    }
    return new Parts(neg, base, s.replace("_", ""));
  }

  private static boolean underscoreOk(String s, boolean afterPrefix) {
    if (s.isEmpty()) {
      return true;
    }
    if (s.startsWith("_") && !afterPrefix) {
      return false;
    }
    return !s.endsWith("_") && !s.contains("__");
  }

  private static BigInteger value(String s) {
    Parts p = split(s);
    if (p == null || p.digits.isEmpty() && p.base != 8) {
      return null;
    }
    if (p.digits.isEmpty()) {
      return BigInteger.ZERO; // "0"
    }
    try {
      BigInteger v = new BigInteger(p.digits, p.base);
      return p.negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** strconv.ParseInt(s, 0, 64), or null. */
  static Long parseInt(String s) {
    BigInteger v = value(s);
    if (v == null || v.bitLength() > 63) {
      return null;
    }
    return v.longValue();
  }

  /** strconv.ParseUint(s, 0, 64) as raw 64 bits, or null. */
  static Long parseUintAsLong(String s) {
    if (s.startsWith("-") || s.startsWith("+")) {
      return null;
    }
    BigInteger v = value(s);
    if (v == null || v.signum() < 0 || v.bitLength() > 64) {
      return null;
    }
    return v.longValue();
  }

  static double unsignedToDouble(long u) {
    return new BigInteger(Long.toUnsignedString(u)).doubleValue();
  }

  /** strconv.ParseFloat(s, 64), or null. */
  static Double parseFloat(String s) {
    String t = s.replace("_", "");
    try {
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("0x") && !lower.contains("p")) {
        return null;
      }
      if (lower.endsWith("d") || lower.endsWith("f") || lower.contains("inf") || lower.contains("nan")) {
        return null;
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** strconv.Unquote for "..." , `...` and '.' literals; IllegalArgumentException if invalid. */
  static String unquote(String s) {
    if (s.length() < 2) {
      throw new IllegalArgumentException();
    }
    char q = s.charAt(0);
    if (q != s.charAt(s.length() - 1)) {
      throw new IllegalArgumentException();
    }
    String body = s.substring(1, s.length() - 1);
    if (q == '`') {
      if (body.indexOf('`') >= 0) {
        throw new IllegalArgumentException();
      }
      return body.replace("\r", "");
    }
    if (q != '"' && q != '\'') {
      throw new IllegalArgumentException();
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == q || c == '\n') {
        throw new IllegalArgumentException();
      }
      if (c != '\\') {
        int cp = body.codePointAt(i);
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      if (i + 1 >= body.length()) {
        throw new IllegalArgumentException();
      }
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case '\\' -> sb.append('\\');
        case '\'', '"' -> {
          if (e != q) {
            throw new IllegalArgumentException();
          }
          sb.append(e);
        }
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + n > body.length()) {
            throw new IllegalArgumentException();
          }
          int v = Integer.parseUnsignedInt(hexOnly(body.substring(i, i + n)), 16);
          i += n;
          if (e == 'x') {
            if (q == '\'') {
              sb.appendCodePoint(v);
            } else {
              sb.append((char) v); // a raw byte; Latin-1 approximation
            }
          } else {
            if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) {
              throw new IllegalArgumentException();
            }
            sb.appendCodePoint(v);
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > body.length()) {
            throw new IllegalArgumentException();
          }
          String oct = body.substring(i - 1, i + 2);
          for (char oc : oct.toCharArray()) {
            if (oc < '0' || oc > '7') {
              throw new IllegalArgumentException();
            }
          }
          int v = Integer.parseInt(oct, 8);
          if (v > 255) {
            throw new IllegalArgumentException();
          }
          i += 2;
          sb.append((char) v);
        }
        default -> throw new IllegalArgumentException();
      }
    }
    String out = sb.toString();
    if (q == '\'' && out.codePointCount(0, out.length()) != 1) {
      throw new IllegalArgumentException();
    }
    return out;
  }

  /** First rune of a character literal; "malformed character constant" if more follows. */
  static String unquoteCharPrefix(String text) {
    String body = text.substring(1);
    String first;
    int len;
    if (body.startsWith("\\")) {
      int n = switch (body.length() > 1 ? body.charAt(1) : ' ') {
        case 'x' -> 4;
        case 'u' -> 6;
        case 'U' -> 10;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> 4;
        default -> 2;
      };
      if (body.length() < n) {
        throw new IllegalArgumentException();
      }
      first = unquote("'" + body.substring(0, n) + "'");
      len = n;
    } else {
      if (body.isEmpty() || body.charAt(0) == '\'') {
        throw new IllegalArgumentException();
      }
      int cp = body.codePointAt(0);
      first = Character.toString(cp);
      len = Character.charCount(cp);
    }
    if (!body.substring(len).equals("'")) {
      throw new IllegalArgumentException("malformed character constant: " + text);
    }
    return first;
  }

  private static String hexOnly(String s) {
    for (char c : s.toCharArray()) {
      if (Character.digit(c, 16) < 0) {
        throw new IllegalArgumentException();
      }
    }
    return s;
  }
}
