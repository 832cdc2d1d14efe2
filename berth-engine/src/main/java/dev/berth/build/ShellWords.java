package dev.berth.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Docker's Dockerfile word processing (the classic builder's shell lexer): quotes and escapes
 * removed, {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}}, {@code ${VAR:+word}},
 * {@code ${VAR:?msg}}, {@code ${VAR?msg}} expanded from {@code vars} (single quotes suppress
 * expansion). Malformed text fails as Docker's does: a {@link BuildStepFailedException}
 * {@code failed to process "TEXT": REASON}.
 */
public final class ShellWords {
  private static final int EOF = -1;

  private final int[] cps;
  private final Map<String, String> vars;
  private final int escape;
  private int pos;

  private ShellWords(String text, Map<String, String> vars, int escape) {
    this.cps = text.codePoints().toArray();
    this.vars = vars;
    this.escape = escape;
  }

  /** All words of {@code text} (split at unquoted white space, also inside expanded values). */
  public static List<String> split(String text, Map<String, String> vars) {
    return new ShellWords(text, vars, '\\').process(text).words;
  }

  /** {@code text} as one word (spaces kept), e.g. for WORKDIR and USER. */
  public static String expand(String text, Map<String, String> vars) {
    return new ShellWords(text, vars, '\\').process(text).word;
  }

  private record Result(String word, List<String> words) {}

  /** A reason the text cannot be processed (worded by {@link #process}). */
  private static final class Malformed extends RuntimeException {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private Result process(String source) {
    if (source.length() < 256) {
      return processHere(source);
    }
    // nesting (${a:-${b:-...}}) recurses as deep as Docker's goroutine stack allows: give it room
    Result[] result = new Result[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = processHere(source);
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "shell-words", 256L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildStepFailedException("failed to process " + GoQuote.quote(source) + ": interrupted", 1);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  private Result processHere(String source) {
    try {
      return processStopOn(EOF);
    } catch (Malformed e) {
      throw new BuildStepFailedException("failed to process " + GoQuote.quote(source) + ": " + e.getMessage(), 1);
    }
  }

  private int peek() {
    return pos < cps.length ? cps[pos] : EOF;
  }

  private int next() {
    return pos < cps.length ? cps[pos++] : EOF;
  }

  /** The words being collected: white space from variables splits, quoted text does not. */
  private static final class Words {
    final StringBuilder word = new StringBuilder();
    final List<String> words = new ArrayList<>();
    boolean inWord;

    void addChar(int ch) {
      if (isSpace(ch) && inWord) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (!isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      word.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      word.append(s);
      inWord = true;
    }

    List<String> get() {
      if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
      return words;
    }
  }

  private Result processStopOn(int stop) {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (peek() != EOF) {
      int ch = peek();
      if (stop != EOF && ch == stop) {
        next();
        return new Result(result.toString(), words.get());
      }
      if (ch == '\'' || ch == '"' || ch == '$') {
        String tmp = ch == '\'' ? singleQuote() : ch == '"' ? doubleQuote() : dollar();
        result.append(tmp);
        if (ch == '$') {
          words.addString(tmp);
        } else {
          words.addRawString(tmp);
        }
        continue;
      }
      ch = next();
      if (ch == escape) {
        ch = next(); // the escape token escapes the next character; at the end it is dropped
        if (ch == EOF) {
          break;
        }
        words.addRawChar(ch);
      } else {
        words.addChar(ch);
      }
      result.appendCodePoint(ch);
    }
    if (stop != EOF) {
      throw new Malformed("unexpected end of statement while looking for matching " + Character.toString(stop));
    }
    return new Result(result.toString(), words.get());
  }

  private String singleQuote() {
    StringBuilder out = new StringBuilder();
    next();
    while (true) {
      int ch = next();
      if (ch == EOF) {
        throw new Malformed("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        return out.toString();
      }
      out.appendCodePoint(ch);
    }
  }

  private String doubleQuote() {
    StringBuilder out = new StringBuilder();
    next();
    while (true) {
      int p = peek();
      if (p == EOF) {
        throw new Malformed("unexpected end of statement while looking for matching double-quote");
      }
      if (p == '"') {
        next();
        return out.toString();
      }
      if (p == '$') {
        out.append(dollar());
        continue;
      }
      int ch = next();
      if (ch == escape) {
        int after = peek();
        if (after == EOF) {
          continue; // an escape at the end of the word is ignored
        }
        if (after == '"' || after == '$' || after == escape) {
          ch = next();
        }
      }
      out.appendCodePoint(ch);
    }
  }

  private String dollar() {
    next();
    if (peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      return vars.getOrDefault(name, "");
    }
    next();
    int first = peek();
    if (first == EOF) {
      throw new Malformed("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new Malformed("syntax error: bad substitution");
    }
    String name = name();
    int ch = next();
    if (ch == '}') {
      return vars.getOrDefault(name, "");
    }
    if (ch == '?') {
      String word = wordUntilBrace();
      String value = vars.get(name);
      if (value == null) {
        throw new Malformed(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
      }
      return value;
    }
    if (ch == ':') {
      int modifier = next();
      String word = wordUntilBrace();
      String value = vars.get(name);
      switch (modifier) {
        case '+' -> {
          return value == null || value.isEmpty() ? "" : word;
        }
        case '-' -> {
          return value == null || value.isEmpty() ? word : value;
        }
        case '?' -> {
          if (value == null) {
            throw new Malformed(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          }
          if (value.isEmpty()) {
            throw new Malformed(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
          }
          return value;
        }
        default -> throw new Malformed("unsupported modifier (" + (modifier == EOF ? "\uFFFD"
            : Character.toString(modifier)) + ") in substitution");
      }
    }
    throw new Malformed("missing ':' in substitution");
  }

  /** The word of a {@code ${name:Xword}} up to its closing brace (itself expanded). */
  private String wordUntilBrace() {
    try {
      return processStopOn('}').word();
    } catch (Malformed e) {
      if (peek() == EOF) {
        throw new Malformed("syntax error: missing '}'");
      }
      throw e;
    }
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int ch) {
    if (ch < 0x100) {
      return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == 0x85 || ch == 0xA0;
    }
    int type = Character.getType(ch);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** A variable name: letters, digits and '_'; or a run of digits; or one special parameter. */
  private String name() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.isEmpty() && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.isEmpty() && "@*#?-$!0".indexOf(ch) >= 0) {
        return Character.toString(next());
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }
}
