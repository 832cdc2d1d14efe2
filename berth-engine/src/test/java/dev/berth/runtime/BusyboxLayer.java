package dev.berth.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Test fixture: a layer directory holding the host's static busybox, like §1.2 of runtime.md. */
final class BusyboxLayer {
  static final Path BUSYBOX = Path.of("/usr/bin/busybox");

  private BusyboxLayer() {}

  static Path create(Path dir) throws IOException, InterruptedException {
    for (String d : List.of("bin", "sbin", "usr/bin", "usr/sbin", "etc", "root", "tmp", "var/tmp",
        "home", "proc", "sys", "dev")) {
      Files.createDirectories(dir.resolve(d));
    }
    // The sticky bit is beyond PosixFilePermissions.
    new ProcessBuilder("chmod", "1777", dir.resolve("tmp").toString(),
        dir.resolve("var/tmp").toString()).start().waitFor();
    Files.setPosixFilePermissions(dir.resolve("root"), PosixFilePermissions.fromString("rwx------"));
    Files.copy(BUSYBOX, dir.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
    Process list = new ProcessBuilder(BUSYBOX.toString(), "--list-full").start();
    String applets = new String(list.getInputStream().readAllBytes());
    list.waitFor();
    for (String p : applets.split("\n")) {
      if (p.isBlank() || p.equals("bin/busybox")) {
        continue;
      }
      Path link = dir.resolve(p);
      Files.createDirectories(link.getParent());
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of("/bin/busybox"));
    }
    Files.writeString(dir.resolve("etc/passwd"),
        "root:x:0:0:root:/root:/bin/sh\n"
            + "nobody:x:65534:65534:nobody:/home:/bin/false\n"
            + "app:x:1000:1000:app:/home/app:/bin/sh\n");
    Files.writeString(dir.resolve("etc/group"),
        "root:x:0:\nnogroup:x:65534:\napp:x:1000:\nstaff:x:50:app\n");
    return dir;
  }
}
