package dev.berth.image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the one JSON shape image labels have, an object of string values, without Jackson: the
 * first use of Jackson's parser costs ~20-30 ms (its number constants initialise BigDecimal),
 * which tag and rmi paid for the labels of their event. Anything else (another value type,
 * nesting, a syntax error) is declined with null, and the caller parses with Jackson as before, so
 * results and errors stay Jackson's.
 */
public final class StringMapJson {
  private StringMapJson() {}

  /** The members in document order (a repeated key keeps its first place, takes its last value), or null. */
  public static Map<String, String> parse(String json) {
    Reader r = new Reader(json);
    Map<String, String> out = new LinkedHashMap<>();
    r.space();
    if (!r.take('{')) {
      return null;
    }
    r.space();
    if (r.take('}')) {
      return r.end() ? out : null;
    }
    while (true) {
      r.space();
      String key = r.string();
      r.space();
      if (key == null || !r.take(':')) {
        return null;
      }
      r.space();
      String value = r.string();
      if (value == null) {
        return null;
      }
      out.put(key, value);
      r.space();
      if (r.take(',')) {
        continue;
      }
      return r.take('}') && r.end() ? out : null;
    }
  }

  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    void space() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
        i++;
      }
    }

    boolean take(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    boolean end() {
      space();
      return i == s.length();
    }

    /** A string token, or null when there is none or it is malformed. */
    String string() {
      if (!take('"')) {
        return null;
      }
      StringBuilder b = null;
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          String tail = s.substring(start, i++);
          return b == null ? tail : b.append(tail).toString();
        }
        if (c < 0x20) {
          return null;
        }
        if (c != '\\') {
          i++;
          continue;
        }
        if (b == null) {
          b = new StringBuilder();
        }
        b.append(s, start, i);
        if (i + 1 >= s.length()) {
          return null;
        }
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              return null;
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(i + k), 16);
              if (d < 0) {
                return null;
              }
              v = v * 16 + d;
            }
            b.append((char) v);
            i += 4;
          }
          default -> {
            return null;
          }
        }
        start = i;
      }
      return null;
    }
  }
}
