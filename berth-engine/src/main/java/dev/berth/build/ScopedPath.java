package dev.berth.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Docker's {@code FollowSymlinkInScope}: a path inside a root directory with every symlink followed
 * as if the root were {@code /} (links can never leave it).
 */
final class ScopedPath {
  private static final int MAX_LINKS = 255;

  private ScopedPath() {}

  /**
   * The resolved path relative to {@code root} ({@code ""} for the root itself), or null when the
   * lexically cleaned {@code rel} lies outside the root ({@code ../x}).
   */
  static String resolve(Path root, String rel) {
    return resolve(rel, done -> {
      Path p = root.resolve(done);
      if (!Files.isSymbolicLink(p)) {
        return null;
      }
      try {
        return Files.readSymbolicLink(p).toString();
      } catch (IOException e) {
        return null;
      }
    });
  }

  /**
   * The same resolution over any tree: {@code readLink} gives the target of the symlink at a path
   * relative to the root (its parents already resolved), or null when that path is no symlink.
   */
  static String resolve(String rel, Function<String, String> readLink) {
    String cleaned = DockerIgnore.cleanPath("/" + rel);
    if (lexicallyOutside(rel)) {
      return null;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(cleaned.substring(1).split("/")));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String part = todo.pollFirst();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!done.isEmpty()) {
          done.removeLast();
        }
        continue;
      }
      done.add(part);
      String target = readLink.apply(String.join("/", done));
      if (target != null) {
        if (++links > MAX_LINKS) {
          return String.join("/", done);
        }
        done.removeLast();
        if (target.startsWith("/")) {
          done.clear();
        }
        List<String> parts = List.of(target.split("/"));
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.addFirst(parts.get(i));
        }
      }
    }
    return String.join("/", done);
  }

  /** Whether {@code root + "/" + rel}, cleaned, leaves the root. */
  static boolean lexicallyOutside(String rel) {
    int depth = 0;
    for (String part : rel.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      depth += part.equals("..") ? -1 : 1;
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }
}
