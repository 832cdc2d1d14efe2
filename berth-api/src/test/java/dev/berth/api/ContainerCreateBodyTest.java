package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ContainerCreateBodyTest {
  @Test
  void theVolumeDriverIsKept() throws Exception {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"Image\":\"busybox\",\"HostConfig\":{\"VolumeDriver\":\"local\"}}");
    assertThat(Json.MAPPER.readTree(ContainerCreateBody.engineConfig(body)).path("HostOptions").path("VolumeDriver").asText())
        .isEqualTo("local");
  }

  @Test
  void aContainerJoinsOneNetworkAtCreation() throws Exception {
    ContainerCreateBody.checkEndpoints((ObjectNode) Json.MAPPER.readTree(
        "{\"NetworkingConfig\":{\"EndpointsConfig\":{\"net1\":{}}}}"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContainerCreateBody.checkEndpoints((ObjectNode) Json.MAPPER.readTree(
        "{\"NetworkingConfig\":{\"EndpointsConfig\":{\"net1\":{},\"net2\":{}}}}")))
        .isInstanceOf(dev.berth.errors.InvalidArgumentException.class)
        .hasMessage("Container cannot be connected to network endpoints: net1, net2");
  }

  @Test
  void devicesDnsAndExtraHostsAreKeptAsHostOptions() throws Exception {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"Image\":\"busybox\",\"HostConfig\":{"
        + "\"Devices\":[{\"PathOnHost\":\"/dev/zero\",\"PathInContainer\":\"/dev/nulo\",\"CgroupPermissions\":\"rwm\"}],"
        + "\"Dns\":[\"1.1.1.1\"],\"DnsSearch\":[],\"ExtraHosts\":[\"extra:1.2.3.4\"],\"CgroupParent\":\"test\","
        + "\"Links\":null}}");
    JsonNode host = Json.MAPPER.readTree(ContainerCreateBody.engineConfig(body))
        .path(dev.berth.container.HostSettings.CONFIG_KEY);
    assertThat(host.path("Devices").get(0).path("PathInContainer").asText()).isEqualTo("/dev/nulo");
    assertThat(host.path("Dns").toString()).isEqualTo("[\"1.1.1.1\"]");
    assertThat(host.path("ExtraHosts").toString()).isEqualTo("[\"extra:1.2.3.4\"]");
    assertThat(host.path("CgroupParent").asText()).isEqualTo("test");
    assertThat(host.has("DnsSearch")).isFalse();
    assertThat(host.has("Links")).isFalse();
  }

  @Test
  void theNetworksEndpointAliasesAreKept() throws Exception {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"Image\":\"busybox\",\"HostConfig\":{\"NetworkMode\":\"u\"},"
        + "\"NetworkingConfig\":{\"EndpointsConfig\":{\"u\":{\"Aliases\":[\"web\",\"www\"]}}}}");
    JsonNode config = Json.MAPPER.readTree(ContainerCreateBody.engineConfig(body));
    org.assertj.core.api.Assertions.assertThat(config.path("NetworkAliases").toString()).isEqualTo("[\"web\",\"www\"]");
  }
}
