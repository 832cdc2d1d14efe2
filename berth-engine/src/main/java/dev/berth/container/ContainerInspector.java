package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.GoContainerConfig;
import dev.berth.image.ImageConfig;
import dev.berth.store.BerthStore;
import dev.berth.volume.MountPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;

/** {@code GET /containers/{id}/json} in Docker's field order (cli-format Appendix B). */
public final class ContainerInspector {
  private static final String ZERO_TIME = "0001-01-01T00:00:00Z";
  private final BerthStore store;

  public ContainerInspector(BerthStore store) {
    this.store = store;
  }

  public ObjectNode inspect(String arg) {
    return inspect(arg, false);
  }

  /** With {@code size}: also {@code SizeRw} (the writable layer) and {@code SizeRootFs} (with the image). */
  public ObjectNode inspect(String arg, boolean size) {
    ContainerRecord r = store.db().read(c -> ContainerService.find(c, arg));
    return inspect(r, size);
  }

  public ObjectNode inspect(ContainerRecord r) {
    return inspect(r, false);
  }

  public ObjectNode inspect(ContainerRecord r, boolean size) {
    JsonNode config = ContainerConfigs.parse(r.config());
    Path dir = store.paths().container(r.id());
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    out.put("Id", r.id());
    out.put("Created", rfc3339(r.createdNs()));
    out.put("Path", config.path("Path").asText(""));
    out.set("Args", config.path("Args").isArray() ? config.get("Args") : ImageConfig.MAPPER.createArrayNode());
    ObjectNode state = out.putObject("State");
    state.put("Status", r.state().apiName());
    state.put("Running", r.running()); // restarting counts as running, as in the daemon
    state.put("Paused", r.state() == ContainerState.PAUSED);
    state.put("Restarting", r.state() == ContainerState.RESTARTING);
    state.put("OOMKilled", OomKilled.is(store.paths().container(r.id())));
    state.put("Dead", r.state() == ContainerState.DEAD);
    state.put("Pid", r.running() ? r.pid() : 0);
    state.put("ExitCode", r.exitCode());
    state.put("Error", StartError.read(dir));
    state.put("StartedAt", r.startedAt() == null ? ZERO_TIME : r.startedAt());
    state.put("FinishedAt", r.finishedAt() == null ? ZERO_TIME : r.finishedAt());
    HealthState.read(dir).ifPresent(h -> state.set("Health", h.toJson()));
    out.put("Image", r.imageId());
    // the daemon sets these paths when it first tries to start the container (files made then)
    boolean startTried = java.nio.file.Files.exists(dir.resolve("userdata").resolve("hostname"));
    out.put("ResolvConfPath", startTried ? dir.resolve("resolv.conf").toString() : "");
    out.put("HostnamePath", startTried ? dir.resolve("hostname").toString() : "");
    out.put("HostsPath", startTried ? dir.resolve("hosts").toString() : "");
    out.put("LogPath", startTried ? dir.resolve(r.id() + "-json.log").toString() : "");
    out.put("Name", "/" + r.name());
    out.put("RestartCount", RestartState.read(dir).count());
    out.put("Driver", "vfs");
    out.put("Platform", "linux");
    out.put("MountLabel", "");
    out.put("ProcessLabel", "");
    out.put("AppArmorProfile", SecurityOptions.of(config).appArmorProfile());
    List<String> execs = r.running() ? LiveExecs.list(dir) : List.of();
    if (execs.isEmpty()) {
      out.putNull("ExecIDs");
    } else {
      execs.forEach(out.putArray("ExecIDs")::add);
    }
    ObjectNode hostConfig = hostConfig(config);
    List<String> links = store.db().read(c -> Links.hostConfigLinks(c, r.id()));
    if (links != null) {
      ArrayNode a = hostConfig.putArray("Links"); // in place of the null
      links.forEach(a::add);
    }
    out.set("HostConfig", hostConfig);
    ObjectNode driver = out.putObject("GraphDriver");
    driver.putNull("Data");
    driver.put("Name", "vfs");
    if (size) {
      long rw = dev.berth.volume.DirectorySize.of(dev.berth.runtime.RootFs.upper(dir));
      out.put("SizeRw", rw);
      out.put("SizeRootFs", rw + store.db().read(c -> dev.berth.image.ImageStore.ownerSize(c, "c:" + r.id())));
    }
    ArrayNode mounts = out.putArray("Mounts");
    for (MountPoint m : MountPoint.of(config)) {
      mounts.add(mountJson(m));
    }
    out.set("Config", userConfig(r, config));
    out.set("NetworkSettings", networkSettings(r, config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT), config));
    return out;
  }

  /**
   * The container's {@code Config} as the daemon reports it (and commits it): the hostname
   * defaults to the short ID; rows written before the attach flags were recorded attach stdout
   * and stderr, as {@code docker create} does.
   */
  public static ObjectNode userConfig(ContainerRecord r, JsonNode config) {
    ObjectNode userConfig = (ObjectNode) config.deepCopy();
    if (userConfig.path("Hostname").asText("").isEmpty()) {
      userConfig.put("Hostname", r.id().substring(0, 12));
    }
    if (!userConfig.has("AttachStdout")) {
      userConfig.put("AttachStdout", true);
      userConfig.put("AttachStderr", true);
    }
    return GoContainerConfig.of(userConfig);
  }

  private static ObjectNode hostConfig(JsonNode config) {
    ObjectNode h = ImageConfig.MAPPER.createObjectNode();
    JsonNode host = HostSettings.of(config);
    if (config.path("Binds").isArray() && !config.path("Binds").isEmpty()) {
      h.set("Binds", config.get("Binds"));
    } else {
      h.putNull("Binds");
    }
    h.put("ContainerIDFile", host.path("ContainerIDFile").asText(""));
    h.set("LogConfig", HostSettings.logConfig(host));
    h.put("NetworkMode", config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT));
    h.set("PortBindings", host.path("PortBindings").isObject() ? host.get("PortBindings")
        : ImageConfig.MAPPER.createObjectNode());
    h.set("RestartPolicy", HostSettings.restartPolicy(host));
    h.put("AutoRemove", config.path("AutoRemove").asBoolean(false));
    h.put("VolumeDriver", host.path("VolumeDriver").asText(""));
    h.set("VolumesFrom", HostSettings.nullableArray(host.get("VolumesFrom")));
    h.set("CapAdd", HostSettings.nullableArray(host.get("CapAdd")));
    h.set("CapDrop", HostSettings.nullableArray(host.get("CapDrop")));
    h.put("CgroupnsMode", host.path("CgroupnsMode").asText("").isEmpty() ? "host" : host.get("CgroupnsMode").asText());
    for (String f : new String[] {"Dns", "DnsOptions", "DnsSearch"}) {
      h.set(f, host.path(f).isArray() ? host.get(f) : ImageConfig.MAPPER.createArrayNode());
    }
    h.set("ExtraHosts", HostSettings.nullableArray(host.get("ExtraHosts")));
    h.set("GroupAdd", HostSettings.nullableArray(host.get("GroupAdd")));
    h.put("IpcMode", host.path("IpcMode").asText("").isEmpty() ? "private" : host.get("IpcMode").asText());
    h.put("Cgroup", "");
    h.putNull("Links");
    h.put("OomScoreAdj", host.path("OomScoreAdj").asInt(0));
    h.put("PidMode", host.path("PidMode").asText(""));
    h.put("Privileged", host.path("Privileged").asBoolean(false));
    h.put("PublishAllPorts", host.path("PublishAllPorts").asBoolean(false));
    h.put("ReadonlyRootfs", config.path("ReadonlyRootfs").asBoolean(false));
    h.set("SecurityOpt", host.path("SecurityOpt").isArray() ? host.get("SecurityOpt")
        : ImageConfig.MAPPER.nullNode());
    if (host.path("StorageOpt").isObject() && !host.get("StorageOpt").isEmpty()) {
      h.set("StorageOpt", host.get("StorageOpt"));
    }
    if (host.path("Tmpfs").isObject() && !host.get("Tmpfs").isEmpty()) {
      ObjectNode sorted = h.putObject("Tmpfs"); // a Go map: its keys come out sorted
      java.util.TreeMap<String, JsonNode> byKey = new java.util.TreeMap<>();
      host.get("Tmpfs").properties().forEach(e -> byKey.put(e.getKey(), e.getValue()));
      byKey.forEach(sorted::set);
    }
    h.put("UTSMode", host.path("UTSMode").asText(""));
    h.put("UsernsMode", host.path("UsernsMode").asText(""));
    h.put("ShmSize", host.path("ShmSize").asLong(0) > 0 ? host.get("ShmSize").asLong()
        : dev.berth.runtime.KernelSettings.DEFAULT_SHM_SIZE);
    if (host.path("Sysctls").isObject() && !host.get("Sysctls").isEmpty()) {
      h.set("Sysctls", host.get("Sysctls"));
    }
    h.put("Runtime", "runc");
    ArrayNode console = h.putArray("ConsoleSize");
    console.add(0).add(0);
    h.put("Isolation", host.path("Isolation").asText(""));
    h.put("CpuShares", host.path("CpuShares").asLong(0));
    h.put("Memory", host.path("Memory").asLong(0));
    h.put("NanoCpus", host.path("NanoCpus").asLong(0));
    h.put("CgroupParent", host.path("CgroupParent").asText(""));
    h.put("BlkioWeight", 0);
    for (String f : new String[] {"BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps",
        "BlkioDeviceReadIOps", "BlkioDeviceWriteIOps"}) {
      h.set(f, host.path(f).isArray() ? host.get(f) : ImageConfig.MAPPER.createArrayNode());
    }
    for (String f : new String[] {"CpuPeriod", "CpuQuota", "CpuRealtimePeriod", "CpuRealtimeRuntime"}) {
      h.put(f, host.path(f).asLong(0));
    }
    h.put("CpusetCpus", host.path("CpusetCpus").asText(""));
    h.put("CpusetMems", host.path("CpusetMems").asText(""));
    h.set("Devices", host.path("Devices").isArray() ? host.get("Devices") : ImageConfig.MAPPER.createArrayNode());
    h.set("DeviceCgroupRules", HostSettings.nullableArray(host.get("DeviceCgroupRules")));
    h.set("DeviceRequests", HostSettings.nullableArray(host.get("DeviceRequests")));
    for (String f : new String[] {"KernelMemory", "KernelMemoryTCP", "MemoryReservation"}) {
      h.put(f, host.path(f).asLong(0));
    }
    h.put("MemorySwap", host.path("MemorySwap").asLong(0));
    if (host.hasNonNull("MemorySwappiness") && host.get("MemorySwappiness").asLong() >= 0) {
      h.put("MemorySwappiness", host.get("MemorySwappiness").asLong());
    } else {
      h.putNull("MemorySwappiness");
    }
    h.put("OomKillDisable", host.path("OomKillDisable").asBoolean(false));
    if (host.hasNonNull("PidsLimit")) {
      h.put("PidsLimit", host.get("PidsLimit").asLong());
    } else {
      h.putNull("PidsLimit");
    }
    ArrayNode ulimits = h.putArray("Ulimits");
    for (HostSettings.Ulimit u : HostSettings.ulimits(config)) {
      ulimits.addObject().put("Name", u.name()).put("Hard", u.hard()).put("Soft", u.soft());
    }
    for (String f : new String[] {"CpuCount", "CpuPercent", "IOMaximumIOps", "IOMaximumBandwidth"}) {
      h.put(f, 0);
    }
    if (config.path("Mounts").isArray() && !config.path("Mounts").isEmpty()) {
      h.set("Mounts", config.get("Mounts"));
    }
    // the daemon's defaults for a container that is not privileged (rows made before berth kept them)
    boolean privileged = host.path("Privileged").asBoolean(false);
    for (String[] f : new String[][] {{"MaskedPaths"}, {"ReadonlyPaths"}}) {
      List<String> paths = SecurityOptions.paths(host, f[0]);
      if (paths == null && !privileged) {
        paths = f[0].equals("MaskedPaths") ? dev.berth.runtime.OciSpecBuilder.MASKED_PATHS
            : dev.berth.runtime.OciSpecBuilder.READONLY_PATHS;
      }
      if (paths == null) {
        h.putNull(f[0]);
      } else {
        paths.forEach(h.putArray(f[0])::add);
      }
    }
    if (config.path("Init").isBoolean()) {
      h.put("Init", config.get("Init").asBoolean()); // a *bool: absent unless --init was given either way
    }
    return h;
  }

  /** One entry of {@code Mounts}: volumes carry Name and Driver, binds neither. */
  private ObjectNode mountJson(MountPoint m) {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("Type", m.type());
    if (m.isVolume()) {
      o.put("Name", m.name());
      o.put("Source", store.paths().volumeData(m.name()).toString());
    } else {
      o.put("Source", m.source());
    }
    o.put("Destination", m.destination());
    if (m.isVolume()) {
      o.put("Driver", m.driver());
    }
    o.put("Mode", m.mode());
    o.put("RW", m.rw());
    o.put("Propagation", m.propagation());
    return o;
  }

  /**
   * Once started, a container has a sandbox (kept after it stops) and its network's ID; its endpoint
   * exists only while it runs. IDs of a never-started container are empty, as in the daemon.
   */
  private ObjectNode networkSettings(ContainerRecord r, String mode, JsonNode config) {
    boolean started = r.startedAt() != null && !r.startedAt().equals(ZERO_TIME);
    String netName = ContainerConfigs.networkName(config);
    String networkId = started
        ? store.db().read(c -> dev.berth.network.NetworkStore.byName(c, netName)).map(dev.berth.network.Network::id).orElse("")
        : "";
    boolean userNetwork = dev.berth.runtime.NetworkMode.parse(mode) == dev.berth.runtime.NetworkMode.USER;
    Optional<dev.berth.network.Endpoint> endpoint = userNetwork
        && (r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED)
        ? store.db().read(c -> dev.berth.network.Endpoint.of(c, r.id())) : Optional.empty();
    String sandboxId = started ? dev.berth.network.Endpoints.sandboxId(r.id(), r.startedAt()) : "";
    boolean up = r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED;
    String endpointId = up && started && !networkId.isEmpty() ? dev.berth.network.Endpoints.endpointId(r.id(), r.startedAt()) : "";
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.put("Bridge", "");
    n.put("SandboxID", sandboxId);
    n.put("HairpinMode", false);
    n.put("LinkLocalIPv6Address", "");
    n.put("LinkLocalIPv6PrefixLen", 0);
    n.putObject("Ports");
    n.put("SandboxKey", started ? dev.berth.network.Endpoints.sandboxKey(mode, sandboxId) : "");
    n.putNull("SecondaryIPAddresses");
    n.putNull("SecondaryIPv6Addresses");
    for (String f : new String[] {"EndpointID", "Gateway", "GlobalIPv6Address"}) {
      n.put(f, "");
    }
    n.put("GlobalIPv6PrefixLen", 0);
    n.put("IPAddress", "");
    n.put("IPPrefixLen", 0);
    n.put("IPv6Gateway", "");
    n.put("MacAddress", "");
    if (ContainerNetworks.written(config)) {
      connectedNetworks(n.putObject("Networks"), r, config, up, started);
      return n;
    }
    if (mode.startsWith("container:")) {
      n.putObject("Networks"); // it shares another's namespace: on no network of its own
      return n;
    }
    ObjectNode net = n.putObject("Networks").putObject(netName);
    JsonNode ipam = config.path("EndpointIPAMConfig");
    if (ipam.isObject() && !ipam.isEmpty()) {
      net.set("IPAMConfig", ipam);
    } else {
      net.putNull("IPAMConfig");
    }
    // on a user network --link is no link between containers: the docker CLI copies the flag's
    // values, as given, into the endpoint's settings (and the embedded DNS answers them)
    JsonNode given = userNetwork ? HostSettings.of(config).path("Links") : ImageConfig.MAPPER.nullNode();
    if (!given.isArray() || given.isEmpty()) {
      net.putNull("Links");
    } else {
      net.set("Links", given.deepCopy());
    }
    List<String> aliases = new ArrayList<>();
    config.path("NetworkAliases").forEach(a -> aliases.add(a.asText()));
    if (userNetwork && started) {
      // the daemon's start adds the short ID and the hostname (the name has its slash: never equal)
      for (String a : List.of(r.id().substring(0, 12), ContainerNetworks.hostname(r, config))) {
        if (!aliases.contains(a)) {
          aliases.add(a);
        }
      }
    }
    if (aliases.isEmpty()) {
      net.putNull("Aliases");
    } else {
      aliases.forEach(net.putArray("Aliases")::add);
    }
    net.put("NetworkID", networkId);
    net.put("EndpointID", endpointId);
    net.put("Gateway", endpoint.map(dev.berth.network.Endpoint::gateway).orElse(""));
    net.put("IPAddress", endpoint.map(dev.berth.network.Endpoint::ip).orElse(""));
    net.put("IPPrefixLen", endpoint.map(dev.berth.network.Endpoint::prefix).orElse(0));
    net.put("IPv6Gateway", "");
    net.put("GlobalIPv6Address", "");
    net.put("GlobalIPv6PrefixLen", 0);
    net.put("MacAddress", endpoint.map(dev.berth.network.Endpoint::mac).orElse(""));
    net.putNull("DriverOpts");
    return n;
  }

  /**
   * The networks of a container that was connected or disconnected, by name (Go's map order): the
   * settings given, the daemon's aliases of a started container on a user network, and the
   * endpoint's address while it runs.
   */
  private void connectedNetworks(ObjectNode out, ContainerRecord r, JsonNode config, boolean up, boolean started) {
    java.util.TreeMap<String, ContainerNetworks.Attachment> sorted = new java.util.TreeMap<>();
    ContainerNetworks.of(config).forEach(a -> sorted.put(a.name(), a));
    List<dev.berth.network.Endpoint> endpoints = up
        ? store.db().read(c -> dev.berth.network.Endpoint.ofContainer(c, r.id())) : List.of();
    for (ContainerNetworks.Attachment a : sorted.values()) {
      ObjectNode s = a.settings();
      String networkId = s.path("NetworkID").asText("");
      Optional<dev.berth.network.Network> network = store.db().read(c -> dev.berth.network.NetworkStore.byName(c, a.name()));
      boolean custom = network.map(dev.berth.network.Network::custom).orElse(false);
      Optional<dev.berth.network.Endpoint> endpoint = endpoints.stream()
          .filter(e -> network.isPresent() && e.networkId().equals(network.get().id())).findFirst();
      ObjectNode net = out.putObject(a.name());
      net.set("IPAMConfig", s.path("IPAMConfig").isMissingNode() ? ImageConfig.MAPPER.nullNode() : s.get("IPAMConfig"));
      net.set("Links", s.path("Links").isMissingNode() ? ImageConfig.MAPPER.nullNode() : s.get("Links"));
      JsonNode aliases = s.path("Aliases");
      if (custom && started && network.isPresent()) {
        List<String> list = new ArrayList<>();
        aliases.forEach(x -> list.add(x.asText()));
        for (String x : List.of(r.shortId(), ContainerNetworks.hostname(r, config))) {
          if (!list.contains(x)) {
            list.add(x);
          }
        }
        com.fasterxml.jackson.databind.node.ArrayNode arr = ImageConfig.MAPPER.createArrayNode();
        list.forEach(arr::add);
        aliases = arr;
      }
      net.set("Aliases", aliases.isMissingNode() ? ImageConfig.MAPPER.nullNode() : aliases);
      net.put("NetworkID", networkId);
      net.put("EndpointID", up && (endpoint.isPresent() || network.isPresent() && !custom)
          ? endpointId(r, network.get().id()) : "");
      net.put("Gateway", endpoint.map(dev.berth.network.Endpoint::gateway).orElse(""));
      net.put("IPAddress", endpoint.map(dev.berth.network.Endpoint::ip).orElse(""));
      net.put("IPPrefixLen", endpoint.map(dev.berth.network.Endpoint::prefix).orElse(0));
      net.put("IPv6Gateway", "");
      net.put("GlobalIPv6Address", "");
      net.put("GlobalIPv6PrefixLen", 0);
      net.put("MacAddress", endpoint.map(dev.berth.network.Endpoint::mac).orElse(""));
      net.set("DriverOpts", s.path("DriverOpts").isMissingNode() ? ImageConfig.MAPPER.nullNode() : s.get("DriverOpts"));
    }
  }

  /** The endpoint ID of a running container on a network (as network inspect shows it). */
  String endpointId(ContainerRecord r, String networkId) {
    return endpointIdOf(store, r, networkId);
  }

  /** The endpoint ID of a running container on a network: its connection's, else its start's. */
  public static String endpointIdOf(dev.berth.store.BerthStore store, ContainerRecord r, String networkId) {
    String connected = store.db().read(c -> dev.berth.network.Endpoint.connectedId(c, r.id(), networkId));
    if (!connected.isEmpty()) {
      return connected;
    }
    JsonNode config = ContainerConfigs.parse(r.config());
    String primary = ContainerConfigs.networkName(config);
    boolean first = !ContainerNetworks.written(config) || ContainerNetworks.of(config).stream()
        .anyMatch(a -> a.name().equals(primary) && a.settings().path("NetworkID").asText("").equals(networkId));
    return first ? dev.berth.network.Endpoints.endpointId(r.id(), r.startedAt())
        : dev.berth.network.Endpoints.endpointId(r.id(), r.startedAt(), networkId);
  }

  static String rfc3339(long ns) {
    Instant i = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
    return dev.berth.image.ImageService.rfc3339Nano(i.getEpochSecond() * 1_000_000_000L + i.getNano());
  }
}
