package dev.berth.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .dockerignore} rules as the docker CLI applies them: patterns cleaned like Go's
 * {@code filepath.Clean}, {@code *}/{@code ?} within one path element, {@code **} across any number
 * of elements, {@code !} exceptions evaluated in order, and a pattern that matches a parent directory
 * matching everything below it.
 */
public final class DockerIgnore {
  private record Rule(String text, Pattern regex, boolean exclusion) {}

  private final List<Rule> rules;

  /** A pattern the docker CLI refuses ("error checking context: ..."). */
  public static final class IllegalPattern extends IllegalArgumentException {
    IllegalPattern(String message) {
      super(message);
    }
  }

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  public static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  /** Parses the file's text; a lone {@code !} is an {@link IllegalPattern}. */
  public static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    boolean first = true;
    for (String raw : text.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a UTF-8 byte order mark before the first line
      }
      first = false;
      if (line.startsWith("#")) {
        continue;
      }
      String p = line.strip();
      if (p.isEmpty()) {
        continue;
      }
      boolean exclusion = p.startsWith("!");
      if (exclusion) {
        p = p.substring(1).strip();
        if (p.isEmpty()) {
          throw new IllegalPattern("illegal exclusion pattern: \"!\"");
        }
      }
      if (!p.isEmpty()) {
        p = cleanPath(p);
        if (p.length() > 1 && p.startsWith("/")) {
          p = p.substring(1);
        }
      }
      rules.add(new Rule(p, Pattern.compile(regex(p), Pattern.DOTALL), exclusion));
    }
    return new DockerIgnore(List.copyOf(rules));
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** Whether {@code rel} (slash-separated, relative to the context root) is excluded. */
  public boolean excluded(String rel) {
    boolean matched = false;
    int slash = rel.lastIndexOf('/');
    String parent = slash < 0 ? "." : rel.substring(0, slash);
    String[] parentDirs = parent.split("/");
    for (Rule r : rules) {
      if (r.exclusion() != matched) {
        continue;
      }
      boolean match = r.regex().matcher(rel).matches();
      if (!match && !parent.equals(".")) {
        StringBuilder prefix = new StringBuilder();
        for (String dir : parentDirs) {
          prefix.append(prefix.isEmpty() ? "" : "/").append(dir);
          if (r.regex().matcher(prefix).matches()) {
            match = true;
            break;
          }
        }
      }
      if (match) {
        matched = !r.exclusion();
      }
    }
    return matched;
  }

  /**
   * Whether the CLI can skip the whole excluded directory {@code rel}: no exception pattern could
   * re-include something below it.
   */
  public boolean skipsDirectory(String rel) {
    String dirSlash = rel + "/";
    for (Rule r : rules) {
      if (r.exclusion() && (r.text() + "/").startsWith(dirSlash)) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code filepath.Clean} for slash paths. */
  static String cleanPath(String p) {
    boolean rooted = p.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : p.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.getLast().equals("..")) {
          out.removeLast();
        } else if (!rooted) {
          out.add("..");
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** The pattern as a regular expression, by Docker's translation rules. */
  private static String regex(String p) {
    StringBuilder re = new StringBuilder("^");
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '*') {
        if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < p.length() && p.charAt(i + 1) == '/') {
            i++;
          }
          re.append(i + 1 >= p.length() ? ".*" : "(.*/)?");
        } else {
          re.append("[^/]*");
        }
      } else if (ch == '?') {
        re.append("[^/]");
      } else if (ch == '\\') {
        if (i + 1 < p.length()) {
          re.append(Pattern.quote(String.valueOf(p.charAt(++i))));
        } else {
          re.append("\\\\");
        }
      } else if (ch == '[' || ch == ']') {
        re.append(ch);
      } else if (ch == '^' && i > 0 && p.charAt(i - 1) == '[') {
        re.append(ch);
      } else if (ch == '-' && re.lastIndexOf("[") > re.lastIndexOf("]")) {
        re.append(ch); // a range inside a character class
      } else if (Character.isLetterOrDigit(ch) || ch == '/' || ch == '_') {
        re.append(ch);
      } else {
        re.append('\\').append(ch);
      }
    }
    return re.append('$').toString();
  }
}
