package dev.berth.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.container.ContainerStore;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.events.Event;
import dev.berth.events.EventFilter;
import dev.berth.events.EventLog;
import dev.berth.image.Filters;
import dev.berth.store.StorePaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The predefined networks on a real store, with the daemon's texts (TestDockerNetwork* transcripts). */
class NetworkServiceTest {
  private static final String CID = "c".repeat(64);
  @TempDir Path dir;
  Engine engine;
  NetworkService networks;

  @BeforeEach
  void open() {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    networks = engine.networks();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private List<String> names(Filters f) {
    return networks.list(f).stream().map(Network::name).toList();
  }

  @Test
  void predefinedNetworksAreMadeOnceWithStableIds() {
    List<Network> first = networks.list(Filters.empty());
    assertThat(first).extracting(Network::name).containsExactly("none", "host");
    assertThat(first).extracting(Network::driver).containsExactly("null", "host");
    assertThat(first).allSatisfy(n -> assertThat(n.id()).matches("[0-9a-f]{64}"));
    engine.close();
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    assertThat(engine.networks().list(Filters.empty())).isEqualTo(first);
  }

  @Test
  void findByIdNameAndPrefix() {
    Network none = networks.find("none");
    assertThat(networks.find(none.id())).isEqualTo(none);
    assertThat(networks.find(none.id().substring(0, 5))).isEqualTo(none);
    assertThatThrownBy(() -> networks.find("nonexistent"))
        .isInstanceOf(NotFoundException.class).hasMessage("network nonexistent not found");
    assertThatThrownBy(() -> networks.find(""))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("network  is ambiguous (2 matches found based on ID prefix)");
  }

  @Test
  void listFiltersAsTheDaemon() {
    assertThat(names(Filters.ofArgs(List.of("name=on")))).containsExactly("none");
    assertThat(names(Filters.ofArgs(List.of("name=^h")))).containsExactly("host");
    assertThat(names(Filters.ofArgs(List.of("driver=null")))).containsExactly("none");
    assertThat(names(Filters.ofArgs(List.of("type=builtin")))).containsExactly("none", "host");
    assertThat(names(Filters.ofArgs(List.of("type=custom")))).isEmpty();
    assertThat(names(Filters.ofArgs(List.of("scope=swarm")))).isEmpty();
    assertThat(names(Filters.ofArgs(List.of("label=nonexistent")))).isEmpty();
    assertThat(names(Filters.ofArgs(List.of("dangling=true")))).isEmpty();
    assertThat(names(Filters.ofArgs(List.of("dangling=0")))).containsExactly("none", "host");
    assertThatThrownBy(() -> names(Filters.ofArgs(List.of("dangling=maybe"))))
        .hasMessage("invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
    assertThatThrownBy(() -> names(Filters.ofArgs(List.of("type=foo")))).hasMessage("invalid filter: 'type'='foo'");
    assertThatThrownBy(() -> names(Filters.ofArgs(List.of("foo=bar")))).hasMessage("Invalid filter 'foo'");
  }

  @Test
  void predefinedNetworksCannotBeRemovedOrCreated() {
    assertThatThrownBy(() -> networks.remove("none"))
        .isInstanceOf(BerthException.class).hasMessage("none is a pre-defined network and cannot be removed")
        .extracting(e -> ((BerthException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThatThrownBy(() -> networks.remove("bridge")).hasMessage("network bridge not found");
    assertThatThrownBy(() -> networks.create(req("default")))
        .hasMessage("operation is not permitted on predefined default network ");
  }

  private static ObjectNode req(String name) {
    return dev.berth.image.ImageConfig.MAPPER.createObjectNode().put("Name", name);
  }

  private static ObjectNode req(String name, String subnet) {
    ObjectNode r = req(name);
    r.putObject("IPAM").putArray("Config").addObject().put("Subnet", subnet);
    return r;
  }

  private String subnet(String name) {
    return networks.toJson(networks.find(name), false).at("/IPAM/Config/0/Subnet").asText();
  }

  @Test
  void createdNetworksGetPredefinedPoolsInTurnAndAreListedAsCustom() {
    Network a = networks.create(req("a"));
    networks.create(req("b"));
    assertThat(a.driver()).isEqualTo("bridge");
    assertThat(networks.toJson(a, false).at("/IPAM/Config/0/Gateway").asText()).isEqualTo("172.17.0.1");
    networks.remove("a");
    networks.create(req("c"));
    networks.create(req("d", "172.20.0.0/16"));
    networks.create(req("e"));
    assertThat(List.of(subnet("b"), subnet("c"), subnet("d"), subnet("e")))
        .containsExactly("172.18.0.0/16", "172.19.0.0/16", "172.20.0.0/16", "172.21.0.0/16");
    assertThat(names(Filters.ofArgs(List.of("type=custom")))).containsExactly("b", "c", "d", "e");
    assertThat(names(Filters.ofArgs(List.of("dangling=true")))).containsExactly("b", "c", "d", "e");
    assertThat(names(Filters.ofArgs(List.of("type=builtin")))).containsExactly("none", "host");
  }

  @Test
  void createRefusesDuplicatesOverlapsAndUnknownDrivers() {
    networks.create(req("t", "10.1.0.0/16"));
    assertThatThrownBy(() -> networks.create(req("t"))).hasMessage("network with name t already exists");
    assertThatThrownBy(() -> networks.create(req("u", "10.1.2.0/24")))
        .hasMessage("Pool overlaps with other one on this address space");
    assertThatThrownBy(() -> networks.create(req("u", "bad")))
        .hasMessage("Invalid subnet bad : invalid CIDR address: bad");
    assertThatThrownBy(() -> networks.create(req("u").put("Driver", "foo"))).hasMessage("plugin \"foo\" not found");
    assertThatThrownBy(() -> networks.create(req("u").put("Driver", "null")))
        .hasMessage("only one instance of \"null\" network is allowed");
    assertThatThrownBy(() -> networks.create(req("u", "10.2.0.0/31")))
        .hasMessage("failed to allocate gateway (): No available addresses on this pool");
  }

  @Test
  void endpointsTakeTheFirstFreeAddressAndGiveItBackOnRelease() {
    Network n = networks.create(req("u", "10.77.0.0/24"));
    Endpoint a = engine.store().db().write(c -> Endpoint.allocate(c, n, "a".repeat(64), ""));
    Endpoint b = engine.store().db().write(c -> Endpoint.allocate(c, n, "b".repeat(64), ""));
    assertThat(List.of(a.ip(), a.gateway(), a.mac(), Integer.toString(a.prefix())))
        .containsExactly("10.77.0.2", "10.77.0.1", "02:42:0a:4d:00:02", "24");
    assertThat(b.ip()).isEqualTo("10.77.0.3");
    engine.store().db().write(c -> {
      Endpoint.release(c, a.containerId());
      return null;
    });
    assertThat(engine.store().db().write(c -> Endpoint.allocate(c, n, "c".repeat(64), "")).ip()).isEqualTo("10.77.0.2");
    assertThatThrownBy(() -> engine.store().db().write(c -> Endpoint.allocate(c, n, "d".repeat(64), "10.77.0.3")))
        .hasMessage("Address already in use");
    assertThat(engine.store().db().write(c -> Endpoint.allocate(c, n, "d".repeat(64), "10.77.0.9")).ip())
        .isEqualTo("10.77.0.9");
  }

  @Test
  void pruneRemovesUnusedCustomNetworksByLabelAndLogsDestroy() {
    ObjectNode n1 = req("n1");
    n1.putObject("Labels").put("keep", "");
    networks.create(n1);
    networks.create(req("n2"));
    assertThat(networks.prune(Filters.ofArgs(List.of("label!=keep")))).containsExactly("n2");
    assertThat(networks.prune(Filters.ofArgs(List.of("until=2999-01-01T00:00:00Z")))).containsExactly("n1");
    assertThat(networks.prune(Filters.empty())).isEmpty();
    assertThatThrownBy(() -> networks.prune(Filters.ofArgs(List.of("foo=bar")))).hasMessage("Invalid filter 'foo'");
  }

  @Test
  void startAndDieWriteNetworkEventsAndTheEndpointShowsWhileRunning() {
    ContainerRecord created = new ContainerRecord(CID, "web", "sha256:" + "a".repeat(64), "busybox", 1L,
        ContainerState.CREATED, 0, 0, null, null, "{\"NetworkMode\":\"none\"}");
    ContainerRecord running = created.withState(ContainerState.RUNNING, 42, 0, "2026-11-28T20:00:00.000000001Z", null);
    engine.store().db().write(c -> {
      ContainerStore.insert(c, created);
      EventLog.stateChange(c, running);
      ContainerStore.updateState(c, running);
      return null;
    });
    Network none = networks.find("none");
    ObjectNode inspect = new dev.berth.container.ContainerInspector(engine.store()).inspect(CID);
    assertThat(inspect.at("/NetworkSettings/Networks/none/NetworkID").asText()).isEqualTo(none.id());
    assertThat(inspect.at("/NetworkSettings/Networks/none/EndpointID").asText()).matches("[0-9a-f]{64}");
    assertThat(networks.toJson(none, true).path("Containers").path(CID).path("Name").asText()).isEqualTo("web");

    ContainerRecord exited = running.withState(ContainerState.EXITED, 0, 3, running.startedAt(), "2026-11-28T20:00:01Z");
    engine.store().db().write(c -> {
      EventLog.stateChange(c, exited);
      ContainerStore.updateState(c, exited);
      return null;
    });
    List<Event> events = new EventLog(engine.store()).history(0L, null, EventFilter.none()).events();
    assertThat(events).extracting(e -> e.type() + " " + e.action())
        .containsExactly("network connect", "container start", "container die", "network disconnect");
    assertThat(events.getFirst().actorId()).isEqualTo(none.id());
    assertThat(events.getFirst().attributes()).isEqualTo(Map.of("container", CID, "name", "none", "type", "null"));
    ObjectNode stopped = new dev.berth.container.ContainerInspector(engine.store()).inspect(CID);
    assertThat(stopped.at("/NetworkSettings/Networks/none/NetworkID").asText()).isEqualTo(none.id());
    assertThat(stopped.at("/NetworkSettings/Networks/none/EndpointID").asText()).isEmpty();
    assertThat(stopped.at("/NetworkSettings/SandboxID").asText()).matches("[0-9a-f]{64}");
    assertThat(networks.toJson(none, true).path("Containers").size()).isZero();
  }

  @Test
  void endpointIdsDifferPerStart() {
    assertThat(Endpoints.endpointId(CID, "t1")).isNotEqualTo(Endpoints.endpointId(CID, "t2"))
        .isNotEqualTo(Endpoints.sandboxId(CID, "t1"));
    assertThat(Endpoints.sandboxKey("host", Endpoints.sandboxId(CID, "t1"))).isEqualTo("/var/run/docker/netns/default");
    assertThat(Endpoints.sandboxKey("none", "0123456789abcdef")).isEqualTo("/var/run/docker/netns/0123456789ab");
  }
}
