package dev.berth.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Questions about this process's mount table ({@code /proc/self/mountinfo}). */
public final class MountTable {
  private MountTable() {}

  /** Whether something is mounted exactly at {@code mountPoint}. */
  public static boolean isMountPoint(Path mountPoint) {
    String target = escape(mountPoint.toAbsolutePath().normalize().toString());
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
        String[] f = line.split(" ");
        if (f.length > 4 && f[4].equals(target)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // mountinfo octal-escapes space, tab, newline and backslash.
  private static String escape(String path) {
    return path.replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011")
        .replace("\n", "\\012");
  }
}
