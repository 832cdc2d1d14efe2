package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.errors.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a Dockerfile into instructions the way Docker's parser does (default escape {@code \}). */
public final class DockerfileParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Set<String> KNOWN = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
      "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

  private DockerfileParser() {}

  public static List<Instruction> parse(String text) {
    List<Instruction> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    StringBuilder current = null;
    int startLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (current == null) {
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        current = new StringBuilder();
        startLine = i + 1;
        line = line.stripLeading();
      } else if (trimmed.startsWith("#")) {
        continue; // comments inside a continued instruction are dropped
      }
      String noTrail = stripTrailing(line);
      if (noTrail.endsWith("\\")) {
        current.append(noTrail, 0, noTrail.length() - 1);
        continue;
      }
      current.append(line);
      out.add(instruction(startLine, current.toString()));
      current = null;
    }
    if (current != null && !current.toString().isBlank()) {
      out.add(instruction(startLine, current.toString()));
    }
    return out;
  }

  /**
   * The checks Docker makes before the build starts (reported as parse errors, before any step):
   * argument counts, and a FROM before the first instruction other than ARG.
   */
  public static void validate(List<Instruction> instructions) {
    boolean from = false;
    for (Instruction in : instructions) {
      int words = in.execForm() ? in.json().size() : in.rest().isEmpty() ? 0 : in.rest().split("\\s+").length;
      String problem = switch (in.keyword()) {
        case "ENV", "LABEL", "EXPOSE", "VOLUME" -> words < 1 ? in.keyword() + " requires at least one argument" : null;
        case "MAINTAINER", "USER", "WORKDIR", "STOPSIGNAL" ->
            words < 1 ? in.keyword() + " requires exactly one argument" : null;
        case "ARG" -> words != 1 ? "ARG requires exactly one argument" : null;
        case "FROM" -> words != 1 && words != 3 ? "FROM requires either one or three arguments" : null;
        case "COPY", "ADD" -> words < 2 ? in.keyword() + " requires at least two arguments, but only one was "
            + "provided. Destination could not be determined" : null;
        default -> null;
      };
      if (problem != null && in.line() > 0) {
        throw new InvalidArgumentException("dockerfile parse error line " + in.line() + ": " + problem);
      }
      if (in.keyword().equals("FROM")) {
        from = true;
      } else if (!from && !in.keyword().equals("ARG")) {
        throw new InvalidArgumentException("no build stage in current context");
      }
    }
  }

  private static String stripTrailing(String s) {
    return s.replaceAll("[ \t]+$", "");
  }

  private static Instruction instruction(int line, String text) {
    String original = text.strip();
    int sp = 0;
    while (sp < original.length() && !Character.isWhitespace(original.charAt(sp))) {
      sp++;
    }
    String keyword = original.substring(0, sp).toUpperCase(java.util.Locale.ROOT);
    String rest = original.substring(sp).strip();
    if (!KNOWN.contains(keyword)) {
      throw new InvalidArgumentException("dockerfile parse error line " + line + ": unknown instruction: " + keyword);
    }
    return new Instruction(line, keyword, original, rest, jsonArray(rest));
  }

  /** The exec form: a JSON array of strings, else null (shell form). */
  static List<String> jsonArray(String rest) {
    if (!rest.startsWith("[")) {
      return null;
    }
    try {
      JsonNode n = MAPPER.readTree(rest);
      if (n == null || !n.isArray()) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : n) {
        if (!e.isTextual()) {
          return null;
        }
        out.add(e.asText());
      }
      return out;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
