package dev.berth.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.errors.InvalidArgumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Dockerfile into instructions the way Docker's parser does: continuation lines, comments,
 * the {@code escape} directive, leading {@code --flags}, and each instruction's own argument rules
 * (JSON or shell form, whitespace lists, {@code name=value} pairs). {@link #validate} then makes the
 * checks Docker makes before the first step runs, with Docker's messages.
 */
public final class DockerfileParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern WHITESPACE = Pattern.compile("[\t\u000b\f\r ]+");
  private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
  static final Set<String> KNOWN = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
      "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
  /** The flags each instruction accepts (RUN's are known but need BuildKit). */
  private static final Map<String, Set<String>> FLAGS = Map.of(
      "ADD", Set.of("chown", "chmod"),
      "COPY", Set.of("chown", "from", "chmod"),
      "FROM", Set.of("platform"),
      "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "retries"),
      "RUN", Set.of("mount", "network", "security"));

  private DockerfileParser() {}

  /** Parses the whole file; unknown instructions fail here, as in Docker's first pass. */
  public static List<Instruction> parse(String text) {
    List<Instruction> out;
    try {
      out = split(text, false);
    } catch (SyntaxError e) {
      // the line parser's errors carry no line; the instruction parser's do
      throw new InvalidArgumentException(e.lineParser ? "failed to parse Dockerfile: " + e.getMessage()
          : "dockerfile parse error line " + e.line + ": " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new InvalidArgumentException("failed to parse Dockerfile: file with no instructions");
    }
    return out;
  }

  /**
   * Parses {@code commit --change} lines (joined with newlines, as the daemon does): the same
   * syntax, but unknown instructions pass (the caller rejects what is not a change command) and
   * errors carry no line prefix, as the daemon reports them for a commit.
   */
  public static List<Instruction> parseChanges(String text) {
    List<Instruction> out;
    try {
      out = split(text, true);
    } catch (SyntaxError e) {
      throw new InvalidArgumentException(e.getMessage());
    }
    if (out.isEmpty()) {
      throw new InvalidArgumentException("file with no instructions");
    }
    return out;
  }

  /** A syntax error of one line, before the caller words it. */
  private static final class SyntaxError extends RuntimeException {
    private final int line;
    /** Found by Docker's line parser (directives, line length, argument syntax), not its instruction parser. */
    private final boolean lineParser;

    SyntaxError(int line, String message) {
      this(line, message, true);
    }

    SyntaxError(int line, String message, boolean lineParser) {
      super(message, null, false, false);
      this.line = line;
      this.lineParser = lineParser;
    }
  }

  /** bufio.Scanner's limit in Docker's parser: a line of this many bytes or more fails. */
  private static final int MAX_LINE_BYTES = 65536;

  private static List<Instruction> split(String text, boolean lenient) {
    List<Instruction> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    char escape = '\\';
    boolean directives = true;
    StringBuilder current = null;
    int startLine = 0;
    Set<String> seenDirectives = new java.util.HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.length() >= MAX_LINE_BYTES / 3
          && line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= MAX_LINE_BYTES) {
        // the scanner stops here; what was read before still counts
        if (out.isEmpty() && (current == null || current.toString().isBlank())) {
          throw new SyntaxError(i + 1, "file with no instructions");
        }
        if (current != null && !current.toString().isBlank()) {
          out.add(instruction(startLine, current.toString(), escape, lenient));
        }
        throw new SyntaxError(i + 1, "dockerfile line greater than max allowed size of " + (MAX_LINE_BYTES - 1));
      }
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (directives) {
        Matcher m = DIRECTIVE.matcher(line);
        String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        if (key != null && (key.equals("escape") || key.equals("syntax"))) {
          if (!seenDirectives.add(key)) {
            throw new SyntaxError(i + 1, "only one " + key + " parser directive can be used");
          }
          if (key.equals("escape")) {
            String token = m.group(2);
            if (!token.equals("`") && !token.equals("\\")) {
              throw new SyntaxError(i + 1, "invalid escape token '" + token + "' does not match ` or \\");
            }
            escape = token.charAt(0);
          }
          continue;
        }
        directives = false;
      }
      String trimmed = line.strip();
      if (current == null) {
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        current = new StringBuilder();
        startLine = i + 1;
        line = line.stripLeading();
      } else if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue; // comments and empty lines inside a continued instruction are dropped
      }
      String noTrail = line.replaceAll("[ \t]+$", "");
      if (!noTrail.isEmpty() && noTrail.charAt(noTrail.length() - 1) == escape) {
        current.append(noTrail, 0, noTrail.length() - 1);
        continue;
      }
      current.append(line);
      out.add(instruction(startLine, current.toString(), escape, lenient));
      current = null;
    }
    if (current != null && !current.toString().isBlank()) {
      out.add(instruction(startLine, current.toString(), escape, lenient));
    }
    return out;
  }

  /**
   * The checks Docker makes before the build starts (parse errors, before any step): flags,
   * argument counts and forms, HEALTHCHECK options, ONBUILD triggers, stage names, and a FROM
   * before the first instruction other than ARG.
   */
  public static void validate(List<Instruction> instructions) {
    boolean from = false;
    for (Instruction in : instructions) {
      String problem = problem(in);
      if (problem != null) {
        throw new InvalidArgumentException("dockerfile parse error line " + in.line() + ": " + problem);
      }
      if (in.keyword().equals("FROM")) {
        from = true;
      } else if (!from && !in.keyword().equals("ARG")) {
        throw new InvalidArgumentException("no build stage in current context");
      }
    }
  }

  /** What Docker's instruction parser rejects in {@code in} (its message), or null. */
  static String problem(Instruction in) {
    String k = in.keyword();
    List<String> a = in.args();
    String flagProblem = flagProblem(in);
    // Docker checks argument counts of some instructions before their flags.
    switch (k) {
      case "MAINTAINER", "WORKDIR", "USER", "STOPSIGNAL" -> {
        if (a.size() != 1) {
          return k + " requires exactly one argument";
        }
      }
      case "ADD", "COPY" -> {
        if (a.size() < 2) {
          return k + " requires at least two arguments, but only one was provided. Destination could not be determined";
        }
      }
      case "FROM" -> {
        if (a.size() == 3 && a.get(1).equalsIgnoreCase("as")) {
          if (!STAGE_NAME.matcher(a.get(2).toLowerCase(Locale.ROOT)).matches()) {
            return "invalid name for build stage: " + GoQuote.quote(a.get(2))
                + ", name can't start with a number or contain symbols";
          }
        } else if (a.size() != 1) {
          return "FROM requires either one or three arguments";
        }
      }
      case "EXPOSE", "VOLUME", "ONBUILD", "HEALTHCHECK", "ARG" -> {
        if (a.isEmpty()) {
          return k + " requires at least one argument";
        }
      }
      default -> { }
    }
    if (flagProblem != null) {
      return flagProblem;
    }
    return switch (k) {
      case "ENV", "LABEL" -> {
        if (a.isEmpty()) {
          yield k + " requires at least one argument";
        }
        for (int i = 0; i < a.size(); i += 2) {
          if (a.get(i).isEmpty()) {
            yield k + " names can not be blank";
          }
        }
        yield null;
      }
      case "ARG" -> a.stream().anyMatch(w -> w.startsWith("=")) ? "ARG names can not be blank" : null;
      case "VOLUME" -> a.stream().anyMatch(v -> v.strip().isEmpty()) ? "VOLUME specified can not be an empty string"
          : null;
      case "SHELL" -> a.isEmpty() ? "SHELL requires at least one argument"
          : in.json() ? null : "SHELL requires the arguments to be in JSON form";
      case "ONBUILD" -> {
        String t = a.getFirst().strip().toUpperCase(Locale.ROOT);
        if (t.equals("ONBUILD")) {
          yield "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        }
        if (t.equals("MAINTAINER") || t.equals("FROM")) {
          yield t + " isn't allowed as an ONBUILD trigger";
        }
        yield null;
      }
      case "HEALTHCHECK" -> {
        try {
          Healthcheck.parse(in);
          yield null;
        } catch (IllegalArgumentException e) {
          yield e.getMessage();
        }
      }
      default -> null;
    };
  }

  /** Docker's BFlags rules: known names only, no duplicates, string flags need a value. */
  private static String flagProblem(Instruction in) {
    Set<String> allowed = FLAGS.getOrDefault(in.keyword(), Set.of());
    if (in.keyword().equals("HEALTHCHECK") && !in.args().isEmpty()
        && in.args().getFirst().equalsIgnoreCase("NONE")) {
      allowed = Set.of();
      if (in.args().size() > 1) {
        return "HEALTHCHECK NONE takes no arguments";
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    for (String f : in.flags()) {
      if (!f.startsWith("--")) {
        return "Arg should start with -- : " + f;
      }
      String body = f.substring(2);
      int eq = body.indexOf('=');
      String name = eq < 0 ? body : body.substring(0, eq);
      if (!allowed.contains(name)) {
        return "Unknown flag: " + name;
      }
      if (!seen.add(name)) {
        return "Duplicate flag specified: " + name;
      }
      if (eq < 0) {
        return "Missing a value on flag: " + name;
      }
    }
    return null;
  }

  /** The value of {@code --name=value} among the flags, or {@code ""}. */
  static String flag(Instruction in, String name) {
    for (String f : in.flags()) {
      if (f.startsWith("--" + name + "=")) {
        return f.substring(name.length() + 3);
      }
    }
    return "";
  }

  private static Instruction instruction(int line, String text, char escape, boolean lenient) {
    String original = text;
    String trimmed = text.strip();
    String[] split = WHITESPACE.split(trimmed, 2);
    String keyword = split[0].toUpperCase(Locale.ROOT);
    String afterKeyword = split.length > 1 ? split[1] : "";
    if (!KNOWN.contains(keyword) && !lenient) {
      throw new SyntaxError(line, "unknown instruction: " + keyword, false);
    }
    List<String> flags = new ArrayList<>();
    String rest = extractFlags(afterKeyword, flags);
    boolean json = false;
    List<String> args;
    Instruction trigger = null;
    switch (keyword) {
      case "CMD", "ENTRYPOINT", "RUN", "SHELL" -> {
        List<String> j = rest.isEmpty() ? null : jsonArray(rest, line);
        json = j != null;
        args = j != null ? j : rest.isEmpty() ? List.of() : List.of(rest);
      }
      case "ADD", "COPY", "VOLUME" -> {
        List<String> j = jsonArray(rest, line);
        json = j != null;
        args = j != null ? j : whitespaceList(rest);
      }
      case "EXPOSE", "FROM" -> args = whitespaceList(rest);
      case "MAINTAINER", "STOPSIGNAL", "USER", "WORKDIR" -> args = rest.isEmpty() ? List.of() : List.of(rest);
      case "ENV", "LABEL" -> args = nameValues(rest, keyword, escape, line);
      case "ARG" -> args = words(rest, escape);
      case "HEALTHCHECK" -> {
        int sep = 0;
        while (sep < rest.length() && !Character.isWhitespace(rest.charAt(sep))) {
          sep++;
        }
        if (sep == 0) {
          args = List.of();
        } else {
          String cmd = rest.substring(sep).stripLeading();
          List<String> j = cmd.isEmpty() ? null : jsonArray(cmd, line);
          json = j != null;
          List<String> all = new ArrayList<>();
          all.add(rest.substring(0, sep));
          all.addAll(j != null ? j : cmd.isEmpty() ? List.of() : List.of(cmd));
          args = all;
        }
      }
      case "ONBUILD" -> {
        if (rest.isEmpty()) {
          args = List.of();
        } else {
          trigger = instruction(line, rest, escape, lenient);
          args = List.of(trigger.keyword());
        }
      }
      default -> args = List.of();
    }
    return new Instruction(line, keyword, original.strip(), rest, List.copyOf(flags), List.copyOf(args), json, trigger);
  }

  /** Leading words that start with {@code --} are the instruction's flags; returns the rest. */
  private static String extractFlags(String line, List<String> flags) {
    int pos = 0;
    while (true) {
      while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
        pos++;
      }
      if (pos + 1 >= line.length() || line.charAt(pos) != '-' || line.charAt(pos + 1) != '-') {
        return line.substring(Math.min(pos, line.length()));
      }
      StringBuilder word = new StringBuilder();
      char quote = 0;
      while (pos < line.length()) {
        char ch = line.charAt(pos);
        if (quote == 0 && Character.isWhitespace(ch)) {
          break;
        }
        pos++;
        if (quote == 0 && (ch == '\'' || ch == '"')) {
          quote = ch;
        } else if (quote != 0 && ch == quote) {
          quote = 0;
        } else if (ch == '\\' && pos < line.length()) {
          word.append(line.charAt(pos++));
        } else {
          word.append(ch);
        }
      }
      if (word.toString().equals("--")) {
        return line.substring(pos);
      }
      flags.add(word.toString());
    }
  }

  private static List<String> whitespaceList(String rest) {
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(WHITESPACE.split(rest, -1)));
    if (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return out;
  }

  /** ENV/LABEL: {@code name=value ...} (quotes kept) or the legacy {@code name value with spaces}. */
  private static List<String> nameValues(String rest, String keyword, char escape, int line) {
    List<String> words = words(rest, escape);
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (!words.getFirst().contains("=")) {
      String[] parts = WHITESPACE.split(rest, 2);
      if (parts.length < 2) {
        throw new SyntaxError(line, keyword + " must have two arguments");
      }
      out.add(parts[0]);
      out.add(parts[1]);
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq < 0) {
        throw new SyntaxError(line, "Syntax error - can't find = in " + GoQuote.quote(w)
            + ". Must be of the form: name=value");
      }
      out.add(w.substring(0, eq));
      out.add(w.substring(eq + 1));
    }
    return out;
  }

  /** Docker's parseWords: whitespace-separated words, quotes and escapes kept for later processing. */
  static List<String> words(String rest, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean blankOk = false;
    char quote = 0;
    for (int pos = 0; pos < rest.length(); pos++) {
      char ch = rest.charAt(pos);
      if (!inWord) {
        if (Character.isWhitespace(ch)) {
          continue;
        }
        inWord = true;
      }
      if (quote == 0) {
        if (Character.isWhitespace(ch)) {
          if (blankOk || !word.isEmpty()) {
            words.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          inWord = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
        }
        if (ch == escape) {
          if (pos + 1 == rest.length()) {
            continue;
          }
          word.append(ch);
          ch = rest.charAt(++pos);
        }
        word.append(ch);
      } else {
        if (ch == quote) {
          quote = 0;
        }
        if (ch == escape && quote != '\'' && quote != 0) {
          if (pos + 1 == rest.length()) {
            continue;
          }
          word.append(ch);
          ch = rest.charAt(++pos);
        }
        word.append(ch);
      }
    }
    if (inWord && (blankOk || !word.isEmpty())) {
      words.add(word.toString());
    }
    return words;
  }

  /** The exec form: a JSON array of strings, else null (shell form). */
  static List<String> jsonArray(String rest, int line) {
    String r = rest.stripLeading();
    if (!r.startsWith("[")) {
      return null;
    }
    try (JsonParser p = MAPPER.createParser(r)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          return null;
        }
        if (t != JsonToken.VALUE_STRING) {
          if (t.isStructStart()) {
            p.skipChildren();
          }
          throw new SyntaxError(line, "when using JSON array syntax, arrays must be comprised of strings only");
        }
        out.add(p.getText());
      }
      return out;
    } catch (IOException e) {
      return null;
    }
  }
}
