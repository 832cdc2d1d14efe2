package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeccompProfileTest {
  private static JsonNode json(String text) throws Exception {
    return OciSpecBuilder.JSON.readTree(text);
  }

  @Test
  void nameAndNamesBecomeOciNames() throws Exception {
    ObjectNode oci = SeccompProfile.convert(json("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":["
        + "{\"name\":\"chmod\",\"action\":\"SCMP_ACT_ERRNO\"},{\"names\":[\"a\",\"b\"],\"action\":\"SCMP_ACT_ERRNO\","
        + "\"errnoRet\":2,\"args\":[{\"index\":0,\"value\":268435456,\"op\":\"SCMP_CMP_EQ\"}]}]}"), List.of(),
        "amd64", "6.1.0");
    assertThat(oci.toString()).isEqualTo("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[{\"names\":[\"chmod\"],"
        + "\"action\":\"SCMP_ACT_ERRNO\"},{\"names\":[\"a\",\"b\"],\"action\":\"SCMP_ACT_ERRNO\",\"errnoRet\":2,"
        + "\"args\":[{\"index\":0,\"value\":268435456,\"op\":\"SCMP_CMP_EQ\"}]}]}");
  }

  @Test
  void rulesFollowCapabilitiesArchesAndKernel() throws Exception {
    JsonNode p = json("{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":["
        + "{\"names\":[\"x\"],\"action\":\"SCMP_ACT_ALLOW\",\"includes\":{\"caps\":[\"CAP_SYS_ADMIN\"]}},"
        + "{\"names\":[\"y\"],\"action\":\"SCMP_ACT_ALLOW\",\"excludes\":{\"caps\":[\"CAP_SYS_ADMIN\"]}},"
        + "{\"names\":[\"z\"],\"action\":\"SCMP_ACT_ALLOW\",\"includes\":{\"arches\":[\"s390x\"]}},"
        + "{\"names\":[\"k\"],\"action\":\"SCMP_ACT_ALLOW\",\"includes\":{\"minKernel\":\"4.8\"}}]}");
    assertThat(SeccompProfile.convert(p, List.of("CAP_SYS_ADMIN"), "amd64", "6.1.0").toString())
        .contains("[\"x\"]").doesNotContain("[\"y\"]").doesNotContain("[\"z\"]").contains("[\"k\"]");
    assertThat(SeccompProfile.convert(p, List.of(), "amd64", "4.4.0").toString())
        .doesNotContain("[\"x\"]").contains("[\"y\"]").doesNotContain("[\"k\"]");
  }

  @Test
  void archMapPicksTheHostsArchitecture() throws Exception {
    JsonNode p = json("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"archMap\":[{\"architecture\":\"SCMP_ARCH_AARCH64\","
        + "\"subArchitectures\":[\"SCMP_ARCH_ARM\"]},{\"architecture\":\"SCMP_ARCH_X86_64\",\"subArchitectures\":"
        + "[\"SCMP_ARCH_X86\",\"SCMP_ARCH_X32\"]}]}");
    assertThat(SeccompProfile.convert(p, List.of(), "amd64", "6.1").path("architectures").toString())
        .isEqualTo("[\"SCMP_ARCH_X86_64\",\"SCMP_ARCH_X86\",\"SCMP_ARCH_X32\"]");
  }

  @Test
  void emptyProfileIsNoFilter() throws Exception {
    assertThat(SeccompProfile.convert(json("{}"), List.of(), "amd64", "6.1")).isNull();
  }

  @Test
  void daemonErrors() {
    assertThatThrownBy(() -> SeccompProfile.fromJson("builtin", List.of())).isInstanceOf(SystemException.class)
        .hasMessage("Decoding seccomp profile failed: invalid character 'b' looking for beginning of value");
    assertThatThrownBy(() -> SeccompProfile.fromJson("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"architectures\":"
        + "[\"SCMP_ARCH_X32\"],\"archMap\":[{\"architecture\":\"SCMP_ARCH_X86_64\"}]}", List.of()))
        .hasMessageStartingWith("'architectures' and 'archMap' were specified");
    assertThatThrownBy(() -> SeccompProfile.fromJson("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":"
        + "[{\"name\":\"a\",\"names\":[\"b\"],\"action\":\"SCMP_ACT_ERRNO\"}]}", List.of()))
        .hasMessageStartingWith("'name' and 'names' were specified");
  }

  @Test
  void kernelVersions() {
    assertThat(SeccompProfile.kernelAtLeast("6.18.44-fc", "4.8")).isTrue();
    assertThat(SeccompProfile.kernelAtLeast("4.8-1-amd64", "4.8")).isTrue();
    assertThat(SeccompProfile.kernelAtLeast("4.4.0", "4.8")).isFalse();
  }
}
