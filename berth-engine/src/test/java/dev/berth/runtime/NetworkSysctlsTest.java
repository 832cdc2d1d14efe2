package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkSysctlsTest {
  @Test
  void aNamespaceOfItsOwnGetsBothDefaults() {
    for (NetworkMode mode : new NetworkMode[] {NetworkMode.NONE, NetworkMode.BRIDGE, NetworkMode.USER}) {
      assertThat(NetworkSysctls.defaults(mode, s -> true, false)).containsExactly(
          org.assertj.core.api.Assertions.entry("net.ipv4.ping_group_range", "0 2147483647"),
          org.assertj.core.api.Assertions.entry("net.ipv4.ip_unprivileged_port_start", "0"));
    }
  }

  @Test
  void hostAndJoinedNamespacesGetNone() {
    assertThat(NetworkSysctls.defaults(NetworkMode.HOST, s -> true, false)).isEmpty();
    assertThat(NetworkSysctls.defaults(NetworkMode.CONTAINER, s -> true, false)).isEmpty();
  }

  @Test
  void onlyWhatTheKernelHasAndNoPingRangeInAUserNamespace() {
    assertThat(NetworkSysctls.defaults(NetworkMode.NONE, s -> s.endsWith("port_start"), false))
        .containsOnlyKeys("net.ipv4.ip_unprivileged_port_start");
    assertThat(NetworkSysctls.defaults(NetworkMode.NONE, s -> true, true))
        .containsOnlyKeys("net.ipv4.ip_unprivileged_port_start");
  }

  @Test
  void theInitialNamespaceHasTheWholeIdentityMap(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("uid_map");
    Files.writeString(map, "         0          0 4294967295\n");
    assertThat(NetworkSysctls.inUserNamespace(map)).isFalse();
    Files.writeString(map, "         0       1000          1\n");
    assertThat(NetworkSysctls.inUserNamespace(map)).isTrue();
  }
}
