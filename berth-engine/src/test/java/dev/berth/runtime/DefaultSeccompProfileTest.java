package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultSeccompProfileTest {
  private static List<String> denied(ObjectNode oci) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : oci.path("syscalls")) {
      if (r.path("args").isMissingNode()) {
        r.path("names").forEach(n -> out.add(n.asText()));
      }
    }
    return out;
  }

  @Test
  void unprivilegedContainerCannotReachTheKernel() {
    ObjectNode oci = SeccompProfile.convert(DefaultSeccompProfile.profile(), OciSpecBuilder.DEFAULT_CAPABILITIES,
        "amd64", "6.1.0");
    assertThat(oci.path("defaultAction").asText()).isEqualTo("SCMP_ACT_ALLOW");
    assertThat(oci.path("architectures").toString()).isEqualTo("[\"SCMP_ARCH_X86_64\",\"SCMP_ARCH_X86\",\"SCMP_ARCH_X32\"]");
    assertThat(denied(oci)).contains("unshare", "mount", "acct", "keyctl", "add_key", "reboot", "swapon", "init_module",
        "setns", "clone3").doesNotContain("chroot", "ptrace", "arch_prctl", "chmod");
    long cloneRules = 0;
    for (JsonNode r : oci.path("syscalls")) {
      if (r.path("names").get(0).asText().equals("clone")) {
        cloneRules++;
        assertThat(r.path("args").get(0).path("index").asInt()).isZero();
        assertThat(r.path("args").get(0).path("op").asText()).isEqualTo("SCMP_CMP_MASKED_EQ");
      }
    }
    assertThat(cloneRules).isEqualTo(DefaultSeccompProfile.NAMESPACE_FLAGS.length);
  }

  @Test
  void capabilitiesLiftTheirRules() {
    List<String> caps = new ArrayList<>(OciSpecBuilder.DEFAULT_CAPABILITIES);
    caps.add("CAP_SYS_ADMIN");
    caps.add("CAP_SYS_PACCT");
    caps.remove("CAP_SYS_CHROOT");
    ObjectNode oci = SeccompProfile.convert(DefaultSeccompProfile.profile(), caps, "amd64", "6.1.0");
    assertThat(denied(oci)).doesNotContain("unshare", "mount", "setns", "acct", "clone3", "syslog").contains("chroot",
        "keyctl");
    for (JsonNode r : oci.path("syscalls")) {
      assertThat(r.path("names").get(0).asText()).isNotEqualTo("clone");
    }
  }
}
