package dev.berth.build;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local build context directory with its {@code .dockerignore} rules. Knows the size of the tar
 * the docker CLI would send (the "Sending build context" figure).
 */
public final class BuildContext {
  private final Path root;
  private final List<Rule> rules;

  private record Rule(PathMatcher matcher, boolean exclude) {}

  public BuildContext(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.rules = readIgnore(this.root.resolve(".dockerignore"));
  }

  public Path root() {
    return root;
  }

  private static List<Rule> readIgnore(Path file) {
    List<Rule> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String p = line.strip();
        if (p.isEmpty() || p.startsWith("#")) {
          continue;
        }
        boolean exclude = !p.startsWith("!");
        if (!exclude) {
          p = p.substring(1).strip();
        }
        p = Path.of("/" + p).normalize().toString().substring(1);
        if (p.isEmpty()) {
          continue;
        }
        out.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + p), exclude));
      }
    } catch (IOException e) {
      throw new SystemException("reading .dockerignore: " + e.getMessage(), e);
    }
    return out;
  }

  /** Whether {@code rel} (or one of its parent directories) is excluded by .dockerignore. */
  public boolean excluded(Path rel) {
    boolean excluded = false;
    for (Rule r : rules) {
      for (Path p = rel; p != null; p = p.getParent()) {
        if (r.matcher().matches(p)) {
          excluded = r.exclude();
          break;
        }
      }
    }
    return excluded;
  }

  /** Bytes of the context tar: a 512-byte header per entry, data padded to 512, 1024 end bytes. */
  public long tarSize() {
    long total = 1024;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(root)) {
          continue;
        }
        Path rel = root.relativize(p);
        if (excluded(rel) && !rel.toString().equals(".dockerignore") && !rel.toString().equals("Dockerfile")) {
          continue;
        }
        total += 512;
        String name = rel.toString() + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "");
        if (name.length() > 100) {
          total += 1024; // a PAX header block carrying the long name
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          total += (Files.size(p) + 511) / 512 * 512;
        }
      }
    } catch (IOException e) {
      throw new SystemException("reading build context: " + e.getMessage(), e);
    }
    return total;
  }
}
