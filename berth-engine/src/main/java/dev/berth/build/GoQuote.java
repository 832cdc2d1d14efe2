package dev.berth.build;

import java.util.List;

/** Go's {@code %q} formatting, used in the classic builder's history comments. */
final class GoQuote {
  private GoQuote() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            b.append(String.format("\\x%02x", cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }

  /** {@code %q} of an integer: a Go rune literal such as {@code '\x04'} or {@code 'A'}. */
  static String rune(int cp) {
    return switch (cp) {
      case 7 -> "'\\a'";
      case 8 -> "'\\b'";
      case 9 -> "'\\t'";
      case 10 -> "'\\n'";
      case 11 -> "'\\v'";
      case 12 -> "'\\f'";
      case 13 -> "'\\r'";
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      default -> cp < 0x20 || cp == 0x7f ? String.format("'\\x%02x'", cp)
          : "'" + new String(Character.toChars(cp)) + "'";
    };
  }

  /** {@code %q} of a {@code []string}: {@code ["a" "b"]}. */
  static String list(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : " ").append(quote(values.get(i)));
    }
    return b.append(']').toString();
  }
}
