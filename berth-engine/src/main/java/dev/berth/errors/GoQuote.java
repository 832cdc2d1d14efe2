package dev.berth.errors;

/** Go's {@code %q} (strconv.Quote), as the daemon's error texts quote user input. */
public final class GoQuote {
  private GoQuote() {}

  /** Go's {@code %q} of a string: quotes, backslashes and controls escaped, unprintables as \\u. */
  public static String of(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case 0x0b -> out.append("\\v");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            out.append(String.format("\\x%02x", cp));
          } else if (!isGoPrintable(cp)) {
            out.append(cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isGoPrintable(int cp) {
    int type = Character.getType(cp);
    return switch (type) {
      case Character.UNASSIGNED,
              Character.CONTROL,
              Character.FORMAT,
              Character.PRIVATE_USE,
              Character.SURROGATE,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR ->
          false;
      case Character.SPACE_SEPARATOR -> cp == ' ';
      default -> true;
    };
  }
}
