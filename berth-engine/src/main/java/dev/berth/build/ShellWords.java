package dev.berth.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Docker's Dockerfile word processing: whitespace-separated words with quotes and backslash escapes
 * removed, and {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}}, {@code ${VAR:+word}} expanded
 * from {@code vars} (single quotes suppress expansion).
 */
public final class ShellWords {
  private ShellWords() {}

  /** All words of {@code text}. */
  public static List<String> split(String text, Map<String, String> vars) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
        i++;
        continue;
      }
      inWord = true;
      i = word(text, i, vars, w, true);
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }

  /** {@code text} as one word (spaces kept), e.g. for WORKDIR and USER. */
  public static String expand(String text, Map<String, String> vars) {
    StringBuilder w = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      i = word(text, i, vars, w, false);
    }
    return w.toString();
  }

  /** Consumes one token starting at {@code i}; returns the next index. */
  private static int word(String text, int i, Map<String, String> vars, StringBuilder w, boolean stopAtSpace) {
    char ch = text.charAt(i);
    if (stopAtSpace && Character.isWhitespace(ch)) {
      return i;
    }
    if (!stopAtSpace && Character.isWhitespace(ch)) {
      w.append(ch);
      return i + 1;
    }
    if (ch == '\\' && i + 1 < text.length()) {
      w.append(text.charAt(i + 1));
      return i + 2;
    }
    if (ch == '\'') {
      int end = text.indexOf('\'', i + 1);
      if (end < 0) {
        end = text.length();
      }
      w.append(text, i + 1, end);
      return Math.min(end + 1, text.length());
    }
    if (ch == '"') {
      int j = i + 1;
      while (j < text.length() && text.charAt(j) != '"') {
        char c = text.charAt(j);
        if (c == '\\' && j + 1 < text.length() && "\"\\$".indexOf(text.charAt(j + 1)) >= 0) {
          w.append(text.charAt(j + 1));
          j += 2;
        } else if (c == '$') {
          j = variable(text, j, vars, w);
        } else {
          w.append(c);
          j++;
        }
      }
      return Math.min(j + 1, text.length());
    }
    if (ch == '$') {
      return variable(text, i, vars, w);
    }
    w.append(ch);
    return i + 1;
  }

  private static int variable(String text, int i, Map<String, String> vars, StringBuilder w) {
    int j = i + 1;
    if (j < text.length() && text.charAt(j) == '{') {
      int end = text.indexOf('}', j);
      if (end < 0) {
        w.append(text, i, text.length());
        return text.length();
      }
      String body = text.substring(j + 1, end);
      int colon = body.indexOf(':');
      if (colon > 0 && colon + 1 < body.length()) {
        String name = body.substring(0, colon);
        char op = body.charAt(colon + 1);
        String word = expand(body.substring(colon + 2), vars);
        String v = vars.get(name);
        boolean set = v != null && !v.isEmpty();
        if (op == '-') {
          w.append(set ? v : word);
        } else if (op == '+') {
          w.append(set ? word : "");
        } else {
          w.append(v == null ? "" : v);
        }
      } else {
        w.append(vars.getOrDefault(body, ""));
      }
      return end + 1;
    }
    int k = j;
    while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
      k++;
    }
    if (k == j) {
      w.append('$');
      return j;
    }
    w.append(vars.getOrDefault(text.substring(j, k), ""));
    return k;
  }
}
