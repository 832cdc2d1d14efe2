package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.image.ImageConfig;
import dev.berth.store.StorePaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connect and disconnect of containers that do not run (settings only), with the daemon's texts. */
class NetworkConnectionsTest {
  private static final String CID = "c".repeat(64);
  @TempDir Path dir;
  Engine engine;
  NetworkConnections connections;

  @BeforeEach
  void open() {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    connections = engine.connections();
    ObjectNode net = ImageConfig.MAPPER.createObjectNode().put("Name", "n1");
    net.putObject("IPAM").putArray("Config").addObject().put("Subnet", "10.250.0.0/24");
    engine.networks().create(net);
    engine.networks().create(ImageConfig.MAPPER.createObjectNode().put("Name", "n2"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void container(String mode) {
    ContainerRecord created = new ContainerRecord(CID, "web", "sha256:" + "a".repeat(64), "busybox", 1L,
        ContainerState.CREATED, 0, 0, null, null, "{\"NetworkMode\":\"" + mode + "\"}");
    engine.store().db().write(c -> {
      ContainerStore.insert(c, created);
      return null;
    });
  }

  private JsonNode networks() {
    return new ContainerInspector(engine.store()).inspect(CID).path("NetworkSettings").path("Networks");
  }

  private static JsonNode endpoint(String json) {
    return ContainerConfigs.parse(json);
  }

  @Test
  void aCreatedContainerKeepsTheSettingsAndGetsItsShortIdAsAlias() {
    container("default");
    connections.connect("n1", "web", endpoint("{\"IPAMConfig\":{\"IPv4Address\":\"10.250.0.9\"},\"Aliases\":[\"db\"],\"DriverOpts\":{}}"));
    JsonNode n1 = networks().path("n1");
    assertThat(networks().has("bridge")).isTrue();
    assertThat(n1.path("IPAMConfig").toString()).isEqualTo("{\"IPv4Address\":\"10.250.0.9\"}");
    assertThat(n1.path("Aliases").toString()).isEqualTo("[\"db\",\"ccccccccccccc\"]".replace("ccccccccccccc", CID.substring(0, 12)));
    assertThat(n1.path("Links").isNull()).isTrue();
    assertThat(n1.path("EndpointID").asText()).isEmpty();
    connections.connect("n1", "web", endpoint("{\"Aliases\":[\"other\"]}")); // already there: nothing changes
    assertThat(networks().path("n1").path("Aliases").get(0).asText()).isEqualTo("db");
    assertThat(engine.networks().toJson(engine.networks().find("n1"), true).path("Containers").isEmpty()).isTrue();
  }

  @Test
  void theDaemonsRefusals() {
    container("none");
    assertThatThrownBy(() -> connections.connect("n1", "web", null)).hasMessage(NetworkConnections.CONFLICT_NONE);
    assertThatThrownBy(() -> connections.connect("host", "web", null)).hasMessage(NetworkConnections.CONFLICT_HOST);
    assertThatThrownBy(() -> connections.connect("n1", "nope", null)).hasMessage("No such container: nope");
    connections.disconnect("none", "web", false);
    assertThatThrownBy(() -> connections.connect("n2", "web", endpoint("{\"IPAMConfig\":{\"IPv4Address\":\"10.1.1.1\"}}")))
        .hasMessage(NetworkConnections.IP_WITHOUT_SUBNET);
    assertThatThrownBy(() -> connections.connect("none", "web", endpoint("{\"Aliases\":[\"x\"]}")))
        .hasMessage(NetworkConnections.ALIAS_ON_PREDEFINED);
    assertThatThrownBy(() -> connections.disconnect("n2", "web", false))
        .hasMessage("container " + CID + " is not connected to the network n2");
    assertThatThrownBy(() -> connections.disconnect("nope", "web", false)) // not running: its settings only
        .hasMessage("container " + CID + " is not connected to the network nope");
    assertThat(networks().isEmpty()).isTrue();
  }

  @Test
  void anUnknownNetworkIsKeptByNameAndAForcedDisconnectRemovesIt() {
    container("n2");
    connections.connect("later", "web", endpoint("{\"Aliases\":[]}"));
    assertThat(ContainerNetworks.names(ContainerConfigs.parse(
        engine.store().db().read(c -> ContainerStore.byId(c, CID)).orElseThrow().config()))).containsExactly("n2", "later");
    connections.disconnect("later", "web", true);
    assertThat(List.copyOf(iterable(networks()))).containsExactly("n2");
  }

  @Test
  void theCreateTimeNetworkIsWrittenOutAsInspectShowsIt() {
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(
        "{\"NetworkMode\":\"n1\",\"NetworkAliases\":[\"a\"],\"EndpointIPAMConfig\":{\"IPv4Address\":\"10.0.0.3\"}}");
    ContainerNetworks.writeOut(config, "id1");
    JsonNode n1 = config.path(ContainerNetworks.FIELD).path("n1");
    assertThat(n1.path("Aliases").toString()).isEqualTo("[\"a\"]");
    assertThat(n1.path("IPAMConfig").toString()).isEqualTo("{\"IPv4Address\":\"10.0.0.3\"}");
    assertThat(n1.path("NetworkID").asText()).isEqualTo("id1");
    ObjectNode joined = (ObjectNode) ContainerConfigs.parse("{\"NetworkMode\":\"container:x\"}");
    assertThat(ContainerNetworks.writeOut(joined, "").isEmpty()).isTrue();
    assertThat(ContainerNetworks.names(ContainerConfigs.parse("{\"NetworkMode\":\"default\"}"))).containsExactly("bridge");
  }

  @Test
  void requestedAddressesAreChecked() {
    HostExtras.checkAddresses("172.28.99.88", "2001:db8::1");
    assertThatThrownBy(() -> HostExtras.checkAddresses("mynet_ip", "")).hasMessage("invalid IPv4 address: mynet_ip");
    assertThatThrownBy(() -> HostExtras.checkAddresses("", "172.28.99.99")).hasMessage("invalid IPv6 address: 172.28.99.99");
    assertThatThrownBy(() -> HostExtras.checkAddresses("", "::ffff:172.28.99.99"))
        .hasMessage("invalid IPv6 address: ::ffff:172.28.99.99");
  }

  private static List<String> iterable(JsonNode o) {
    List<String> out = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
