package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves Docker's {@code user[:group]} (names or numbers) against the container's own
 * {@code /etc/passwd} and {@code /etc/group}, as the daemon does before handing numeric ids to
 * runc.
 */
public final class UserResolver {
  private UserResolver() {}

  private record PasswdEntry(String name, long uid, long gid, String home) {}

  private record GroupEntry(String name, long gid, List<String> members) {}

  /** Resolves {@code userSpec} using the files of the root filesystem at {@code rootfs}. */
  public static ResolvedUser resolve(Path rootfs, String userSpec) {
    try {
      return resolve(
          read(RootfsPaths.secureJoin(rootfs, "/etc/passwd")),
          read(RootfsPaths.secureJoin(rootfs, "/etc/group")),
          userSpec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves {@code userSpec} against the given passwd and group file contents. */
  public static ResolvedUser resolve(String passwd, String group, String userSpec) {
    String spec = userSpec == null ? "" : userSpec;
    int colon = spec.indexOf(':');
    String userPart = colon < 0 ? spec : spec.substring(0, colon);
    String groupPart = colon < 0 ? "" : spec.substring(colon + 1);
    for (String part : new String[] {userPart, groupPart}) {
      if (part.matches("-?\\d+") && (part.startsWith("-") || part.length() > 10 || Long.parseLong(part) > Integer.MAX_VALUE)) {
        throw new SystemException("uids and gids must be in range 0-" + Integer.MAX_VALUE);
      }
    }
    List<PasswdEntry> users = parsePasswd(passwd);
    List<GroupEntry> groups = parseGroup(group);

    String lookup = userPart.isEmpty() ? "0" : userPart;
    Optional<Long> numericUser = number(lookup);
    Optional<PasswdEntry> entry =
        users.stream()
            .filter(u -> u.name().equals(lookup) || numericUser.map(n -> n == u.uid()).orElse(false))
            .findFirst();
    long uid;
    long gid;
    String home;
    if (entry.isPresent()) {
      uid = entry.get().uid();
      gid = entry.get().gid();
      home = entry.get().home();
    } else if (numericUser.isPresent()) {
      uid = numericUser.get();
      gid = 0;
      home = "/";
    } else {
      throw new SystemException(
          "unable to find user " + userPart + ": no matching entries in passwd file");
    }

    List<Long> additional = new ArrayList<>();
    if (!groupPart.isEmpty()) {
      Optional<Long> numericGroup = number(groupPart);
      gid =
          groups.stream()
              .filter(g -> g.name().equals(groupPart)
                  || numericGroup.map(n -> n == g.gid()).orElse(false))
              .findFirst()
              .map(GroupEntry::gid)
              .or(() -> numericGroup)
              .orElseThrow(() -> new SystemException(
                  "unable to find group " + groupPart + ": no matching entries in group file"));
    } else if (entry.isPresent()) {
      String name = entry.get().name();
      groups.stream()
          .filter(g -> g.members().contains(name))
          .map(GroupEntry::gid)
          .distinct()
          .forEach(additional::add);
    }
    // Docker always lists the primary group among the supplementary ones (`id` shows
    // groups=<gid>...); member groups only count when no group was named.
    additional.addFirst(gid);
    return new ResolvedUser(uid, gid, additional.stream().distinct().toList(), home);
  }

  /** The group IDs of {@code --group-add} values (names looked up in the rootfs, numbers as they are). */
  public static List<Long> groupIds(Path rootfs, List<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    List<GroupEntry> groups;
    try {
      groups = parseGroup(read(RootfsPaths.secureJoin(rootfs, "/etc/group")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Long> out = new ArrayList<>();
    for (String name : names) {
      Optional<Long> numeric = number(name);
      out.add(groups.stream().filter(g -> g.name().equals(name)).findFirst().map(GroupEntry::gid)
          .or(() -> numeric)
          .orElseThrow(() -> new SystemException(
              "Unable to find group " + name + ": no matching entries in group file")));
    }
    return out;
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException | java.nio.file.NotDirectoryException e) {
      return "";
    }
  }

  private static List<PasswdEntry> parsePasswd(String text) {
    List<PasswdEntry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.strip().split(":", -1);
      if (line.isBlank() || line.startsWith("#") || f.length < 6) {
        continue;
      }
      Optional<Long> uid = number(f[2]);
      Optional<Long> gid = number(f[3]);
      if (uid.isPresent() && gid.isPresent()) {
        out.add(new PasswdEntry(f[0], uid.get(), gid.get(), f[5]));
      }
    }
    return out;
  }

  private static List<GroupEntry> parseGroup(String text) {
    List<GroupEntry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.strip().split(":", -1);
      if (line.isBlank() || line.startsWith("#") || f.length < 3) {
        continue;
      }
      List<String> members =
          f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split(",")) : List.of();
      number(f[2]).ifPresent(gid -> out.add(new GroupEntry(f[0], gid, members)));
    }
    return out;
  }

  private static Optional<Long> number(String s) {
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 10) {
      return Optional.empty();
    }
    long n = Long.parseLong(s);
    return n <= 0xFFFF_FFFFL ? Optional.of(n) : Optional.empty();
  }
}
