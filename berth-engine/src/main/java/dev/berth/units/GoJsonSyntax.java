package dev.berth.units;

/**
 * Checks JSON text the way Go's {@code encoding/json} scanner does, so that a malformed body or
 * {@code filters} parameter fails with the daemon's exact message (e.g. {@code invalid character 'b'
 * looking for beginning of object key string}). Returns null when the text is valid.
 *
 * <p>Go reports the end of input differently for {@code json.Unmarshal} ({@code unexpected end of
 * JSON input}) and a streaming {@code json.Decoder} ({@code EOF} when nothing was sent, {@code
 * unexpected EOF} when it stopped inside a value; text after the first value is left unread).
 */
public final class GoJsonSyntax {
  public enum Mode {
    UNMARSHAL,
    DECODER
  }

  private final byte[] s;
  private final Mode mode;
  private int pos;
  private int depth;

  /** Go's scanner refuses the 10001st nested object or array. */
  private static final int MAX_DEPTH = 10_000;

  private GoJsonSyntax(byte[] s, Mode mode) {
    this.s = s;
    this.mode = mode;
  }

  /** The Go error message for {@code text}, or null when Go would accept it. */
  public static String check(byte[] text, Mode mode) {
    try {
      GoJsonSyntax p = new GoJsonSyntax(text, mode);
      p.skipSpace();
      if (p.pos == text.length) {
        return mode == Mode.DECODER ? "EOF" : "unexpected end of JSON input";
      }
      p.value();
      if (mode == Mode.UNMARSHAL) {
        p.skipSpace();
        if (p.pos < text.length) {
          throw p.invalid("after top-level value");
        }
      }
      return null;
    } catch (SyntaxError e) {
      return e.getMessage();
    } catch (StackOverflowError e) {
      // nesting deep enough to exhaust this thread's stack before Go's limit: refused the same way
      return "invalid character '[' exceeded max depth";
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw invalid("exceeded max depth");
    }
  }

  private static final class SyntaxError extends RuntimeException {
    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  private SyntaxError invalid(String context) {
    return new SyntaxError("invalid character " + quoteChar(s[pos] & 0xff) + " " + context);
  }

  private SyntaxError end() {
    return new SyntaxError(mode == Mode.DECODER ? "unexpected EOF" : "unexpected end of JSON input");
  }

  private int peek() {
    if (pos >= s.length) {
      throw end();
    }
    return s[pos] & 0xff;
  }

  private void skipSpace() {
    while (pos < s.length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) {
      pos++;
    }
  }

  private void value() {
    skipSpace();
    int c = peek();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          throw invalid("looking for beginning of value");
        }
      }
    }
  }

  private void object() {
    enter();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      depth--;
      return;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw invalid("looking for beginning of object key string");
      }
      string();
      skipSpace();
      if (peek() != ':') {
        throw invalid("after object key");
      }
      pos++;
      value();
      skipSpace();
      int c = peek();
      if (c == ',') {
        pos++;
      } else if (c == '}') {
        pos++;
        depth--;
        return;
      } else {
        throw invalid("after object key:value pair");
      }
    }
  }

  private void array() {
    enter();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      depth--;
      return;
    }
    while (true) {
      value();
      skipSpace();
      int c = peek();
      if (c == ',') {
        pos++;
      } else if (c == ']') {
        pos++;
        depth--;
        return;
      } else {
        throw invalid("after array element");
      }
    }
  }

  private void string() {
    pos++;
    while (true) {
      int c = peek();
      if (c == '"') {
        pos++;
        return;
      }
      if (c < 0x20) {
        throw invalid("in string literal");
      }
      if (c == '\\') {
        pos++;
        int e = peek();
        if (e == 'u') {
          pos++;
          for (int i = 0; i < 4; i++) {
            int h = peek();
            if (Character.digit(h, 16) < 0) {
              throw invalid("in \\u hexadecimal character escape");
            }
            pos++;
          }
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw invalid("in string escape code");
        }
      }
      pos++;
    }
  }

  private void literal(String word) {
    pos++;
    for (int i = 1; i < word.length(); i++) {
      if (peek() != word.charAt(i)) {
        throw invalid("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
      }
      pos++;
    }
  }

  private void number() {
    if (peek() == '-') {
      pos++;
      if (!digit(peek())) {
        throw invalid("in numeric literal");
      }
    }
    if (peek() == '0') {
      pos++;
    } else {
      while (pos < s.length && digit(s[pos])) {
        pos++;
      }
    }
    if (pos < s.length && s[pos] == '.') {
      pos++;
      if (!digit(peek())) {
        throw invalid("after decimal point in numeric literal");
      }
      while (pos < s.length && digit(s[pos])) {
        pos++;
      }
    }
    if (pos < s.length && (s[pos] == 'e' || s[pos] == 'E')) {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!digit(peek())) {
        throw invalid("in exponent of numeric literal");
      }
      while (pos < s.length && digit(s[pos])) {
        pos++;
      }
    }
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Go's {@code quoteChar}: the byte as a Go character literal. */
  static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    return "'" + goQuoteRune(c) + "'";
  }

  private static String goQuoteRune(int c) {
    return switch (c) {
      case 7 -> "\\a";
      case 8 -> "\\b";
      case 12 -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 11 -> "\\v";
      case '\\' -> "\\\\";
      default -> {
        if (c < 0x20 || c == 0x7f) {
          yield String.format("\\x%02x", c);
        }
        if (c >= 0x80 && c < 0xa0) {
          yield String.format("\\u%04x", c);
        }
        yield new String(Character.toChars(c));
      }
    };
  }
}
