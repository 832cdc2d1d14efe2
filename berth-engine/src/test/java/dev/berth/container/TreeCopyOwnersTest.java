package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCopyOwnersTest {
  @TempDir Path dir;

  private static int uid(Path p) throws Exception {
    return (int) Files.getAttribute(p, "unix:uid");
  }

  @Test
  void aCopyIntoAContainerKeepsTheDirectoriesOwners() throws Exception {
    assumeTrue(uid(dir) == 0 && "root".equals(System.getProperty("user.name")), "needs root to give files away");
    Path src = Files.createDirectories(dir.resolve("src/permdirtest"));
    Files.writeString(src.resolve("permtest"), "perm_test\n");
    Files.setAttribute(src, "unix:uid", 2);
    Files.setAttribute(src, "unix:gid", 2);
    Path into = Files.createDirectories(dir.resolve("ctr"));
    TreeCopy.copy(new TreeCopy.Request(src, src.toString(), false, into, "/", false).withDirectoryOwners());
    assertThat(uid(into.resolve("permdirtest"))).isEqualTo(2);
    Path out = Files.createDirectories(dir.resolve("host"));
    TreeCopy.copy(new TreeCopy.Request(src, src.toString(), false, out, "/", false));
    assertThat(uid(out.resolve("permdirtest"))).isZero();
  }
}
