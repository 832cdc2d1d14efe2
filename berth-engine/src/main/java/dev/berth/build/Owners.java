package dev.berth.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** File owners: lchown, and name/ID lookups in {@code passwd}/{@code group} files. */
final class Owners {
  private static final Map<String, String> HOST_NAMES = new ConcurrentHashMap<>();

  private Owners() {}

  static void lchown(Path p, int uid, int gid) throws IOException {
    Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
  }

  /** The ID of {@code name} in a passwd or group file (empty when the file or the name is missing). */
  static OptionalLong idOf(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split(":", -1);
        if (f.length >= 3 && f[0].equals(name)) {
          try {
            return OptionalLong.of(Long.parseLong(f[2].strip()));
          } catch (NumberFormatException e) {
            return OptionalLong.empty();
          }
        }
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** The host's name of a user ({@code /etc/passwd}) or group ({@code /etc/group}) ID, or "". */
  static String hostName(boolean group, long id) {
    return HOST_NAMES.computeIfAbsent((group ? "g" : "u") + id, k -> {
      Path file = Path.of(group ? "/etc/group" : "/etc/passwd");
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
          String[] f = line.split(":", -1);
          if (f.length >= 3 && f[2].strip().equals(Long.toString(id))) {
            return f[0];
          }
        }
      } catch (IOException e) {
        return "";
      }
      return "";
    });
  }
}
