package dev.berth.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.container.ContainerStore;
import dev.berth.errors.BerthException;
import dev.berth.events.Event;
import dev.berth.events.EventLog;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.Filters;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageService;
import dev.berth.image.Labels;
import dev.berth.store.BerthStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The daemon's network API: list with filters, find by ID, name or ID prefix, create (bridge
 * networks with the default IPAM), remove, prune, the JSON of {@code GET /networks/{id}}.
 */
public final class NetworkService {
  private static final Set<String> LIST_FILTERS = Set.of("driver", "type", "name", "id", "label", "scope", "dangling");
  private final BerthStore store;

  public NetworkService(BerthStore store) {
    this.store = store;
  }

  /** {@code GET /networks}: the daemon's filters ({@code name}, {@code id} as unanchored regexps). */
  public List<Network> list(Filters filters) {
    filters.validate(LIST_FILTERS);
    List<String> dangling = filters.get("dangling");
    boolean danglingOnly = false;
    if (!dangling.isEmpty()) {
      if (dangling.size() > 1) {
        throw new InvalidArgumentException("got more than one value for filter key \"dangling\"");
      }
      danglingOnly = switch (dangling.getFirst()) {
        case "0", "false" -> false;
        case "1", "true" -> true;
        default -> throw new InvalidArgumentException(
            "invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
      };
    }
    List<Network> out = new ArrayList<>();
    for (Network n : NetworkStore.all(store)) {
      if (filters.has("driver") && !filters.get("driver").contains(n.driver())
          || filters.has("name") && !matchesAny(filters.get("name"), n.name())
          || filters.has("id") && !matchesAny(filters.get("id"), n.id())
          || filters.has("label") && !Labels.matchAll(n.settings().labels(), filters.get("label"))
          || filters.has("scope") && !filters.get("scope").contains(Network.SCOPE)) {
        continue;
      }
      // dangling: a user-defined network with no containers in the list's resources, which the daemon
      // fills only for a verbose list: so every user-defined network, even one a container is on
      if (dangling.isEmpty() || danglingOnly == n.custom()) {
        out.add(n);
      }
    }
    if (filters.has("type")) {
      List<Network> typed = new ArrayList<>();
      for (String t : filters.get("type")) {
        switch (t) {
          case "builtin" -> out.stream().filter(n -> !n.custom()).forEach(typed::add);
          case "custom" -> out.stream().filter(Network::custom).forEach(typed::add);
          default -> throw new BerthException(ErrorKind.SYSTEM, "invalid filter: 'type'='" + t + "'");
        }
      }
      out = typed;
    }
    return out;
  }

  /** Go's {@code filters.Match}: equal, or the value as a regular expression found in the source. */
  private static boolean matchesAny(List<String> values, String source) {
    for (String v : values) {
      if (v.equals(source)) {
        return true;
      }
      try {
        if (Pattern.compile(v).matcher(source).find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        // the daemon skips a value that is not a valid expression
      }
    }
    return false;
  }

  /** The daemon's lookup: full ID, then exact name, then unique ID prefix. */
  public Network find(String term) {
    List<Network> all = NetworkStore.all(store);
    List<Network> byName = new ArrayList<>();
    List<Network> byPrefix = new ArrayList<>();
    for (Network n : all) {
      if (n.id().equals(term)) {
        return n;
      }
      if (n.name().equals(term)) {
        byName.add(n);
      }
      if (n.id().startsWith(term)) {
        byPrefix.add(n);
      }
    }
    if (byName.size() == 1) {
      return byName.getFirst();
    }
    if (byPrefix.size() == 1) {
      return byPrefix.getFirst();
    }
    if (byPrefix.size() > 1) {
      throw new InvalidArgumentException(
          "network " + term + " is ambiguous (" + byPrefix.size() + " matches found based on ID prefix)");
    }
    throw new NotFoundException("network " + term + " not found");
  }

  /** {@code DELETE /networks/{id}}: predefined networks and networks a container is on stay. */
  public void remove(String term) {
    Network n = find(term);
    if (!n.custom()) {
      throw new BerthException(ErrorKind.FORBIDDEN, n.name() + " is a pre-defined network and cannot be removed");
    }
    if (!attached(n).isEmpty()) {
      throw new BerthException(ErrorKind.FORBIDDEN,
          "error while removing network: network " + n.name() + " id " + n.id() + " has active endpoints");
    }
    dev.berth.runtime.BridgePlumbing.removeBridge(dev.berth.runtime.BridgePlumbing.bridgeName(n.id()));
    store.db().write(c -> {
      NetworkStore.delete(c, n.id());
      EventLog.append(c, Event.NETWORK, "destroy", n.id(), Map.of("name", n.name(), "type", n.eventType()));
      return null;
    });
  }

  /** {@code POST /networks/prune}: the user-defined networks no container is on, as filtered; their names. */
  public List<String> prune(Filters filters) {
    filters.validate(Set.of("label", "label!", "until"));
    Long until = null;
    if (filters.has("until")) {
      List<String> v = filters.get("until");
      if (v.size() > 1) {
        throw new dev.berth.errors.SystemException("more than one until filter specified");
      }
      until = dev.berth.image.TimeFilter.parse(v.get(0), BerthStore.nowNs());
    }
    List<String> deleted = new ArrayList<>();
    for (Network n : NetworkStore.all(store)) {
      Map<String, String> labels = n.settings().labels();
      if (!n.custom() || n.settings().configOnly() || until != null && n.createdNs() > until
          || filters.has("label") && !Labels.matchAll(labels, filters.get("label"))
          || filters.has("label!") && Labels.matchAny(labels, filters.get("label!"))
          || !attached(n).isEmpty()) {
        continue;
      }
      try {
        remove(n.id());
        deleted.add(n.name());
      } catch (NotFoundException e) {
        // removed meanwhile by another process
      }
    }
    EventLog.write(store, c -> EventLog.append(c, Event.NETWORK, "prune", "", Map.of("reclaimed", "0")));
    return deleted;
  }

  /**
   * {@code POST /networks/create}: the daemon's checks in its order (predefined name, name in use,
   * scope, subnets, driver), then the default IPAM's pools and gateways; logs {@code create}.
   */
  public Network create(JsonNode req) {
    String name = req.path("Name").asText("");
    if (NetworkStore.isPredefined(name)) {
      throw new BerthException(ErrorKind.FORBIDDEN, "operation is not permitted on predefined " + name + " network ");
    }
    NetworkStore.all(store); // the predefined rows first: they are older than any user network
    String driver = req.path("Driver").asText("");
    String d = driver.isEmpty() ? "bridge" : driver;
    DefaultIpam ipam = DefaultIpam.ofHost();
    Network[] made = new Network[1];
    BerthException failed = store.db().write(c -> {
      if (NetworkStore.byName(c, name).isPresent()) {
        return new BerthException(ErrorKind.CONFLICT, "network with name " + name + " already exists");
      }
      NetworkConfig cfg;
      try {
        cfg = requested(req);
      } catch (BerthException e) {
        return e;
      }
      if (req.path("Scope").asText("").equals("swarm")) {
        return new BerthException(ErrorKind.FORBIDDEN, "cannot create a swarm scoped network when swarm is not active");
      }
      switch (d) {
        case "bridge" -> { }
        case "null", "host" -> {
          return new BerthException(ErrorKind.FORBIDDEN, "only one instance of \"" + d + "\" network is allowed");
        }
        case "macvlan", "ipvlan", "overlay" -> {
          return new NotSupportedException("network driver " + d);
        }
        default -> {
          return new NotFoundException("plugin \"" + d + "\" not found");
        }
      }
      if (cfg.ingress()) {
        return new BerthException(ErrorKind.FORBIDDEN, "Ingress network can only be global scope network");
      }
      if (!cfg.ipamDriver().equals("default")) {
        return cfg.ipamDriver().equals("null")
            ? new BerthException(ErrorKind.FORBIDDEN, "ipv4 pool is empty")
            : new NotFoundException("plugin \"" + cfg.ipamDriver() + "\" not found");
      }
      List<Cidr> taken4 = new ArrayList<>();
      List<Cidr> taken6 = new ArrayList<>();
      for (Network n : NetworkStore.all(c)) {
        for (NetworkConfig.Pool p : n.settings().v4Pools()) {
          taken4.add(Cidr.parse(p.subnet()));
        }
        for (NetworkConfig.Pool p : n.settings().v6Pools()) {
          taken6.add(Cidr.parse(p.subnet()));
        }
      }
      List<NetworkConfig.Pool> v4 = new ArrayList<>();
      List<NetworkConfig.Pool> v6 = new ArrayList<>();
      try {
        if (!cfg.configOnly()) {
          if (cfg.v4().isEmpty()) {
            int start = NetworkStore.ipamTurn(c, LOCAL_SPACE);
            DefaultIpam.Given g;
            try {
              g = ipam.predefined(start, taken4);
            } catch (DefaultIpam.Failure f) {
              NetworkStore.setIpamTurn(c, LOCAL_SPACE, f.startIndex());
              return f;
            }
            NetworkStore.setIpamTurn(c, LOCAL_SPACE, g.startIndex());
            v4.add(new NetworkConfig.Pool(g.pool().canonical(), DefaultIpam.gateway(g.pool(), "", "")));
          }
          for (NetworkConfig.IpamConf conf : cfg.v4()) {
            Cidr pool = Cidr.parse(conf.subnet());
            DefaultIpam.checkRequested(pool, taken4);
            taken4.add(pool);
            v4.add(new NetworkConfig.Pool(pool.canonical(), DefaultIpam.gateway(pool, conf.ipRange(), conf.gateway())));
          }
          if (cfg.enableIPv6() && cfg.v6().isEmpty()) {
            return new BerthException(ErrorKind.NOT_FOUND,
                "could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network");
          }
          for (NetworkConfig.IpamConf conf : cfg.v6()) {
            Cidr pool = Cidr.parse(conf.subnet());
            DefaultIpam.checkRequested(pool, taken6);
            taken6.add(pool);
            v6.add(new NetworkConfig.Pool(conf.subnet(), DefaultIpam.gateway(pool, conf.ipRange(), conf.gateway())));
          }
          if (v4.size() > 1) {
            return new BerthException(ErrorKind.FORBIDDEN, "bridge driver doesn't support multiple subnets");
          }
        }
      } catch (BerthException e) {
        return e;
      }
      NetworkConfig full = new NetworkConfig(cfg.enableIPv6(), cfg.internal(), cfg.attachable(), cfg.ingress(),
          cfg.configOnly(), cfg.configFrom(), cfg.options(), cfg.labels(), cfg.ipamDriver(), cfg.ipamOptions(),
          cfg.v4(), cfg.v6(), v4, v6);
      Network n = new Network(NetworkStore.randomId(), name, d, BerthStore.nowNs(), full.toJson());
      NetworkStore.insert(c, n);
      if (!cfg.configOnly()) {
        EventLog.append(c, Event.NETWORK, "create", n.id(), Map.of("name", name, "type", d));
      }
      made[0] = n;
      return null;
    });
    if (failed != null) {
      throw failed;
    }
    return made[0];
  }

  /** The address space of local networks. */
  static final String LOCAL_SPACE = "LocalDefault";

  /** A create request's settings; a subnet that is no CIDR fails as the daemon's {@code getIpamConfig}. */
  static NetworkConfig requested(JsonNode req) {
    JsonNode ipam = req.path("IPAM");
    List<NetworkConfig.IpamConf> v4 = new ArrayList<>();
    List<NetworkConfig.IpamConf> v6 = new ArrayList<>();
    for (JsonNode c : ipam.path("Config")) {
      String subnet = c.path("Subnet").asText("");
      NetworkConfig.IpamConf conf = new NetworkConfig.IpamConf(subnet, c.path("IPRange").asText(""),
          c.path("Gateway").asText(""), NetworkConfig.map(c.get("AuxiliaryAddresses")));
      Cidr cidr;
      try {
        cidr = Cidr.parse(subnet);
      } catch (IllegalArgumentException e) {
        throw new InvalidArgumentException("Invalid subnet " + subnet + " : " + e.getMessage());
      }
      (cidr.v4() ? v4 : v6).add(conf);
    }
    String ipamDriver = ipam.path("Driver").asText("");
    Map<String, String> options = NetworkConfig.map(req.get("Options"));
    Map<String, String> labels = NetworkConfig.map(req.get("Labels"));
    return new NetworkConfig(req.path("EnableIPv6").asBoolean(), req.path("Internal").asBoolean(),
        req.path("Attachable").asBoolean(), req.path("Ingress").asBoolean(), req.path("ConfigOnly").asBoolean(),
        req.path("ConfigFrom").path("Network").asText(""), options == null ? Map.of() : options,
        labels == null ? Map.of() : labels, ipamDriver.isEmpty() ? "default" : ipamDriver,
        NetworkConfig.map(ipam.get("Options")), v4, v6, List.of(), List.of());
  }

  /** {@code POST /networks/{id}/connect} and {@code /disconnect}: only the daemon's refusals berth can give. */
  public void connect(String term, String container, boolean connect) {
    store.db().read(c -> dev.berth.container.ContainerService.find(c, container));
    Network n = find(term);
    if (n.name().equals("host") && connect) {
      throw new BerthException(ErrorKind.FORBIDDEN,
          "container cannot be disconnected from host network or connected to host network");
    }
    throw new NotSupportedException(connect ? "network connect" : "network disconnect");
  }

  /** The containers whose endpoint is on {@code n} now: running or paused ones in its mode. */
  public List<ContainerRecord> attached(Network n) {
    List<ContainerRecord> out = new ArrayList<>();
    for (ContainerRecord r : store.db().read(ContainerStore::all)) {
      if ((r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED)
          && dev.berth.container.ContainerNetworks.names(ContainerConfigs.parse(r.config())).contains(n.name())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The daemon's JSON of a network ({@code GET /networks/{id}}, {@code network inspect}). */
  public ObjectNode toJson(Network n, boolean withContainers) {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("Name", n.name());
    o.put("Id", n.id());
    o.put("Created", ImageService.rfc3339Nano(n.createdNs()));
    o.put("Scope", Network.SCOPE);
    o.put("Driver", n.driver());
    NetworkConfig cfg = n.settings();
    o.put("EnableIPv6", cfg.enableIPv6());
    ObjectNode ipam = o.putObject("IPAM");
    ipam.put("Driver", cfg.ipamDriver());
    if (cfg.ipamOptions() == null) {
      ipam.putNull("Options");
    } else {
      ObjectNode opts = ipam.putObject("Options");
      new java.util.TreeMap<>(cfg.ipamOptions()).forEach(opts::put);
    }
    var configs = ipam.putArray("Config");
    for (NetworkConfig.IpamConf c : cfg.shownConfig()) {
      ObjectNode e = configs.addObject();
      e.put("Subnet", c.subnet());
      if (!c.ipRange().isEmpty()) {
        e.put("IPRange", c.ipRange());
      }
      if (!c.gateway().isEmpty()) {
        e.put("Gateway", c.gateway());
      }
      if (c.aux() != null && !c.aux().isEmpty()) {
        ObjectNode aux = e.putObject("AuxiliaryAddresses");
        new java.util.TreeMap<>(c.aux()).forEach(aux::put);
      }
    }
    o.put("Internal", cfg.internal());
    o.put("Attachable", cfg.attachable());
    o.put("Ingress", cfg.ingress());
    o.putObject("ConfigFrom").put("Network", cfg.configFrom());
    o.put("ConfigOnly", cfg.configOnly());
    ObjectNode containers = o.putObject("Containers");
    if (withContainers) {
      List<ContainerRecord> sorted = new ArrayList<>(attached(n));
      sorted.sort(java.util.Comparator.comparing(ContainerRecord::id)); // Go's map order
      for (ContainerRecord r : sorted) {
        ObjectNode e = containers.putObject(r.id());
        e.put("Name", r.name());
        e.put("EndpointID", dev.berth.container.ContainerInspector.endpointIdOf(store, r, n.id()));
        Optional<Endpoint> ep = n.custom() ? store.db().read(c -> Endpoint.of(c, r.id(), n.id())) : Optional.empty();
        e.put("MacAddress", ep.map(Endpoint::mac).orElse(""));
        e.put("IPv4Address", ep.map(x -> x.ip() + "/" + x.prefix()).orElse(""));
        e.put("IPv6Address", "");
      }
    }
    ObjectNode options = o.putObject("Options");
    new java.util.TreeMap<>(cfg.options()).forEach(options::put);
    ObjectNode labels = o.putObject("Labels");
    new java.util.TreeMap<>(cfg.labels()).forEach(labels::put);
    return o;
  }
}
