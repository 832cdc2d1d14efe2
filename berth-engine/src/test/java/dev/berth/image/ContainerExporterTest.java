package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerExporterTest {
  private static List<String> listing(Path root) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContainerExporter.write(root, out, FileTime.fromMillis(0));
    List<String> rows = new ArrayList<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        String kind = e.isSymbolicLink() ? " -> " + e.getLinkName()
            : e.isLink() ? " link to " + e.getLinkName()
            : e.isDirectory() ? "" : " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).length();
        rows.add(e.getName() + kind);
      }
    }
    return rows;
  }

  @Test
  void walksEachDirectoryByNameAndAddsDockersInitLayer(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("bin"));
    Files.writeString(root.resolve("bin/busybox"), "12345");
    Files.createLink(root.resolve("bin/sh"), root.resolve("bin/busybox"));
    Files.createDirectories(root.resolve("a-c"));
    Files.createDirectories(root.resolve("a/b"));
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\n");
    // what berth's runtime leaves in a container (an empty mount point file) is Docker's empty file
    Files.writeString(root.resolve("etc/hosts"), "");

    assertThat(listing(root)).containsExactly(
        ".dockerenv 0",
        "a/", "a/b/",
        "a-c/",
        "bin/", "bin/busybox 5", "bin/sh link to bin/busybox",
        "dev/", "dev/console 0", "dev/pts/", "dev/shm/",
        "etc/", "etc/hostname 0", "etc/hosts 0", "etc/mtab -> /proc/mounts", "etc/passwd 26", "etc/resolv.conf 0",
        "proc/", "sys/");
  }

  @Test
  void keepsSymlinkTargets(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("usr/bin"));
    Files.createSymbolicLink(root.resolve("usr/bin/env"), Path.of("/bin/busybox"));
    assertThat(listing(root)).contains("usr/", "usr/bin/", "usr/bin/env -> /bin/busybox");
  }
}
