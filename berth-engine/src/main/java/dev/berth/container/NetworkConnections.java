package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.events.Event;
import dev.berth.events.EventLog;
import dev.berth.network.Cidr;
import dev.berth.network.Endpoint;
import dev.berth.network.Network;
import dev.berth.network.NetworkConfig;
import dev.berth.network.NetworkService;
import dev.berth.runtime.BridgePlumbing;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code network connect} and {@code network disconnect} with the daemon's rules: a container that
 * does not run only has its networks' settings changed (checked against the networks that exist);
 * a running one gets (or loses) an endpoint at once, an interface {@code ethN} in its namespace on
 * the network's bridge, its line in /etc/hosts and a {@code network connect} / {@code disconnect}
 * event.
 */
public final class NetworkConnections {
  static final String CONFLICT_SHARED =
      "container sharing network namespace with another container or host cannot be connected to any other network";
  static final String CONFLICT_HOST = "container cannot be disconnected from host network or connected to host network";
  static final String CONFLICT_NONE =
      "container cannot be connected to multiple networks with one of the networks in private (none) mode";
  static final String IP_ON_PREDEFINED = "user specified IP address is supported on user defined networks only";
  static final String IP_WITHOUT_SUBNET =
      "user specified IP address is supported only when connecting to networks with user configured subnets";
  static final String ALIAS_ON_PREDEFINED = "network-scoped alias is supported only for containers in user defined networks";

  private final BerthStore store;
  private final ContainerLifecycle lifecycle;
  private final NetworkService networks;

  public NetworkConnections(BerthStore store, ContainerLifecycle lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.networks = new NetworkService(store);
  }

  private Optional<Network> tryFind(String term) {
    try {
      return Optional.of(networks.find(term));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private ContainerRecord container(String arg) {
    return lifecycle.reconcile(store.db().read(c -> ContainerService.find(c, arg)));
  }

  private String startedNetworkId(ContainerRecord r, JsonNode config) {
    boolean started = r.startedAt() != null && !r.startedAt().startsWith("0001-01-01");
    if (!started) {
      return "";
    }
    String name = ContainerConfigs.networkName(config);
    return store.db().read(c -> dev.berth.network.NetworkStore.byName(c, name)).map(Network::id).orElse("");
  }

  /** {@code POST /networks/{id}/connect}. */
  public void connect(String term, String containerArg, JsonNode endpointConfig) {
    ContainerRecord r = container(containerArg);
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(r.config());
    ObjectNode settings = ContainerNetworks.settings(endpointConfig);
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    if (!r.running()) {
      Optional<Network> n = tryFind(term);
      ObjectNode nets = ContainerNetworks.writeOut(config, startedNetworkId(r, config));
      if (n.isPresent()) {
        update(r, config, nets, n.get(), settings);
      } else {
        nets.set(term, settings);
      }
      save(r, config);
      return;
    }
    if (mode.startsWith("container:")) {
      throw new InvalidArgumentException(CONFLICT_SHARED);
    }
    if (term.equals("bridge")) {
      config.put("NetworkDisabled", true); // the daemon has no bridge to connect it to
      save(r, config);
      return;
    }
    Network n = networks.find(term);
    ObjectNode nets = ContainerNetworks.writeOut(config, startedNetworkId(r, config));
    boolean duplicate = update(r, config, nets, n, settings);
    String v4 = settings.path("IPAMConfig").path("IPv4Address").asText("");
    if (!v4.isEmpty() && !(Cidr.parseIp(v4) != null && !v4.contains(":"))) {
      throw new InvalidArgumentException("Invalid IPv4 address: " + v4 + ")"); // libnetwork's words
    }
    if (duplicate) {
      throw new BerthException(ErrorKind.FORBIDDEN,
          "endpoint with name " + r.name().replaceFirst("^/", "") + " already exists in network " + n.name());
    }
    settings.put("NetworkID", n.id());
    if (n.custom()) {
      attach(r, config, n, settings.path("IPAMConfig").path("IPv4Address").asText(""));
    }
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), config.toString());
      EventLog.append(c, Event.NETWORK, "connect", n.id(),
          Map.of("container", r.id(), "name", n.name(), "type", n.eventType()));
      return null;
    });
  }

  /** A running container's endpoint on {@code n}: address, hosts line, {@code ethN} in its namespace. */
  private void attach(ContainerRecord r, JsonNode config, Network n, String requested) {
    ContainerLifecycle.refusePublishedPorts(config);
    Endpoint e = store.db().write(c -> {
      Endpoint made = Endpoint.allocate(c, n, r.id(), requested);
      Endpoint.setConnectedId(c, r.id(), n.id(), dev.berth.content.RandomIds.id());
      return made;
    });
    try {
      String bridge = BridgePlumbing.bridgeName(n.id());
      BridgePlumbing.ensureBridge(bridge, e.gateway(), e.prefix());
      long pid = r.pid();
      BridgePlumbing.attach(pid, r.id(), n.id(), BridgePlumbing.nextInterface(pid), bridge, e.ip(), e.prefix(), e.mac(),
          BridgePlumbing.hasDefaultRoute(pid) ? null : e.gateway());
      lifecycle.serveDns(r.id(), pid); // a container connected to its first user network gets 127.0.0.11
      Files.writeString(hosts(r), e.ip() + "\t" + ContainerNetworks.hostname(r, config) + "\n",
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException ex) {
      BridgePlumbing.detach(r.id(), n.id());
      store.db().write(c -> {
        Endpoint.release(c, r.id(), n.id());
        return null;
      });
      throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
    }
  }

  private Path hosts(ContainerRecord r) {
    return lifecycle.dirs(r.id()).userdata().resolve("hosts");
  }

  /**
   * The daemon's {@code updateNetworkConfig}: a user network's endpoint gets the short ID and the
   * hostname as aliases; the settings are checked; the network joins the container's unless it is
   * there already (then {@code true}, nothing changed).
   */
  private boolean update(ContainerRecord r, JsonNode config, ObjectNode nets, Network n, ObjectNode settings) {
    if (n.custom()) {
      ArrayNode aliases = settings.path("Aliases").isArray() ? (ArrayNode) settings.get("Aliases") : settings.putArray("Aliases");
      for (String a : List.of(r.shortId(), ContainerNetworks.hostname(r, config))) {
        boolean has = false;
        for (JsonNode x : aliases) {
          has |= x.asText().equals(a);
        }
        if (!has) {
          aliases.add(a);
        }
      }
    }
    JsonNode ipam = settings.path("IPAMConfig");
    String v4 = ipam.path("IPv4Address").asText("");
    String v6 = ipam.path("IPv6Address").asText("");
    if (!n.custom()) {
      if (!v4.isEmpty() || !v6.isEmpty()) {
        throw new InvalidArgumentException(IP_ON_PREDEFINED);
      }
      if (settings.path("Aliases").isArray() && !settings.get("Aliases").isEmpty()) {
        throw new InvalidArgumentException(ALIAS_ON_PREDEFINED);
      }
    }
    if (n.custom()) {
      checkRequestedIp(n, v4, v6);
    }
    boolean hostMode = config.path("NetworkMode").asText("").equals("host");
    if (!hostMode && n.driver().equals("host")) {
      throw new InvalidArgumentException(CONFLICT_HOST);
    }
    List<String> names = new ArrayList<>();
    nets.fieldNames().forEachRemaining(names::add);
    for (String s : names) {
      String id = nets.path(s).path("NetworkID").asText("");
      Optional<Network> sn = tryFind(id.isEmpty() ? s : id);
      if (sn.isEmpty()) {
        continue;
      }
      if (sn.get().name().equals(n.name())) {
        return true;
      }
      if (sn.get().driver().equals("host") || n.driver().equals("host")) {
        throw new InvalidArgumentException(CONFLICT_SHARED);
      }
      if (sn.get().name().equals("none") || n.name().equals("none")) {
        throw new InvalidArgumentException(CONFLICT_NONE);
      }
    }
    nets.set(n.name(), settings);
    return false;
  }

  /** An address asked for on a user network needs a subnet the user configured (of its family). */
  static void checkRequestedIp(Network n, String v4, String v6) {
    NetworkConfig cfg = n.settings();
    if (!v4.isEmpty() && cfg.v4().stream().noneMatch(x -> !x.subnet().isEmpty())
        || !v6.isEmpty() && cfg.v6().stream().noneMatch(x -> !x.subnet().isEmpty())) {
      throw new InvalidArgumentException(IP_WITHOUT_SUBNET);
    }
  }

  /** {@code POST /networks/{id}/disconnect}. */
  public void disconnect(String term, String containerArg, boolean force) {
    Optional<Network> n;
    RuntimeException findError = null;
    try {
      n = Optional.of(networks.find(term));
    } catch (BerthException e) {
      n = Optional.empty();
      findError = e;
    }
    ContainerRecord r;
    try {
      r = container(containerArg);
    } catch (NotFoundException e) {
      if (!force) {
        throw e;
      }
      if (findError != null) {
        throw findError;
      }
      throw new NotFoundException("endpoint " + containerArg + " not found");
    }
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(r.config());
    ObjectNode nets = ContainerNetworks.writeOut(config, startedNetworkId(r, config));
    if (!r.running() || findError != null && force) {
      String name = n.map(Network::name).orElse(term);
      if (!nets.has(name)) {
        throw new SystemException("container " + r.id() + " is not connected to the network " + name);
      }
      nets.remove(name);
    } else if (findError == null) {
      Network net = n.get();
      if (config.path("NetworkMode").asText("").equals("host") && net.driver().equals("host")) {
        throw new InvalidArgumentException(CONFLICT_HOST);
      }
      boolean connected = net.custom()
          ? store.db().read(c -> Endpoint.of(c, r.id(), net.id())).isPresent()
          : nets.has(net.name());
      if (!connected) {
        throw new SystemException("container " + r.id() + " is not connected to network " + net.name());
      }
      if (net.custom()) {
        // the daemon leaves the container's hosts line of that network in place
        BridgePlumbing.detach(r.id(), net.id());
        if (!BridgePlumbing.hasDefaultRoute(r.pid())) {
          // the gateway moves to a network left, the first by name (libnetwork's endpoint order)
          store.db().read(c -> Endpoint.ofContainer(c, r.id())).stream()
              .filter(x -> !x.networkId().equals(net.id()))
              .min(java.util.Comparator.comparing((Endpoint x) -> networkName(x.networkId())))
              .ifPresent(x -> BridgePlumbing.defaultRouteVia(r.pid(), x.mac(), x.gateway()));
        }
      }
      nets.remove(net.name());
      store.db().write(c -> {
        Endpoint.release(c, r.id(), net.id());
        EventLog.append(c, Event.NETWORK, "disconnect", net.id(),
            Map.of("container", r.id(), "name", net.name(), "type", net.eventType()));
        return null;
      });
    } else {
      throw findError;
    }
    Optional<Network> logged = n;
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), config.toString());
      if (logged.isPresent()) {
        Network x = logged.get();
        EventLog.append(c, Event.NETWORK, "disconnect", x.id(),
            Map.of("container", r.id(), "name", x.name(), "type", x.eventType()));
      }
      return null;
    });
  }

  private String networkName(String id) {
    return tryFind(id).map(Network::name).orElse(id);
  }

  private void save(ContainerRecord r, ObjectNode config) {
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), config.toString());
      return null;
    });
  }
}
