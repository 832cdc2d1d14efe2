package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.SystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserResolverTest {
  static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
      + "nobody:x:65534:65534:nobody:/home:/bin/false\n"
      + "app:x:1000:1000:app:/home/app:/bin/sh\n";
  static final String GROUP = "root:x:0:\nnogroup:x:65534:\napp:x:1000:\nstaff:x:50:app,other\n";

  @Test
  void emptyUserIsRoot() {
    assertThat(UserResolver.resolve(PASSWD, GROUP, ""))
        .isEqualTo(new ResolvedUser(0, 0, List.of(0L), "/root"));
  }

  @Test
  void nameGivesUidGidHomeAndSupplementaryGroups() {
    assertThat(UserResolver.resolve(PASSWD, GROUP, "app"))
        .isEqualTo(new ResolvedUser(1000, 1000, List.of(1000L, 50L), "/home/app"));
    assertThat(UserResolver.resolve(PASSWD, GROUP, "1000"))
        .isEqualTo(new ResolvedUser(1000, 1000, List.of(1000L, 50L), "/home/app"));
  }

  @Test
  void explicitGroupReplacesGidAndDropsSupplementaryGroups() {
    // docker run -u 0:nogroup busybox id → uid=0(root) gid=65534(nogroup) groups=65534(nogroup)
    assertThat(UserResolver.resolve(PASSWD, GROUP, "0:nogroup"))
        .isEqualTo(new ResolvedUser(0, 65534, List.of(65534L), "/root"));
    assertThat(UserResolver.resolve(PASSWD, GROUP, "app:staff"))
        .isEqualTo(new ResolvedUser(1000, 50, List.of(50L), "/home/app"));
  }

  @Test
  void unknownNumericIdsPassThrough() {
    // docker run -u 4242:4343 → uid=4242 gid=4343, HOME=/
    assertThat(UserResolver.resolve(PASSWD, GROUP, "4242:4343"))
        .isEqualTo(new ResolvedUser(4242, 4343, List.of(4343L), "/"));
    assertThat(UserResolver.resolve(PASSWD, GROUP, "4242"))
        .isEqualTo(new ResolvedUser(4242, 0, List.of(0L), "/"));
  }

  @Test
  void unknownNamesAreDockersErrors() {
    assertThatThrownBy(() -> UserResolver.resolve(PASSWD, GROUP, "ghost"))
        .isInstanceOf(SystemException.class)
        .hasMessage("unable to find user ghost: no matching entries in passwd file");
    assertThatThrownBy(() -> UserResolver.resolve(PASSWD, GROUP, "root:ghost"))
        .isInstanceOf(SystemException.class)
        .hasMessage("unable to find group ghost: no matching entries in group file");
  }

  @Test
  void passwdIsReadInsideTheRootfsEvenThroughAbsoluteSymlinks(@TempDir Path root)
      throws Exception {
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("real"));
    Files.writeString(root.resolve("real/passwd"), "app:x:7:8:app:/in/rootfs:/bin/sh\n");
    // An absolute link must resolve inside the rootfs, not to the host's /real/passwd.
    Files.createSymbolicLink(root.resolve("etc/passwd"), Path.of("/real/passwd"));
    assertThat(UserResolver.resolve(root, "app"))
        .isEqualTo(new ResolvedUser(7, 8, List.of(8L), "/in/rootfs"));
    assertThat(RootfsPaths.secureJoin(root, "/../../etc/../real/passwd"))
        .isEqualTo(root.resolve("real/passwd"));
  }

  @Test
  void noPasswdFileStillResolvesNumericIds(@TempDir Path root) {
    assertThat(UserResolver.resolve(root, "")).isEqualTo(new ResolvedUser(0, 0, List.of(0L), "/"));
    assertThatThrownBy(() -> UserResolver.resolve(root, "app"))
        .hasMessage("unable to find user app: no matching entries in passwd file");
  }
}
