package dev.berth.build;

import java.nio.file.Path;
import java.util.OptionalLong;

/** {@code --chown=user[:group]} resolved against the destination image's passwd and group files. */
final class Chown {
  private static final String PREFIX = "unable to convert uid/gid chown string to host mapping: ";

  private Chown() {}

  static CopyPlan.Identity parse(String spec, ImageFiles image) {
    String[] parts = spec.split(":", 2);
    String user = parts[0];
    String group = parts.length > 1 ? parts[1] : parts[0];
    long uid = id(user, image.find("/etc/passwd"), "uid", "user");
    long gid = id(group, image.find("/etc/group"), "gid", "group");
    return new CopyPlan.Identity((int) uid, (int) gid, false);
  }

  private static long id(String name, Path file, String idKind, String kind) {
    if (name.matches("\\d+")) {
      return Long.parseLong(name);
    }
    OptionalLong id = file == null ? OptionalLong.empty() : Owners.idOf(file, name);
    if (id.isEmpty()) {
      throw new BuildStepFailedException(PREFIX + "can't find " + idKind + " for " + kind + " " + name + ": no such "
          + kind + ": " + name, 1);
    }
    return id.getAsLong();
  }
}
