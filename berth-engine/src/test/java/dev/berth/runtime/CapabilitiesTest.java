package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  @Test
  void defaultsMinusDropsPlusAdds() {
    List<String> caps = Capabilities.effective(List.of("CAP_SYS_ADMIN"), List.of("CAP_NET_RAW"));
    assertThat(caps).contains("CAP_SYS_ADMIN", "CAP_CHOWN").doesNotContain("CAP_NET_RAW");
    assertThat(caps).hasSize(OciSpecBuilder.DEFAULT_CAPABILITIES.size());
  }

  @Test
  void allInTheAddsIsEveryKernelCapabilityButTheDrops() {
    List<String> caps = Capabilities.effective(List.of("ALL"), List.of("CAP_MKNOD"));
    assertThat(caps).contains("CAP_SYS_ADMIN", "CAP_AUDIT_READ").doesNotContain("CAP_MKNOD");
    assertThat(caps).hasSize(Capabilities.kernel().size() - 1);
    assertThat(Capabilities.kernel()).hasSizeGreaterThan(37); // every kernel since 3.16 has AUDIT_READ
  }

  @Test
  void allInTheDropsLeavesTheAdds() {
    assertThat(Capabilities.effective(List.of("CAP_CHOWN"), List.of("ALL"))).containsExactly("CAP_CHOWN");
  }
}
