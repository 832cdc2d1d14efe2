package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hosts line of a container on a user network (TestDockerNetworkAnonymousEndpoint). */
class ContainerLifecycleHostsTest {
  @Test
  void theHostnameDefaultsToTheShortId() {
    String id = "0123456789ab".repeat(5) + "cdef";
    assertThat(ContainerLifecycle.userNetworkHostsLine(id, ContainerConfigs.parse("{}"), "10.1.0.2"))
        .isEqualTo("10.1.0.2\t0123456789ab\n");
    assertThat(ContainerLifecycle.userNetworkHostsLine(id, ContainerConfigs.parse("{\"Hostname\":\"h1\"}"), "10.1.0.2"))
        .isEqualTo("10.1.0.2\th1\n");
  }
}
