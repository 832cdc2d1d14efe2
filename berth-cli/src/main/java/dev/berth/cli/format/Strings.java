package dev.berth.cli.format;

import java.nio.charset.StandardCharsets;

/** docker CLI string helpers: ID truncation, ellipsis, Go quoting, title case. */
public final class Strings {
  private Strings() {}

  /** stringid.TruncateID: drop everything up to the first ':', keep at most 12 characters. */
  public static String truncateId(String id) {
    int colon = id.indexOf(':');
    if (colon >= 0) {
      id = id.substring(colon + 1);
    }
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  /**
   * formatter.Ellipsis: shorten to {@code max} display columns (East-Asian wide = 2), ending with
   * "…".
   */
  public static String ellipsis(String s, int max) {
    if (max <= 0) {
      return "";
    }
    int[] runes = s.codePoints().toArray();
    if (max == 1) {
      return runes.length == 0 ? "" : Character.toString(runes[0]);
    }
    if (s.getBytes(StandardCharsets.UTF_8).length == runes.length) {
      if (runes.length <= max) {
        return s;
      }
      return new String(runes, 0, max - 1) + "…";
    }
    int[] display = new int[runes.length];
    int width = 0;
    for (int i = 0; i < runes.length; i++) {
      width += RuneWidth.isEastAsianWide(runes[i]) ? 2 : 1;
      display[i] = width;
    }
    if (width <= max) {
      return s;
    }
    for (int i = 0; i + 1 < display.length; i++) {
      if (display[i] <= max - 1 && display[i + 1] > max - 1) {
        return new String(runes, 0, i + 1) + "…";
      }
    }
    return s;
  }

  /** strconv.Quote: double-quoted Go string literal, printable Unicode kept. */
  public static String quote(String s) {
    return quote(s, '"', false);
  }

  /** strconv.QuoteToASCII. */
  public static String quoteToAscii(String s) {
    return quote(s, '"', true);
  }

  static String quote(String s, char q, boolean asciiOnly) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
    s.codePoints()
        .forEach(
            r -> {
              if (r == q || r == '\\') {
                sb.append('\\').appendCodePoint(r);
              } else if (r < 0x80 ? (r >= 0x20 && r < 0x7f) : (!asciiOnly && isPrint(r))) {
                sb.appendCodePoint(r);
              } else {
                switch (r) {
                  case 0x07 -> sb.append("\\a");
                  case '\b' -> sb.append("\\b");
                  case '\f' -> sb.append("\\f");
                  case '\n' -> sb.append("\\n");
                  case '\r' -> sb.append("\\r");
                  case '\t' -> sb.append("\\t");
                  case 0x0b -> sb.append("\\v");
                  default -> {
                    if (r < ' ' || r == 0x7f) {
                      sb.append("\\x").append(hex(r, 2));
                    } else if (Character.isSurrogate((char) r) && r < 0x10000) {
                      sb.append("\\ufffd");
                    } else if (r < 0x10000) {
                      sb.append("\\u").append(hex(r, 4));
                    } else {
                      sb.append("\\U").append(hex(r, 8));
                    }
                  }
                }
              }
            });
    return sb.append(q).toString();
  }

  private static String hex(int v, int width) {
    String h = Integer.toHexString(v);
    return "0".repeat(Math.max(0, width - h.length())) + h;
  }

  /** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  static boolean isPrint(int r) {
    if (r == ' ') {
      return true;
    }
    return switch (Character.getType(r)) {
      case Character.CONTROL,
              Character.FORMAT,
              Character.SURROGATE,
              Character.PRIVATE_USE,
              Character.UNASSIGNED,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR,
              Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** strings.Title: upper-case (title-case) the first letter of every word, keep the rest. */
  public static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      sb.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(r) : r);
      prev = r;
      i += Character.charCount(r);
    }
    return sb.toString();
  }

  private static boolean isSeparator(int r) {
    if (r <= 0x7F) {
      return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
    }
    if (Character.isLetter(r) || Character.isDigit(r)) {
      return false;
    }
    return Character.isWhitespace(r) || Character.isSpaceChar(r);
  }

  /** docker's template "pad": empty stays empty, else prefix/suffix spaces around s. */
  public static String pad(String s, long prefix, long suffix) {
    if (s.isEmpty()) {
      return s;
    }
    return " ".repeat((int) Math.max(0, prefix)) + s + " ".repeat((int) Math.max(0, suffix));
  }

  /** docker's template "truncate": first n bytes when the string is at least n bytes long. */
  public static String truncate(String s, long n) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length < n) {
      return s;
    }
    return new String(b, 0, (int) Math.max(0, n), StandardCharsets.UTF_8);
  }
}
