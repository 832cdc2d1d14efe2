package dev.berth.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tokenizer for Go text/template (default delimiters), following Go's lexer state machine. */
final class TemplateLexer {
  enum Type {
    ERROR, BOOL, CHAR, CHAR_CONSTANT, COMPLEX, ASSIGN, DECLARE, EOF, FIELD, IDENTIFIER,
    LEFT_DELIM, LEFT_PAREN, NUMBER, PIPE, RAW_STRING, RIGHT_DELIM, RIGHT_PAREN, SPACE, STRING,
    TEXT, VARIABLE,
    // keywords (printed as <word>)
    BLOCK, BREAK, CONTINUE, DOT, DEFINE, ELSE, END, IF, NIL, RANGE, TEMPLATE, WITH;

    boolean isKeyword() {
      return ordinal() >= BLOCK.ordinal();
    }
  }

  record Token(Type type, int pos, String val, int line) {
    @Override
    public String toString() {
      if (type == Type.EOF) {
        return "EOF";
      }
      if (type == Type.ERROR) {
        return val;
      }
      if (type.isKeyword()) {
        return "<" + val + ">";
      }
      if (val.codePointCount(0, val.length()) > 10) {
        int end = val.offsetByCodePoints(0, 10);
        return Strings.quote(val.substring(0, end)) + "...";
      }
      return Strings.quote(val);
    }
  }

  private static final Map<String, Type> KEYWORDS =
      Map.ofEntries(
          Map.entry(".", Type.DOT),
          Map.entry("block", Type.BLOCK),
          Map.entry("break", Type.BREAK),
          Map.entry("continue", Type.CONTINUE),
          Map.entry("define", Type.DEFINE),
          Map.entry("else", Type.ELSE),
          Map.entry("end", Type.END),
          Map.entry("if", Type.IF),
          Map.entry("range", Type.RANGE),
          Map.entry("nil", Type.NIL),
          Map.entry("template", Type.TEMPLATE),
          Map.entry("with", Type.WITH));

  private static final String LEFT = "{{";
  private static final String RIGHT = "}}";
  private static final int EOF_CHAR = -1;

  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int start;
  private int pos;
  private int parenDepth;

  private TemplateLexer(String input) {
    this.input = input;
  }

  /** All tokens up to and including EOF or the first ERROR. */
  static List<Token> lex(String input) {
    TemplateLexer l = new TemplateLexer(input);
    l.run();
    return l.tokens;
  }

  private boolean inside;

  private void run() {
    while (inside ? lexInsideAction() : lexText()) {
      // each step emits zero or more tokens and may switch between text and action mode
    }
  }

  private int lineAt(int p) {
    int n = 1;
    for (int i = 0; i < p && i < input.length(); i++) {
      if (input.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private void emit(Type t) {
    tokens.add(new Token(t, start, input.substring(start, pos), lineAt(start)));
    start = pos;
  }

  private boolean error(String msg) {
    tokens.add(new Token(Type.ERROR, start, msg, lineAt(start)));
    return false;
  }

  private int next() {
    if (pos >= input.length()) {
      pos = input.length() + 1;
      return EOF_CHAR;
    }
    int c = input.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }

  private void backup(int c) {
    if (c == EOF_CHAR) {
      pos = input.length();
    } else {
      pos -= Character.charCount(c);
    }
  }

  private int peek() {
    return pos >= input.length() ? EOF_CHAR : input.codePointAt(pos);
  }

  private void ignore() {
    start = pos;
  }

  static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  static boolean isAlphaNumeric(int r) {
    return r == '_' || Character.isLetter(r) || Character.isDigit(r);
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
  }

  private boolean hasRightTrimMarker(int at) {
    return at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
  }

  private boolean atRightDelimTrim() {
    return hasRightTrimMarker(pos) && input.startsWith(RIGHT, pos + 2);
  }

  private boolean atRightDelim() {
    return atRightDelimTrim() || input.startsWith(RIGHT, pos);
  }

  private static final String SPACE_CHARS = " \t\r\n";

  /** Scans text up to "{{"; returns false at EOF. */
  private boolean lexText() {
    int x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      pos = x;
      int trim = 0;
      if (hasLeftTrimMarker(pos + LEFT.length())) {
        int i = pos;
        while (i > start && SPACE_CHARS.indexOf(input.charAt(i - 1)) >= 0) {
          i--;
        }
        trim = pos - i;
      }
      pos -= trim;
      if (pos > start) {
        emit(Type.TEXT);
      }
      pos += trim;
      ignore();
      return lexLeftDelim();
    }
    pos = input.length();
    if (pos > start) {
      emit(Type.TEXT);
    }
    emit(Type.EOF);
    return false;
  }

  private boolean lexLeftDelim() {
    pos += LEFT.length();
    boolean trim = hasLeftTrimMarker(pos);
    int after = trim ? 2 : 0;
    if (input.startsWith("/*", pos + after)) {
      pos += after;
      ignore();
      return lexComment();
    }
    emit(Type.LEFT_DELIM);
    pos += after;
    ignore();
    parenDepth = 0;
    inside = true;
    return true;
  }

  private boolean lexComment() {
    pos += 2;
    int i = input.indexOf("*/", pos);
    if (i < 0) {
      return error("unclosed comment");
    }
    pos = i + 2;
    if (!atRightDelim()) {
      return error("comment ends before closing delimiter");
    }
    boolean trim = atRightDelimTrim();
    if (trim) {
      pos += 2;
    }
    pos += RIGHT.length();
    if (trim) {
      while (pos < input.length() && SPACE_CHARS.indexOf(input.charAt(pos)) >= 0) {
        pos++;
      }
    }
    ignore();
    inside = false;
    return true;
  }

  private boolean lexRightDelim() {
    boolean trim = hasRightTrimMarker(pos);
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += RIGHT.length();
    emit(Type.RIGHT_DELIM);
    inside = false;
    if (trim) {
      while (pos < input.length() && SPACE_CHARS.indexOf(input.charAt(pos)) >= 0) {
        pos++;
      }
      ignore();
    }
    return true;
  }

  /** Scans one element inside an action; returns false after an error. */
  private boolean lexInsideAction() {
    if (atRightDelim()) {
      if (parenDepth == 0) {
        return lexRightDelim();
      }
      return error("unclosed left paren");
    }
    int r = next();
    if (r == EOF_CHAR) {
      return error("unclosed action");
    }
    if (isSpace(r)) {
      backup(r);
      return lexSpace();
    }
    switch (r) {
      case '=' -> emit(Type.ASSIGN);
      case ':' -> {
        if (next() != '=') {
          return error("expected :=");
        }
        emit(Type.DECLARE);
      }
      case '|' -> emit(Type.PIPE);
      case '"' -> {
        return lexQuote();
      }
      case '`' -> {
        return lexRawQuote();
      }
      case '$' -> {
        return lexVariable();
      }
      case '\'' -> {
        return lexChar();
      }
      case '(' -> {
        emit(Type.LEFT_PAREN);
        parenDepth++;
      }
      case ')' -> {
        emit(Type.RIGHT_PAREN);
        parenDepth--;
        if (parenDepth < 0) {
          return error("unexpected right paren " + GoFmt.formatU(r));
        }
      }
      default -> {
        if (r == '.') {
          if (pos < input.length()) {
            char c = input.charAt(pos);
            if (c < '0' || c > '9') {
              return lexFieldOrVariable(Type.FIELD);
            }
          }
          backup(r);
          return lexNumber();
        }
        if (r == '+' || r == '-' || (r >= '0' && r <= '9')) {
          backup(r);
          return lexNumber();
        }
        if (isAlphaNumeric(r)) {
          backup(r);
          return lexIdentifier();
        }
        if (r <= 0x7f && r >= 0x20 && r != 0x7f) {
          emit(Type.CHAR);
        } else {
          return error("unrecognized character in action: " + GoFmt.formatU(r));
        }
      }
    }
    return true;
  }

  private boolean lexSpace() {
    int n = 0;
    while (isSpace(peek())) {
      next();
      n++;
    }
    if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT, pos - 1 + 2)) {
      pos--;
      if (n == 1) {
        return lexRightDelim();
      }
    }
    emit(Type.SPACE);
    return true;
  }

  private boolean lexIdentifier() {
    while (true) {
      int r = next();
      if (!isAlphaNumeric(r)) {
        backup(r);
        String word = input.substring(start, pos);
        if (!atTerminator()) {
          return error("bad character " + GoFmt.formatU(r));
        }
        Type kw = KEYWORDS.get(word);
        if (kw != null) {
          emit(kw);
        } else if (word.charAt(0) == '.') {
          emit(Type.FIELD);
        } else if (word.equals("true") || word.equals("false")) {
          emit(Type.BOOL);
        } else {
          emit(Type.IDENTIFIER);
        }
        return true;
      }
    }
  }

  private boolean lexVariable() {
    if (atTerminator()) {
      emit(Type.VARIABLE);
      return true;
    }
    return lexFieldOrVariable(Type.VARIABLE);
  }

  private boolean lexFieldOrVariable(Type t) {
    if (atTerminator()) {
      emit(t == Type.VARIABLE ? Type.VARIABLE : Type.DOT);
      return true;
    }
    int r;
    while (true) {
      r = next();
      if (!isAlphaNumeric(r)) {
        backup(r);
        break;
      }
    }
    if (!atTerminator()) {
      return error("bad character " + GoFmt.formatU(r));
    }
    emit(t);
    return true;
  }

  private boolean atTerminator() {
    int r = peek();
    if (isSpace(r)) {
      return true;
    }
    switch (r) {
      case EOF_CHAR, '.', ',', '|', ':', ')', '(' -> {
        return true;
      }
      default -> {
        return input.startsWith(RIGHT, pos);
      }
    }
  }

  private boolean lexChar() {
    while (true) {
      int r = next();
      if (r == '\\') {
        int n = next();
        if (n != EOF_CHAR && n != '\n') {
          continue;
        }
        return error("unterminated character constant");
      }
      if (r == EOF_CHAR || r == '\n') {
        return error("unterminated character constant");
      }
      if (r == '\'') {
        break;
      }
    }
    emit(Type.CHAR_CONSTANT);
    return true;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r != EOF_CHAR && valid.indexOf(r) >= 0) {
      return true;
    }
    backup(r);
    return false;
  }

  private void acceptRun(String valid) {
    while (true) {
      int r = next();
      if (r == EOF_CHAR || valid.indexOf(r) < 0) {
        backup(r);
        return;
      }
    }
  }

  private boolean lexNumber() {
    if (!scanNumber()) {
      return error("bad number syntax: " + Strings.quote(input.substring(start, Math.min(pos, input.length()))));
    }
    int sign = peek();
    if (sign == '+' || sign == '-') {
      if (!scanNumber() || input.charAt(pos - 1) != 'i') {
        return error("bad number syntax: " + Strings.quote(input.substring(start, Math.min(pos, input.length()))));
      }
      emit(Type.COMPLEX);
    } else {
      emit(Type.NUMBER);
    }
    return true;
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private boolean lexQuote() {
    while (true) {
      int r = next();
      if (r == '\\') {
        int n = next();
        if (n != EOF_CHAR && n != '\n') {
          continue;
        }
        return error("unterminated quoted string");
      }
      if (r == EOF_CHAR || r == '\n') {
        return error("unterminated quoted string");
      }
      if (r == '"') {
        break;
      }
    }
    emit(Type.STRING);
    return true;
  }

  private boolean lexRawQuote() {
    while (true) {
      int r = next();
      if (r == EOF_CHAR) {
        return error("unterminated raw quoted string");
      }
      if (r == '`') {
        break;
      }
    }
    emit(Type.RAW_STRING);
    return true;
  }
}
