package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A host device given to a container ({@code --device HOST[:CONTAINER][:PERMISSIONS]}, the API's
 * {@code HostConfig.Devices} entry), and how the daemon turns it into the runtime's device nodes: a
 * symbolic link is followed, a directory gives every device node below it, anything else that is
 * not a device node is an error of the container's start.
 */
public record DeviceMapping(String pathOnHost, String pathInContainer, String cgroupPermissions) {
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFIFO = 0010000;

  /** One device node of the container: where, its type ({@code c}, {@code b}, {@code p}) and numbers. */
  public record Node(String path, String type, long major, long minor, int fileMode, int uid, int gid,
      String access) {}

  /** The device nodes this mapping gives, in the daemon's order (a directory's walked by name). */
  public List<Node> nodes() {
    Path host = Path.of(pathOnHost);
    Path resolved = host;
    if (Files.isSymbolicLink(host)) {
      try {
        resolved = host.toRealPath();
      } catch (IOException e) {
        // the daemon keeps the link's own path when it cannot be resolved
      }
    }
    Map<String, Object> attrs;
    try {
      attrs = Files.readAttributes(resolved, "unix:mode,rdev,uid,gid", LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw failure("no such file or directory");
    } catch (IOException e) {
      throw failure(e.getMessage());
    }
    Node node = node(pathInContainer, attrs);
    if (node != null) {
      return List.of(node);
    }
    List<Node> out = new ArrayList<>();
    if (Files.isDirectory(resolved)) {
      walk(resolved, resolved.toString(), out);
    }
    if (out.isEmpty()) {
      throw failure("not a device node");
    }
    return out;
  }

  private void walk(Path dir, String prefix, List<Node> out) {
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    } catch (IOException e) {
      return; // the daemon ignores what it cannot read
    }
    for (Path p : children) {
      try {
        Map<String, Object> attrs = Files.readAttributes(p, "unix:mode,rdev,uid,gid", LinkOption.NOFOLLOW_LINKS);
        Node n = node(pathInContainer + p.toString().substring(prefix.length()), attrs);
        if (n != null) {
          out.add(n);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          walk(p, prefix, out);
        }
      } catch (IOException e) {
        // ignored, as the daemon ignores it
      }
    }
  }

  private Node node(String path, Map<String, Object> attrs) {
    int mode = (Integer) attrs.get("mode");
    String type = switch (mode & S_IFMT) {
      case S_IFCHR -> "c";
      case S_IFBLK -> "b";
      case S_IFIFO -> "p";
      default -> null;
    };
    if (type == null) {
      return null;
    }
    long rdev = (Long) attrs.get("rdev");
    return new Node(path, type, major(rdev), minor(rdev), mode & ~S_IFMT, (Integer) attrs.get("uid"),
        (Integer) attrs.get("gid"), cgroupPermissions);
  }

  /** Linux's encoding of a device number: the major's bits 8-19 and 32-43. */
  static long major(long rdev) {
    return ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
  }

  /** Linux's encoding of a device number: the minor's bits 0-7 and 20-31. */
  static long minor(long rdev) {
    return (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
  }

  private SystemException failure(String why) {
    return new SystemException("error gathering device information while adding custom device \"" + pathOnHost
        + "\": " + why);
  }
}
