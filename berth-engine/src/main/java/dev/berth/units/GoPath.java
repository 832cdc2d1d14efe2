package dev.berth.units;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean}: the shortest equivalent slash-separated path, purely lexically. */
public final class GoPath {
  private GoPath() {}

  public static String clean(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(s);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  public static boolean isAbs(String p) {
    return p.startsWith("/");
  }
}
