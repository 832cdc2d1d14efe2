package dev.berth.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User and group names of this host by numeric ID. Go's {@code tar.FileInfoHeader}, which dockerd
 * writes its layer entries with, fills in the owner names from the host's account database (not
 * the image's), so they are part of every layer's diff ID.
 */
final class HostAccounts {
  private static volatile HostAccounts current;

  private final Map<Integer, String> users;
  private final Map<Integer, String> groups;

  HostAccounts(Map<Integer, String> users, Map<Integer, String> groups) {
    this.users = Map.copyOf(users);
    this.groups = Map.copyOf(groups);
  }

  /** This host's accounts, read once from /etc/passwd and /etc/group. */
  static HostAccounts host() {
    HostAccounts h = current;
    if (h == null) {
      h = new HostAccounts(read(Path.of("/etc/passwd")), read(Path.of("/etc/group")));
      current = h;
    }
    return h;
  }

  /** The user name of {@code uid}, or "" when the host has none. */
  String user(int uid) {
    return users.getOrDefault(uid, "");
  }

  /** The group name of {@code gid}, or "" when the host has none. */
  String group(int gid) {
    return groups.getOrDefault(gid, "");
  }

  /** NAME:x:ID:... lines; the first line of an ID wins, as getpwuid's lookup does. */
  static Map<Integer, String> parse(String text) {
    Map<Integer, String> out = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length < 3 || f[0].isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        out.putIfAbsent(Integer.parseInt(f[2].trim()), f[0]);
      } catch (NumberFormatException e) {
        // not an account line
      }
    }
    return out;
  }

  private static Map<Integer, String> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Map.of();
    }
  }
}
