package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageStore;
import dev.berth.image.LayerRecord;
import dev.berth.runtime.BindMount;
import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.ContainerRuntime;
import dev.berth.runtime.ContainerStatus;
import dev.berth.runtime.ExitStatus;
import dev.berth.errors.SystemException;
import dev.berth.runtime.ImageDataCopier;
import dev.berth.runtime.ImageProcessConfig;
import dev.berth.runtime.HostFiles;
import dev.berth.runtime.NetworkMode;
import dev.berth.runtime.OciSpecBuilder;
import dev.berth.runtime.RootFs;
import dev.berth.runtime.RunOptions;
import dev.berth.runtime.RuntimeConfig;
import dev.berth.runtime.Signals;
import dev.berth.store.BerthStore;
import dev.berth.volume.LocalVolumeMounts;
import dev.berth.volume.MountPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs container records with the runtime (runc under conmon) and keeps their rows true: every
 * state change is recorded, and containers whose process ended while no berth process watched are
 * reconciled from conmon's exit files the next time anyone looks.
 */
public final class ContainerLifecycle {
  private final BerthStore store;
  private final ContainerRuntime runtime;
  private final List<String> exitCommand;
  private final List<String> healthMonitorCommand;
  private List<String> dnsCommand = List.of();

  /** @param exitCommand argv prefix conmon runs when a container exits (the container ID is appended) */
  public ContainerLifecycle(BerthStore store, List<String> exitCommand) {
    this(store, exitCommand, List.of());
  }

  /**
   * @param healthMonitorCommand argv prefix of the process that runs a container's healthcheck
   *     ({@link HealthMonitor}; the container ID and its start time are appended); empty: none runs
   */
  public ContainerLifecycle(BerthStore store, List<String> exitCommand, List<String> healthMonitorCommand) {
    this.store = store;
    this.runtime = new ContainerRuntime(RuntimeConfig.defaults(store.paths().runRoot()));
    this.exitCommand = exitCommand;
    this.healthMonitorCommand = healthMonitorCommand;
  }
  /** The argv of the store's embedded DNS process ({@code container network-dns}); empty for none. */
  public void dnsCommand(List<String> command) {
    this.dnsCommand = List.copyOf(command);
  }

  /**
   * Has the store's embedded DNS answer at 127.0.0.11 in the namespace of container {@code id}
   * (init {@code pid}): on a start on a user network before its process runs, on a connect of a
   * running container to one.
   */
  public void serveDns(String id, long pid) {
    dev.berth.network.dns.DnsClient.serve(store.paths(), dnsCommand, id, pid);
  }


  public ContainerRuntime runtime() {
    return runtime;
  }

  /**
   * Removes what the runtime keeps of a stopped container (runc state, mounts, exit file). A
   * start killed before it recorded anything leaves a mounted rootfs (and maybe a runc container)
   * behind a row that still says "created": the rootfs directory gives it away.
   */
  void forget(ContainerRecord r) {
    if (r.startedAt() != null || r.finishedAt() != null
        || Files.exists(RootFs.merged(dirs(r.id()).dir()), LinkOption.NOFOLLOW_LINKS)) {
      runtime.release(r.id(), dirs(r.id()), true);
    }
    ShmMount.unmount(ShmMount.path(dirs(r.id()).dir()));
    releaseVolumes(r);
  }

  /** Releases the volume mounts ({@link LocalVolumeMounts}) this container no longer holds. */
  private void releaseVolumes(ContainerRecord r) {
    List<String> volumes = MountPoint.of(ContainerConfigs.parse(r.config())).stream()
        .filter(MountPoint::isVolume).map(MountPoint::name).toList();
    if (!volumes.isEmpty() && store.db().read(c -> LocalVolumeMounts.anyIsAMount(c, volumes))) {
      store.db().write(c -> {
        LocalVolumeMounts.release(c, store.paths(), r.id());
        return null;
      });
    }
  }

  ContainerDirs dirs(String id) {
    return new ContainerDirs(store.paths().container(id));
  }

  private ContainerRecord find(String arg) {
    return store.db().read(c -> ContainerService.find(c, arg));
  }

  /** Mounts the rootfs and writes the bundle; returns the request that starts it. */
  private ContainerRuntime.StartRequest prepare(ContainerRecord r) {
    return prepare(r, false);
  }

  /**
   * @param selfRemoving whether conmon's exit hook removes a container created with {@code --rm}
   *     once it exits (the daemonless CLI's start: no daemon is left to do it)
   */
  private ContainerRuntime.StartRequest prepare(ContainerRecord r, boolean selfRemoving) {
    JsonNode config = ContainerConfigs.parse(r.config());
    List<String> volumes = MountPoint.of(config).stream().filter(MountPoint::isVolume).map(MountPoint::name).toList();
    if (!volumes.isEmpty() && store.db().read(c -> LocalVolumeMounts.anyIsAMount(c, volumes))) {
      store.db().write(c -> {
        LocalVolumeMounts.mount(c, store.paths(), volumes);
        return null;
      });
    }
    List<Path> layers = store.db().read(c -> {
      List<Path> out = new ArrayList<>();
      for (String chain : ImageStore.ownerChain(c, "c:" + r.id())) {
        out.add(store.paths().layerDiff(chain));
      }
      return out;
    });
    ImageProcessConfig image = imageConfig(r);
    List<String> argv = new ArrayList<>();
    argv.add(config.path("Path").asText());
    config.path("Args").forEach(a -> argv.add(a.asText()));
    HostExtras.checkStart(config);
    blkioThrottles(config);
    List<BindMount> binds = bindMounts(MountPoint.of(config), nonRecursiveTargets(config));
    RunOptions opts = RunOptions.defaults()
        .withEntrypoint(argv)
        .withCmd(List.of())
        .withEnv(dev.berth.runtime.ContainerEnv.withLinked(linkedEnv(r, config), CommandResolution.strings(config.get("Env"))))
        .withWorkdir(config.path("WorkingDir").asText(""))
        .withUser(config.path("User").asText(""))
        .withHostname(config.path("Hostname").asText(""))
        .withTty(config.path("Tty").asBoolean(false))
        .withInteractive(config.path("OpenStdin").asBoolean(false))
        .withReadOnlyRootfs(config.path("ReadonlyRootfs").asBoolean(false))
        .withInit(config.path("Init").asBoolean(false))
        .withNetwork(NetworkMode.parse(config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT)))
        .withBinds(binds)
        .withLimits(limits(config, namespace(config, "IpcMode", "ipc"), namespace(config, "PidMode", "pid"),
            shmPath(r, config)))
        .withDevices(devices(config))
        .withNetworkFiles(networkFiles(config))
        .withCgroup(HostSettings.of(config).path("CgroupParent").asText(""),
            CommandResolution.strings(HostSettings.of(config).get("DeviceCgroupRules")))
        .withJoin(networkJoin(r, config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT)))
        .withSecurity(security(config));
    RootFs rootfs = RootFs.mount(layers, store.paths().container(r.id()), RootFs.Strategy.AUTO,
        RootFs.XattrNamespace.TRUSTED, config.path("AutoRemove").asBoolean(false));
    runtime.writeBundle(r.id(), dirs(r.id()), image, opts, rootfs);
    HostFiles.appendExtraHosts(dirs(r.id()).userdata().resolve("hosts"), CommandResolution.strings(config.get("ExtraHosts")));
    if (ContainerNetworks.written(config)) {
      connectedNetworks(r, config);
    } else if (opts.network() == NetworkMode.USER) {
      userNetwork(r, config);
    }
    List<String> onExit = exitCommand == null ? List.of() : new ArrayList<>(exitCommand);
    if (!onExit.isEmpty()) {
      if (selfRemoving && config.path("AutoRemove").asBoolean(false)) {
        onExit.add("--rm");
      }
      onExit.add(r.id());
    }
    boolean leaveStdinOpen = opts.tty() || !config.path("StdinOnce").asBoolean(false);
    return new ContainerRuntime.StartRequest(r.id(), r.name(), opts.interactive(), opts.tty(), onExit,
        leaveStdinOpen);
  }

  /**
   * A start on a user-defined network: the container's address (the network must exist: the
   * daemon looks it up at start), its line in /etc/hosts after the extra hosts, and, once runc has
   * made its namespace, its {@code eth0} on the network's bridge.
   */
  private void userNetwork(ContainerRecord r, JsonNode config) {
    refusePublishedPorts(config);
    dev.berth.network.Network n = new dev.berth.network.NetworkService(store)
        .find(config.path("NetworkMode").asText(""));
    if (!n.name().equals(config.path("NetworkMode").asText("")) && config instanceof ObjectNode o
        && !n.name().equals(o.path("NetworkName").asText(""))) {
      // given by ID: the daemon's start names the container's network by its name from now on
      o.put("NetworkName", n.name());
      store.db().write(c -> {
        ContainerStore.updateConfig(c, r.id(), o.toString());
        return null;
      });
    }
    String requested = config.path("EndpointIPAMConfig").path("IPv4Address").asText("");
    NetworkConnections.checkRequestedIp(n, requested, config.path("EndpointIPAMConfig").path("IPv6Address").asText(""));
    dev.berth.network.Endpoint e = store.db().write(c -> dev.berth.network.Endpoint.allocate(c, n, r.id(), requested));
    try {
      Files.writeString(dirs(r.id()).userdata().resolve("hosts"), e.ip() + "\t" + ContainerNetworks.hostname(r, config) + "\n",
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    String bridge = dev.berth.runtime.BridgePlumbing.bridgeName(n.id());
    runtime.beforeStart(r.id(), pid -> {
      dev.berth.runtime.BridgePlumbing.ensureBridge(bridge, e.gateway(), e.prefix());
      dev.berth.runtime.BridgePlumbing.attach(pid, r.id(), bridge, e.ip(), e.prefix(), e.mac(), e.gateway());
      serveDns(r.id(), pid); // 127.0.0.11 answers before the process runs
    });
  }

  /**
   * On a user-defined network dockerd publishes ports through its proxy; berth has none yet, so a
   * container that asks for published ports there is refused rather than started unreachable.
   */
  static void refusePublishedPorts(JsonNode config) {
    JsonNode host = HostSettings.of(config);
    boolean bindings = host.path("PortBindings").isObject() && !host.path("PortBindings").isEmpty();
    boolean all = host.path("PublishAllPorts").asBoolean(false) && config.path("ExposedPorts").isObject()
        && !config.path("ExposedPorts").isEmpty();
    if (bindings || all) {
      throw new dev.berth.errors.NotSupportedException("publishing ports (-p, -P) on a user-defined network");
    }
  }

  /**
   * A start of a container whose networks were connected or disconnected: an address, a hosts line
   * and an {@code ethN} on each user network it is on, in connection order (the first gives the
   * default route); each network must exist.
   */
  private void connectedNetworks(ContainerRecord r, JsonNode config) {
    dev.berth.network.NetworkService service = new dev.berth.network.NetworkService(store);
    List<dev.berth.network.Network> nets = new ArrayList<>();
    List<String> requested = new ArrayList<>();
    for (ContainerNetworks.Attachment a : ContainerNetworks.of(config)) {
      if (a.name().equals("bridge")) {
        continue; // no bridge here: the daemon marks the container NetworkDisabled
      }
      dev.berth.network.Network n = service.find(a.name());
      a.settings().put("NetworkID", n.id());
      if (n.custom()) {
        NetworkConnections.checkRequestedIp(n, a.requestedIp(),
            a.settings().path("IPAMConfig").path("IPv6Address").asText(""));
        nets.add(n);
        requested.add(a.requestedIp());
      }
    }
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), config.toString());
      return null;
    });
    if (nets.isEmpty()) {
      return;
    }
    refusePublishedPorts(config);
    List<dev.berth.network.Endpoint> eps = store.db().write(c -> {
      List<dev.berth.network.Endpoint> out = new ArrayList<>();
      for (int i = 0; i < nets.size(); i++) {
        out.add(dev.berth.network.Endpoint.allocate(c, nets.get(i), r.id(), requested.get(i)));
      }
      return out;
    });
    StringBuilder lines = new StringBuilder();
    eps.forEach(e -> lines.append(e.ip()).append('\t').append(ContainerNetworks.hostname(r, config)).append('\n'));
    try {
      Files.writeString(dirs(r.id()).userdata().resolve("hosts"), lines.toString(), java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    runtime.beforeStart(r.id(), pid -> {
      for (int i = 0; i < eps.size(); i++) {
        dev.berth.network.Endpoint e = eps.get(i);
        String bridge = dev.berth.runtime.BridgePlumbing.bridgeName(e.networkId());
        dev.berth.runtime.BridgePlumbing.ensureBridge(bridge, e.gateway(), e.prefix());
        dev.berth.runtime.BridgePlumbing.attach(pid, r.id(), e.networkId(), "eth" + i, bridge, e.ip(), e.prefix(),
            e.mac(), i == 0 ? e.gateway() : null);
      }
      serveDns(r.id(), pid); // 127.0.0.11 answers before the process runs
    });
  }

  /**
   * The variables the container's links give it (the daemon's setupLinkedContainers): only on the
   * default network, and each child must run on it. Without a bridge no child has an address.
   */
  private List<String> linkedEnv(ContainerRecord r, JsonNode config) {
    if (!onDefaultNetwork(config)) {
      return List.of();
    }
    List<Links.Link> links = store.db().read(c -> Links.children(c, r.id()));
    List<String> env = new ArrayList<>();
    for (Links.Link l : links) {
      Optional<ContainerRecord> row = store.db().read(c -> ContainerStore.byId(c, l.childId()));
      ContainerRecord child = row.map(this::reconcile).orElse(null);
      if (child == null || !child.running()) {
        throw new SystemException("Cannot link to a non running container: /" + l.childName() + " AS " + l.name());
      }
      JsonNode childConfig = ContainerConfigs.parse(child.config());
      if (!onDefaultNetwork(childConfig)) {
        throw new SystemException("container " + child.id() + " not attached to default bridge network");
      }
      List<String> ports = new ArrayList<>();
      childConfig.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
      env.addAll(Links.env(l.name(), "", CommandResolution.strings(childConfig.get("Env")), ports));
    }
    return env;
  }

  private static boolean onDefaultNetwork(JsonNode config) {
    String mode = config.path("NetworkMode").asText("");
    return mode.isEmpty() || mode.equals(dev.berth.runtime.NetworkMode.DEFAULT) || mode.equals("bridge");
  }

  /**
   * The namespace {@code --ipc}/{@code --pid} asks for: {@code host}, the one of a running
   * container ({@code container:NAME}), else empty (the container's own).
   */
  private String namespace(JsonNode config, String field, String type) {
    String mode = HostSettings.of(config).path(field).asText("");
    if (mode.equals("host")) {
      return "host";
    }
    if (type.equals("ipc") && mode.equals("none")) {
      return dev.berth.runtime.ProcessLimits.IPC_NONE;
    }
    if (!mode.startsWith("container:")) {
      return "";
    }
    ContainerRecord other = reconcile(find(mode.substring("container:".length())));
    if (!other.running()) {
      String notRunning = "container " + other.id() + " is not running";
      throw new ConflictException(type.equals("ipc") ? "can't join IPC of container " + other.id() + ": " + notRunning
          : notRunning);
    }
    if (type.equals("ipc") && !shareableIpc(ContainerConfigs.parse(other.config()))) {
      // only a donor whose /dev/shm others can bind shares it: shareable, host, or itself joined
      throw new ConflictException("can't join IPC of container " + other.id()
          + ": non-shareable IPC (hint: use IpcMode:shareable for the donor container)");
    }
    return "/proc/" + other.pid() + "/ns/" + type;
  }

  /**
   * {@code --network container:NAME}: the running container whose network namespace, hostname and
   * network files are shared (the daemon's checks and errors); null for other modes.
   */
  private dev.berth.runtime.NetworkJoin networkJoin(ContainerRecord r, String mode) {
    if (!mode.startsWith("container:")) {
      return null;
    }
    String name = mode.substring("container:".length());
    ContainerRecord other = reconcile(find(name));
    if (other.id().equals(r.id())) {
      throw new SystemException("cannot join own network");
    }
    if (!other.running()) {
      throw new ConflictException("cannot join network of a non running container: " + name);
    }
    long pid = other.pid(); // its namespace, which may be a third one's
    // a container that shares another's network has that one's hostname and files
    for (int depth = 0; depth < 16; depth++) {
      String otherMode = ContainerConfigs.parse(other.config()).path("NetworkMode").asText("");
      if (!otherMode.startsWith("container:")) {
        break;
      }
      other = reconcile(find(otherMode.substring("container:".length())));
    }
    Path userdata = dirs(other.id()).userdata();
    String hostname;
    try {
      hostname = Files.readString(userdata.resolve("hostname")).strip();
    } catch (IOException e) {
      throw new SystemException("reading the hostname of container " + other.id() + ": " + e.getMessage(), e);
    }
    return new dev.berth.runtime.NetworkJoin("/proc/" + pid + "/ns/net", hostname, userdata);
  }

  /**
   * The Block I/O throttles' devices, checked as the daemon stats them when it makes the runtime's
   * spec (a missing one fails the start); berth cannot apply a throttle yet.
   */
  private static void blkioThrottles(JsonNode config) {
    JsonNode host = HostSettings.of(config);
    for (String field : HostSettings.THROTTLES) {
      for (JsonNode d : host.path(field)) {
        String path = d.path("Path").asText("");
        if (!Files.exists(Path.of(path))) {
          throw new SystemException("stat " + path + ": no such file or directory");
        }
        throw new dev.berth.errors.NotSupportedException("Block I/O throttling (--device-read-bps and the like)");
      }
    }
  }

  /** {@code HostConfig.Devices}. */
  private static List<dev.berth.runtime.DeviceMapping> devices(JsonNode config) {
    List<dev.berth.runtime.DeviceMapping> out = new ArrayList<>();
    for (JsonNode d : HostSettings.of(config).path("Devices")) {
      String host = d.path("PathOnHost").asText("");
      String inContainer = d.path("PathInContainer").asText("");
      out.add(new dev.berth.runtime.DeviceMapping(host, inContainer.isEmpty() ? host : inContainer,
          d.path("CgroupPermissions").asText("rwm")));
    }
    return out;
  }

  /** {@code HostConfig.Dns}, {@code DnsSearch}, {@code DnsOptions}, {@code ExtraHosts}. */
  private static dev.berth.runtime.NetworkFiles networkFiles(JsonNode config) {
    JsonNode host = HostSettings.of(config);
    return new dev.berth.runtime.NetworkFiles(CommandResolution.strings(host.get("Dns")),
        CommandResolution.strings(host.get("DnsSearch")), CommandResolution.strings(host.get("DnsOptions")),
        CommandResolution.strings(host.get("ExtraHosts")));
  }

  private static boolean shareableIpc(JsonNode config) {
    String mode = HostSettings.of(config).path("IpcMode").asText("");
    return mode.equals("shareable") || mode.equals("host") || mode.startsWith("container:");
  }

  /** {@code --privileged}, the security options berth applies and the masked and read-only paths. */
  private static dev.berth.runtime.ProcessSecurity security(JsonNode config) {
    JsonNode host = HostSettings.of(config);
    SecurityOptions options = SecurityOptions.of(config);
    return new dev.berth.runtime.ProcessSecurity(host.path("Privileged").asBoolean(false), options.noNewPrivileges(),
        options.seccomp(), SecurityOptions.paths(host, "MaskedPaths"), SecurityOptions.paths(host, "ReadonlyPaths"));
  }

  /** The process limits of the container's host options. */
  /**
   * The host directory bound at /dev/shm, as the daemon keeps it: a shareable container's own tmpfs
   * ({@code containers/ID/mounts/shm}, mounted here for this run), its donor's for {@code --ipc
   * container:NAME} (followed through a donor that joined another), the host's for a donor on the
   * host's; empty for a private tmpfs in the container.
   */
  private String shmPath(ContainerRecord r, JsonNode config) {
    String mode = HostSettings.of(config).path("IpcMode").asText("");
    if (mode.equals("shareable")) {
      Path shm = ShmMount.path(dirs(r.id()).dir());
      ShmMount.mount(shm, HostSettings.of(config).path("ShmSize").asLong(0));
      return shm.toString();
    }
    ContainerRecord donor = r;
    for (int hops = 0; mode.startsWith("container:") && hops < 16; hops++) {
      donor = find(mode.substring("container:".length()));
      mode = HostSettings.of(ContainerConfigs.parse(donor.config())).path("IpcMode").asText("");
    }
    if (donor == r) {
      return "";
    }
    return switch (mode) {
      case "shareable" -> ShmMount.path(dirs(donor.id()).dir()).toString();
      case "host" -> "/dev/shm";
      default -> "";
    };
  }

  private static dev.berth.runtime.ProcessLimits limits(JsonNode config, String ipc, String pid, String shmPath) {
    JsonNode host = HostSettings.of(config);
    List<dev.berth.runtime.ProcessLimits.Rlimit> rlimits = new ArrayList<>();
    for (HostSettings.Ulimit u : HostSettings.ulimits(config)) {
      rlimits.add(new dev.berth.runtime.ProcessLimits.Rlimit(u.name(), u.soft(), u.hard()));
    }
    // --privileged: every capability (berth does not yet lift the device and /proc, /sys limits)
    boolean privileged = host.path("Privileged").asBoolean(false);
    return new dev.berth.runtime.ProcessLimits(rlimits, host.path("Memory").asLong(0),
        host.path("MemorySwap").asLong(0), CommandResolution.strings(host.get("GroupAdd")),
        privileged ? List.of("ALL") : CommandResolution.strings(host.get("CapAdd")),
        privileged ? List.of() : CommandResolution.strings(host.get("CapDrop")),
        // 0 is the API's default: the process keeps the engine's score (lowering it needs CAP_SYS_RESOURCE)
        host.path("OomScoreAdj").asInt(0) != 0 ? host.get("OomScoreAdj").asInt() : null, ipc, pid,
        host.path("UTSMode").asText("").equals("host"), kernelSettings(config, host),
        new dev.berth.runtime.ProcessLimits.Extras(host.path("OomKillDisable").asBoolean(false),
            host.path("KernelMemory").asLong(0), host.path("CpuRealtimePeriod").asLong(0),
            host.path("CpuRealtimeRuntime").asLong(0), host.path("CgroupnsMode").asText("").equals("private"),
            config.path("Domainname").asText(""), shmPath));
  }

  private static dev.berth.runtime.KernelSettings kernelSettings(JsonNode config, JsonNode host) {
    java.util.Map<String, String> sysctls = new java.util.LinkedHashMap<>();
    host.path("Sysctls").fields().forEachRemaining(e -> sysctls.put(e.getKey(), e.getValue().asText("")));
    java.util.Map<String, String> tmpfs = dev.berth.volume.MountSpecs.tmpfsMounts(config, host);
    return new dev.berth.runtime.KernelSettings(host.path("CpuShares").asLong(0), host.path("PidsLimit").asLong(0),
        host.path("ShmSize").asLong(0), sysctls, tmpfs, new dev.berth.runtime.KernelSettings.Cgroup(
            host.path("CpuQuota").asLong(0), host.path("CpuPeriod").asLong(0), host.path("NanoCpus").asLong(0),
            host.path("CpusetCpus").asText(""), host.path("CpusetMems").asText(""),
            host.path("MemoryReservation").asLong(0),
            host.hasNonNull("MemorySwappiness") ? host.get("MemorySwappiness").asLong() : null));
  }

  /**
   * What the runtime mounts: a volume's data directory, or the host path (created when missing,
   * as the daemon does for {@code -v /host:/dst}).
   */
  /** The targets of {@code --mount type=bind,...,bind-nonrecursive}, cleaned. */
  static java.util.Set<String> nonRecursiveTargets(JsonNode config) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (JsonNode m : config.path("Mounts")) {
      if (m.path("Type").asText("").equals(MountPoint.BIND) && m.path("BindOptions").path("NonRecursive").asBoolean(false)) {
        out.add(dev.berth.units.GoPath.clean(m.path("Target").asText("")));
      }
    }
    return out;
  }

  private List<BindMount> bindMounts(List<MountPoint> mounts, java.util.Set<String> nonRecursive) {
    List<BindMount> binds = new ArrayList<>();
    for (MountPoint m : mounts) {
      Path source = m.isVolume() ? store.paths().volumeData(m.name()) : Path.of(m.source());
      if (!m.isVolume() && !Files.exists(source)) {
        try {
          Files.createDirectories(source);
        } catch (IOException e) {
          throw new SystemException("error while creating mount source path '" + source + "': " + e.getMessage(), e);
        }
      }
      binds.add(m.isVolume() ? new BindMount(source, m.destination(), !m.rw())
          : new BindMount(source, m.destination(), !m.rw(), m.propagation(), !nonRecursive.contains(m.destination())));
    }
    return binds;
  }

  /**
   * Copies the image's content at each fresh volume's destination into the volume (Docker does
   * this at create, only into an empty volume, unless {@code nocopy}). The rootfs is mounted just
   * for the copy, and only when a layer may hold one of those paths.
   */
  void populateVolumes(ContainerRecord r) {
    List<MountPoint> wanted = new ArrayList<>();
    for (MountPoint m : MountPoint.of(ContainerConfigs.parse(r.config()))) {
      if (m.isVolume() && m.copyData() && ImageDataCopier.isEmptyDirectory(store.paths().volumeData(m.name()))) {
        wanted.add(m);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    List<Path> layers = store.db().read(c -> {
      List<Path> out = new ArrayList<>();
      for (String chain : ImageStore.ownerChain(c, "c:" + r.id())) {
        out.add(store.paths().layerDiff(chain));
      }
      return out;
    });
    wanted.removeIf(m -> !ImageDataCopier.mayExist(layers, m.destination()));
    if (wanted.isEmpty()) {
      return;
    }
    RootFs rootfs = RootFs.mount(layers, store.paths().container(r.id()), RootFs.Strategy.AUTO,
        RootFs.XattrNamespace.TRUSTED);
    try {
      for (MountPoint m : wanted) {
        ImageDataCopier.copy(rootfs.path(), m.destination(), store.paths().volumeData(m.name()));
      }
    } finally {
      rootfs.unmount();
    }
  }

  private ImageProcessConfig imageConfig(ContainerRecord r) {
    if (!store.content().exists(r.imageId())) {
      return ImageProcessConfig.empty();
    }
    return ImageProcessConfig.fromJson(ImageConfig.parse(store.content().read(r.imageId())).containerConfig());
  }

  /** {@code docker start}: starts a created or exited container detached. */
  public ContainerRecord start(String arg) {
    return start(arg, false);
  }

  /**
   * {@code docker start} from the daemonless CLI: as {@link #start(String)}, and a container
   * created with {@code --rm} is removed with its anonymous volumes once it exits, by conmon's
   * exit hook calling {@link #removeIfAutoRemove(ContainerService, String)}.
   */
  public ContainerRecord startSelfRemoving(String arg) {
    return start(arg, true);
  }

  private ContainerRecord start(String arg, boolean selfRemoving) {
    ContainerRecord r = reconcile(find(arg));
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("cannot start a paused container, try unpause instead");
    }
    if (r.running()) {
      return r;
    }
    RestartState.reset(store.paths().container(r.id()));
    return startProcess(networkDisabledOnBridge(r), selfRemoving);
  }

  /**
   * A container started on the default network (mode {@code default} or {@code bridge}) is marked
   * {@code NetworkDisabled} in its config, for good: the daemon does so when it finds no bridge to
   * connect it to (reference daemon: {@code --bridge=none}), and the flag shows in inspect and is
   * carried by {@code commit}.
   */
  private ContainerRecord networkDisabledOnBridge(ContainerRecord r) {
    JsonNode config = ContainerConfigs.parse(r.config());
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    boolean onBridge = ContainerNetworks.written(config)
        ? ContainerNetworks.names(config).contains("bridge")
        : mode.equals("default") || mode.equals("bridge");
    if (!onBridge || config.path("NetworkDisabled").asBoolean(false)
        || !(config instanceof ObjectNode object)) {
      return r;
    }
    ObjectNode next = object.deepCopy();
    next.put("NetworkDisabled", true);
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), next.toString());
      return null;
    });
    return new ContainerRecord(r.id(), r.name(), r.imageId(), r.imageRef(), r.createdNs(), r.state(), r.pid(),
        r.exitCode(), r.startedAt(), r.finishedAt(), next.toString());
  }

  private ContainerRecord startProcess(ContainerRecord r, boolean selfRemoving) {
    ContainerRuntime.StartRequest req = prepareRecordingError(r, selfRemoving);
    Instant started = Instant.now();
    try {
      ContainerRuntime.Started s = runtime.start(req, dirs(r.id()));
      StartError.clear(store.paths().container(r.id()));
      OomKilled.clear(store.paths().container(r.id()));
      ContainerRecord running = record(r.withState(ContainerState.RUNNING, s.pid(), 0, rfc(started), r.finishedAt()));
      startHealthMonitor(running);
      return running;
    } catch (RuntimeException e) {
      failed(r, started, e);
      throw e;
    }
  }

  /** Foreground run: streams output until the container exits; returns its exit code. */
  public int runAttached(String arg, InputStream stdin, OutputStream out, OutputStream err) {
    return runAttached(arg, stdin, out, err, () -> false);
  }

  /**
   * As {@link #runAttached(String, InputStream, OutputStream, OutputStream)}; when {@code detached}
   * turns true while the container runs, returns {@link ContainerRuntime#DETACHED} at once (the
   * container runs on; its exit is recorded by its exit hook).
   */
  public int runAttached(String arg, InputStream stdin, OutputStream out, OutputStream err,
      java.util.function.BooleanSupplier detached) {
    ContainerRecord r = networkDisabledOnBridge(find(arg));
    RestartState.reset(store.paths().container(r.id()));
    ContainerRuntime.StartRequest req = prepareRecordingError(r, false);
    if (RestartPolicy.of(ContainerConfigs.parse(r.config())).none()) {
      // with a restart policy the hook must run anyway: it starts the container again
      req = whileNotAttached(req);
    }
    StartError.clear(store.paths().container(r.id()));
    OomKilled.clear(store.paths().container(r.id()));
    Instant started = Instant.now();
    attached(r);
    startHealthMonitor(record(r.withState(ContainerState.RUNNING, 0, 0, rfc(started), r.finishedAt())));
    int code;
    try {
      code = runtime.runAttached(req, dirs(r.id()), stdin, out, err, detached);
    } catch (RuntimeException e) {
      failed(r, started, e);
      throw e;
    }
    if (code == ContainerRuntime.DETACHED) {
      long pid = runningPid(r.id());
      store.db().write(c -> {
        // unless its exit was recorded meanwhile: the pid of the run that goes on
        Optional<ContainerRecord> now = ContainerStore.byId(c, r.id());
        if (now.isPresent() && now.get().state() == ContainerState.RUNNING && now.get().pid() == 0) {
          ContainerRecord n = now.get();
          ContainerStore.updateState(c, n.withState(ContainerState.RUNNING, pid, 0, n.startedAt(), n.finishedAt()));
        }
        return null;
      });
      return code;
    }
    reconcile(find(r.id()));
    return code;
  }

  /** The pid runc recorded for a running container; 0 when unknown. */
  private long runningPid(String id) {
    try {
      return Long.parseLong(Files.readString(dirs(id).pidFile()).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The attached process records the exit itself, right after the container ends: conmon's exit
   * hook (a second JVM competing for the CPU at that moment) then only runs when this process is
   * gone. Killed before recording, the exit is reconciled by the next berth command, as always.
   */
  private static ContainerRuntime.StartRequest whileNotAttached(ContainerRuntime.StartRequest req) {
    if (req.exitCommand().isEmpty()) {
      return req;
    }
    List<String> hook = new ArrayList<>(List.of("/bin/sh", "-c",
        "kill -0 \"$1\" 2>/dev/null && exit 0; shift; exec \"$@\"", "sh",
        Long.toString(ProcessHandle.current().pid())));
    hook.addAll(req.exitCommand());
    return new ContainerRuntime.StartRequest(req.id(), req.name(), req.interactive(), req.tty(), hook,
        req.leaveStdinOpen());
  }

  /**
   * {@link #prepare}; its error is a failed start (the container's {@code State.Error}, exit code
   * 128), as the daemon's spec creation fails inside its start.
   */
  private ContainerRuntime.StartRequest prepareRecordingError(ContainerRecord r, boolean selfRemoving) {
    try {
      return prepare(r, selfRemoving);
    } catch (RuntimeException e) {
      failed(r, Instant.now(), e);
      throw e;
    }
  }

  private void failed(ContainerRecord r, Instant started, RuntimeException e) {
    StartError.write(store.paths().container(r.id()), e.getMessage());
    int code = e instanceof dev.berth.runtime.ContainerStartException s ? s.exitStatus() : 128;
    runtime.cleanup(r.id(), dirs(r.id()));
    releaseVolumes(r);
    store.db().write(c -> {
      dev.berth.network.Endpoint.release(c, r.id()); // the address of the start that failed
      return null;
    });
    // the daemon's failed start sets the error and exit code only: FinishedAt stays as it was
    record(r.withState(ContainerState.CREATED.equals(r.state()) ? ContainerState.CREATED : ContainerState.EXITED,
        0, code, r.startedAt(), r.finishedAt()));
  }

  /**
   * {@code docker restart}: stop, then start. A {@code --rm} container is not removed in between
   * (the daemon suspends AutoRemove while it restarts one); a marker file tells the exit hook so.
   */
  public ContainerRecord restart(String arg, Duration timeout, boolean selfRemoving) {
    ContainerRecord r = find(arg);
    // the stopped run's exit hook waits until the new run is recorded (see removeIfAutoRemove)
    return ContainerOpLock.holding(store.paths().container(r.id()), null, () -> restartHolding(r, timeout, selfRemoving));
  }

  private ContainerRecord restartHolding(ContainerRecord r, Duration timeout, boolean selfRemoving) {
    Path marker = store.paths().container(r.id()).resolve(RESTARTING);
    try {
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, "");
    } catch (IOException e) {
      throw new SystemException("cannot restart " + r.id() + ": " + e.getMessage(), e);
    }
    try {
      stop(r.id(), timeout);
      ContainerRecord started = start(r.id(), selfRemoving);
      restarted(started);
      return started;
    } finally {
      try {
        Files.deleteIfExists(marker);
      } catch (IOException e) {
        // a stale marker only keeps an exited --rm container until it is removed by hand
      }
    }
  }

  private static final String RESTARTING = "restarting";

  /** Logs {@code attach}: a client attached to the container's streams (after any log replay). */
  public void attached(ContainerRecord r) {
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "attach", r));
  }

  /** Resizes a container's terminal (through conmon) and logs {@code resize} with the size. */
  public void resize(ContainerRecord r, int height, int width) {
    dev.berth.runtime.ConmonControl.resize(dirs(r.id()).bundle(), height, width);
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "resize", r,
        java.util.Map.of("height", Integer.toString(height), "width", Integer.toString(width))));
  }

  /** Logs {@code restart} once a restarted container runs again. */
  public void restarted(ContainerRecord r) {
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "restart", r));
  }

  /**
   * The exit hook of a self-removing start: removes the container (force, with its anonymous
   * volumes, as the daemon's AutoRemove) unless it runs again, is being restarted, or is gone.
   * Returns whether it removed it.
   */
  public boolean removeIfAutoRemove(ContainerService containers, String id) {
    ContainerRecord found;
    try {
      found = find(id);
    } catch (dev.berth.errors.NotFoundException e) {
      return false;
    }
    // Decided under the container's lock, on a record read under it: a restart in progress
    // finishes first, and then the container runs again and stays.
    return ContainerOpLock.holding(store.paths().container(found.id()), false, () -> removeIfAutoRemoveHolding(containers, id));
  }

  private boolean removeIfAutoRemoveHolding(ContainerService containers, String id) {
    ContainerRecord r;
    try {
      r = reconcile(find(id));
    } catch (dev.berth.errors.NotFoundException e) {
      return false;
    }
    if (r.running() || !ContainerConfigs.parse(r.config()).path("AutoRemove").asBoolean(false)
        || Files.exists(store.paths().container(r.id()).resolve(RESTARTING))) {
      return false;
    }
    try {
      remove(containers, r.id(), true, true);
    } catch (dev.berth.errors.NotFoundException | ConflictException e) {
      // removed by someone else meanwhile, or already being removed
      return false;
    }
    return true;
  }

  /** The container's stop signal ({@code --stop-signal}), else the image's, else SIGTERM. */
  private String stopSignal(ContainerRecord r) {
    String own = ContainerConfigs.parse(r.config()).path("StopSignal").asText("");
    return own.isEmpty() ? OciSpecBuilder.stopSignal(imageConfig(r)) : own;
  }

  /**
   * How long {@code stop} waits when no timeout was given: the container's {@code --stop-timeout}
   * (negative: for ever, {@code null}), else 10 seconds.
   */
  public Duration defaultStopTimeout(String arg) {
    JsonNode t = ContainerConfigs.parse(find(arg).config()).get("StopTimeout");
    if (t == null || t.isNull()) {
      return Duration.ofSeconds(10);
    }
    return t.asInt() < 0 ? null : Duration.ofSeconds(t.asInt());
  }

  /** A stop timeout given in seconds: a negative one waits for ever ({@code null}). */
  public static Duration stopTimeout(int seconds) {
    return seconds < 0 ? null : Duration.ofSeconds(seconds);
  }

  /** {@code docker stop}: the container's stop signal, then SIGKILL after {@code timeout}. */
  public ContainerRecord stop(String arg, Duration timeout) {
    ContainerRecord r = reconcile(find(arg));
    if (!r.running()) {
      return r;
    }
    Path dir = store.paths().container(r.id());
    if (r.state() == ContainerState.RESTARTING) {
      // under the store's lock, against the waiter that restarts it: either it has not yet passed its
      // last check (the cancel stops it), or it is starting the container, which is then stopped
      ContainerRecord seen = r;
      Optional<ContainerRecord> exited = store.db().write(c -> {
        RestartState s = RestartState.read(dir);
        s.cancel().write(dir);
        Optional<ContainerRecord> now = ContainerStore.byId(c, seen.id());
        if (s.starting() || now.isEmpty() || now.get().state() != ContainerState.RESTARTING) {
          return Optional.<ContainerRecord>empty();
        }
        ContainerRecord done = now.get().withState(ContainerState.EXITED, 0, now.get().exitCode(),
            now.get().startedAt(), now.get().finishedAt());
        dev.berth.events.EventLog.stateChange(c, done);
        ContainerStore.updateState(c, done);
        return Optional.of(done);
      });
      if (exited.isPresent()) {
        HealthState.monitorStopped(dir);
        return exited.get();
      }
      for (int i = 0; i < 300 && RestartState.read(dir).starting(); i++) {
        sleepQuietly(Duration.ofMillis(50));
      }
      r = reconcile(find(r.id()));
      if (!r.running() || r.state() == ContainerState.RESTARTING) {
        return r.state() == ContainerState.RESTARTING
            ? record(r.withState(ContainerState.EXITED, 0, r.exitCode(), r.startedAt(), r.finishedAt())) : r;
      }
    } else {
      RestartState.read(dir).cancel().write(dir);
    }
    ContainerRecord running = r;
    int signal = Signals.number(stopSignal(r));
    killEvent(running, signal);
    // the timeout ran out: the daemon logs the SIGKILL it sends, before the exit it causes
    runtime.stop(running.id(), signal, timeout, () -> killEvent(running, 9));
    ContainerRecord stopped = reconcile(find(running.id()));
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "stop", stopped));
    return stopped;
  }

  /** {@code docker kill}. */
  public ContainerRecord kill(String arg, String signal) {
    long parsed = Signals.parseForKill(signal); // a bad signal fails before the lookup, as in the daemon
    ContainerRecord r = reconcile(find(arg));
    if (!Signals.supported(parsed)) {
      // Go prints the signal as the uint64 the API carries it in
      throw new SystemException("The linux daemon does not support signal " + Long.toUnsignedString(parsed));
    }
    if (!r.running()) {
      throw new ConflictException("Container " + r.id() + " is not running");
    }
    if (r.state() == ContainerState.RUNNING) {
      // a start under way ends first, as under the daemon's container lock (after the limit, a
      // container left created is signalled as before)
      StartInProgress.await(() -> runtime.status(r.id(), dirs(r.id())).state(), Duration.ofSeconds(10));
    }
    Path dir = store.paths().container(r.id());
    int number = (int) parsed;
    RestartState restart = RestartState.read(dir);
    // as the daemon: SIGKILL or the stop signal cancels restarts; any kill counts as a manual stop
    boolean cancels = number == 9 || number == Signals.number(stopSignal(r));
    (cancels ? restart.cancel() : restart.stoppedByUser()).write(dir);
    killEvent(r, number);
    if (r.state() == ContainerState.RESTARTING) {
      return record(r.withState(ContainerState.EXITED, 0, r.exitCode(), r.startedAt(), r.finishedAt()));
    }
    runtime.kill(r.id(), number);
    if (number == 9) {
      runtime.waitForExit(r.id(), Duration.ofSeconds(10));
    }
    return reconcile(find(r.id()));
  }

  private ContainerRecord requireRunning(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (!r.running()) {
      throw new ConflictException("Container " + r.id() + " is not running");
    }
    return r;
  }

  /**
   * {@code docker exec}: creates an exec instance and runs it at once in a running container; returns
   * its exit code. Logs {@code exec_create}, {@code exec_start} and (unless detached, whose end berth
   * does not see) {@code exec_die}, as the daemon does for the docker CLI's create + start.
   */
  public int exec(String arg, dev.berth.runtime.ExecRequest request, InputStream in, OutputStream out,
      OutputStream err) {
    ContainerRecord r = requireExecutable(arg);
    String execId = newExecId();
    execCreated(r, execId, request.cmd());
    return exec(r.id(), execId, request, in, out, err, pid -> { });
  }

  /**
   * Runs exec instance {@code execId} (made by {@link #execCreated}); {@code started} receives the
   * process's host pid once it runs. Like the daemon: {@code exec_start} before it runs, {@code
   * exec_die} with its exit code when it ends, nothing more when it cannot start.
   */
  public int exec(String arg, String execId, dev.berth.runtime.ExecRequest request, InputStream in, OutputStream out,
      OutputStream err, java.util.function.LongConsumer started) {
    ContainerRecord r = requireExecutable(arg);
    execEvent(r, "exec_start", execId, request.cmd(), java.util.Map.of());
    Path dir = store.paths().container(r.id());
    // listed in ExecIDs while it runs: held by this process, then by the exec's own process
    LiveExecs.put(dir, execId, ProcessHandle.current().pid());
    int code;
    try {
      code = runtime.exec(r.id(), dirs(r.id()), request, in, out, err, pid -> {
        LiveExecs.put(dir, execId, pid);
        started.accept(pid);
      });
    } finally {
      if (!request.detach()) {
        LiveExecs.remove(dir, execId);
      }
    }
    if (!request.detach()) {
      execEvent(r, "exec_die", execId, null, java.util.Map.of("exitCode", Integer.toString(code)));
    }
    return code;
  }

  /** The container an exec may run in: running and not paused (the daemon names it as given). */
  public ContainerRecord requireExecutable(String arg) {
    ContainerRecord r = requireRunning(arg);
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("Container " + arg + " is paused, unpause the container before exec");
    }
    return r;
  }

  /** A new exec instance ID: 32 random bytes in hex, as the daemon's. */
  public static String newExecId() {
    return dev.berth.content.RandomIds.id();
  }

  /** {@code exec_create} of instance {@code execId} in container {@code r}. */
  public void execCreated(ContainerRecord r, String execId, List<String> cmd) {
    execEvent(r, "exec_create", execId, cmd, java.util.Map.of());
  }

  /**
   * A container event with {@code execID}; with a command, the action names it as the daemon does:
   * entrypoint, a space, the arguments joined by spaces (so "exec_start: true " for no arguments).
   */
  private void execEvent(ContainerRecord r, String action, String execId, List<String> cmd,
      java.util.Map<String, String> extra) {
    String name = cmd == null ? action
        : action + ": " + cmd.getFirst() + " " + String.join(" ", cmd.subList(1, cmd.size()));
    java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>(extra);
    attrs.put("execID", execId);
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, name, r, attrs));
  }

  /** {@code docker top}. */
  public dev.berth.runtime.TopResult top(String arg, List<String> psArgs) {
    ContainerRecord r = requireRunning(arg);
    dev.berth.runtime.TopResult result = runtime.top(r.id(), psArgs);
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "top", r)); // as the daemon logs it
    return result;
  }

  /** {@code docker pause}: freezes every process of the container. */
  public ContainerRecord pause(String arg) {
    ContainerRecord r = requireRunning(arg);
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("Container " + r.id() + " is already paused");
    }
    runtime.pause(r.id());
    return record(r.withState(ContainerState.PAUSED, r.pid(), r.exitCode(), r.startedAt(), r.finishedAt()));
  }

  /** {@code docker unpause}. */
  public ContainerRecord unpause(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (r.state() != ContainerState.PAUSED) {
      // The daemon answers this one with a 500, not a conflict.
      throw new dev.berth.errors.SystemException("Container " + r.id() + " is not paused");
    }
    runtime.unpause(r.id());
    return record(r.withState(ContainerState.RUNNING, r.pid(), r.exitCode(), r.startedAt(), r.finishedAt()));
  }

  /**
   * {@code docker update}: merges new resource limits and restart policy into the container's host
   * options; a running or paused container's cgroup gets them at once (a stopped one at its next
   * start). A limit the kernel refuses leaves the options as they were.
   */
  public ContainerRecord update(String arg, JsonNode update) {
    ContainerRecord r = reconcile(find(arg));
    ResourceUpdate.validate(update);
    JsonNode config = ContainerConfigs.parse(r.config());
    ObjectNode merged;
    try {
      merged = ResourceUpdate.merge(HostSettings.of(config), update, config.path("AutoRemove").asBoolean(false));
    } catch (ConflictException e) {
      throw new ConflictException("Cannot update container " + r.id() + ": " + e.getMessage());
    }
    ObjectNode next = ((ObjectNode) config).deepCopy();
    next.set(HostSettings.CONFIG_KEY, merged);
    if (r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED) {
      try {
        runtime.update(r.id(), limits(next, "", "", ""));
      } catch (SystemException e) {
        throw new SystemException("Cannot update container " + r.id() + ": " + e.getMessage(), e);
      }
    }
    store.db().write(c -> {
      ContainerStore.updateConfig(c, r.id(), next.toString());
      dev.berth.events.EventLog.container(c, "update", r);
      return null;
    });
    return r;
  }

  /** {@code docker wait}: blocks until the container is not running; returns its exit code. */
  public int await(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (r.running()) {
      runtime.waitForExit(r.id());
      r = reconcile(find(r.id()));
    }
    return r.exitCode();
  }

  /** {@code docker rm [-f]} of a container that may be running. */
  public void remove(ContainerService containers, String arg, boolean force) {
    remove(containers, arg, force, false);
  }

  /** {@code docker rm [-f] [-v]}: {@code removeVolumes} also removes its anonymous volumes. */
  public void remove(ContainerService containers, String arg, boolean force, boolean removeVolumes) {
    ContainerRecord r = reconcile(find(arg));
    if (r.running()) {
      if (!force) {
        throw new ConflictException("You cannot remove a running container " + r.id()
            + ". Stop the container before attempting removal or force remove");
      }
      killEvent(r, 9);
      try {
        runtime.kill(r.id(), 9);
        runtime.waitForExit(r.id(), Duration.ofSeconds(10));
      } catch (ConflictException stoppedMeanwhile) {
        // it exited by itself since the row was read, or a killed start never ran it
      }
      r = reconcile(find(r.id()));
      if (r.running()) {
        // nothing of it runs any more (runc delete --force below makes sure): record it as killed
        record(r.withState(ContainerState.EXITED, 0, 137, r.startedAt(), rfc(Instant.now())));
      }
    }
    containers.remove(r.id(), false, removeVolumes);
  }

  /**
   * Brings a row in line with what the runtime knows: a container marked running whose exit was
   * recorded by conmon (or whose monitor died) becomes exited and its mount is released.
   */
  public ContainerRecord reconcile(ContainerRecord r) {
    if (!r.running()) {
      return r;
    }
    if (r.state() == ContainerState.RESTARTING) {
      return restartStillComing(r) ? r : record(r.withState(ContainerState.EXITED, 0, r.exitCode(), r.startedAt(),
          r.finishedAt()));
    }
    Optional<ExitStatus> exit = runtime.exitStatus(r.id());
    if (exit.isEmpty()) {
      ContainerStatus status = runtime.status(r.id(), dirs(r.id()));
      if (status.state() != ContainerStatus.State.MONITOR_LOST && status.state() != ContainerStatus.State.EXITED) {
        oomWhileRunning(r);
        return r;
      }
      exit = status.exit();
    }
    ExitStatus e = exit.orElse(new ExitStatus(137, Instant.now()));
    ContainerRecord done = r.withState(ContainerState.EXITED, 0, e.exitCode(), r.startedAt(), rfc(e.finishedAt()));
    Path dir = store.paths().container(r.id());
    Optional<RestartState> restart = RestartPolicy.of(ContainerConfigs.parse(r.config()))
        .next(RestartState.read(dir), e.exitCode(), Duration.between(parseRfc(r.startedAt()), e.finishedAt()));
    // The policy restarts it: from this moment it is restarting (as the daemon shows it at once),
    // and conmon's exit hook (applyRestartPolicy) waits out the delay and starts it.
    ContainerRecord next = restart.isEmpty() ? done
        : done.withState(ContainerState.RESTARTING, 0, e.exitCode(), r.startedAt(), rfc(e.finishedAt()));
    return store.db().write(c -> {
      Optional<ContainerRecord> now = ContainerStore.byId(c, r.id());
      if (now.isEmpty() || !sameRun(now.get(), r)) {
        // another process recorded this exit first, and may have started the container again
        // since: its new run is not this exit's to clean up
        return now.orElse(done);
      }
      // Released under the write lock: a start of this container (which records its exit first,
      // or sees it recorded) cannot mount the new run before this unmounts the old one.
      // read before the cleanup, whose `runc delete` removes the container's cgroup
      boolean seen = OomKilled.takeSeen(dir);
      boolean oom = seen || dev.berth.runtime.OomKills.host().happened(dirs(r.id()).bundle());
      runtime.cleanup(r.id(), dirs(r.id()));
      ShmMount.unmount(ShmMount.path(dirs(r.id()).dir()));
      LocalVolumeMounts.release(c, store.paths(), r.id());
      restart.ifPresent(state -> state.write(dir));
      if (oom) {
        OomKilled.mark(dir);
        if (!seen) { // the event of an OOM seen while it ran is written already
          dev.berth.events.EventLog.container(c, "oom", next);
        }
      }
      dev.berth.events.EventLog.stateChange(c, next);
      ContainerStore.updateState(c, next);
      HealthState.monitorStopped(dir);
      return next;
    });
  }

  private static boolean sameRun(ContainerRecord stored, ContainerRecord seen) {
    return (stored.state() == ContainerState.RUNNING || stored.state() == ContainerState.PAUSED)
        && java.util.Objects.equals(stored.startedAt(), seen.startedAt());
  }

  /**
   * Whether a restarting container will be started again: a process waits out the delay, or conmon's
   * exit hook that will do so has not started yet (a minute at most after the exit).
   */
  private boolean restartStillComing(ContainerRecord r) {
    RestartState s = RestartState.read(store.paths().container(r.id()));
    if (s.cancelled()) {
      return false;
    }
    if (s.waiter() > 0) {
      return s.waiterAlive();
    }
    return r.finishedAt() != null
        && Duration.between(parseRfc(r.finishedAt()), Instant.now()).compareTo(Duration.ofMinutes(1)) < 0;
  }

  /**
   * conmon's exit hook: applies the container's restart policy to the exit just recorded. When the
   * policy says so, the container is {@code restarting} while this process waits out the delay (the
   * daemon's back-off: 100 ms, doubling, reset after a run of 10 s), then starts it again unless the
   * user stopped, killed, started or removed it meanwhile.
   */
  public void applyRestartPolicy(String id) {
    ContainerRecord r;
    try {
      r = reconcile(find(id));
    } catch (dev.berth.errors.NotFoundException e) {
      return;
    }
    if (r.state() != ContainerState.RESTARTING) {
      return;
    }
    Path dir = store.paths().container(r.id());
    long self = ProcessHandle.current().pid();
    Optional<RestartState> claimed = store.db().write(c -> {
      Optional<ContainerRecord> now = ContainerStore.byId(c, id);
      RestartState s = RestartState.read(dir);
      if (now.isEmpty() || now.get().state() != ContainerState.RESTARTING || s.cancelled() || s.waiterAlive()) {
        return Optional.<RestartState>empty();
      }
      RestartState mine = s.waitedOnBy(self);
      mine.write(dir);
      return Optional.of(mine);
    });
    if (claimed.isEmpty()) {
      return;
    }
    try {
      Thread.sleep(claimed.get().delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      // the last check and the claim to be starting it, under the lock a stop takes to cancel
      Optional<ContainerRecord> now = store.db().write(c -> {
        Optional<ContainerRecord> stored = ContainerStore.byId(c, id);
        RestartState s = RestartState.read(dir);
        if (stored.isEmpty() || stored.get().state() != ContainerState.RESTARTING || s.cancelled()) {
          return Optional.<ContainerRecord>empty();
        }
        s.waitedOnBy(-self).write(dir);
        return stored;
      });
      if (now.isPresent()) {
        startProcess(now.get(), false);
      }
    } finally {
      try {
        RestartState.read(dir).waitedOnBy(0).write(dir);
      } catch (SystemException e) {
        // removed meanwhile: nothing left to remember
      }
    }
  }

  /**
   * A running container whose OOM killer is disabled waits out of memory instead of dying: the
   * daemon hears of it from the kernel and logs {@code oom}; berth notices it when it looks at the
   * container, once per run.
   */
  private void oomWhileRunning(ContainerRecord r) {
    JsonNode host = HostSettings.of(ContainerConfigs.parse(r.config()));
    if (!host.path("OomKillDisable").asBoolean(false)) {
      return;
    }
    Path dir = store.paths().container(r.id());
    if (dev.berth.runtime.OomKills.host().underOom(dirs(r.id()).bundle()) && OomKilled.seen(dir)) {
      dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "oom", r));
    }
  }

  private static void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Instant parseRfc(String rfc3339) {
    return java.time.OffsetDateTime.parse(rfc3339).toInstant();
  }

  /** Reconciles every container that is marked running. */
  public void reconcileAll() {
    for (ContainerRecord r : store.db().read(ContainerStore::all)) {
      if (r.running()) {
        reconcile(r);
      }
    }
  }

  private void killEvent(ContainerRecord r, int signal) {
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, "kill", r,
        java.util.Map.of("signal", Integer.toString(signal))));
  }

  private ContainerRecord record(ContainerRecord r) {
    store.db().write(c -> {
      dev.berth.events.EventLog.stateChange(c, r);
      ContainerStore.updateState(c, r);
      return null;
    });
    if (r.state() != ContainerState.RUNNING) {
      HealthState.monitorStopped(store.paths().container(r.id()));
    }
    return r;
  }

  /**
   * A run of a container with a healthcheck starts as {@code starting}, and a process of its own
   * probes it ({@link HealthMonitor}) for as long as this run lasts.
   */
  private void startHealthMonitor(ContainerRecord running) {
    if (HealthConfig.probeOf(ContainerConfigs.parse(running.config())).isEmpty()) {
      return;
    }
    Path dir = store.paths().container(running.id());
    HealthState.started(dir, running.startedAt());
    if (healthMonitorCommand.isEmpty()) {
      return;
    }
    List<String> argv = new ArrayList<>();
    argv.add("setsid"); // out of the caller's session: a ctrl-C on a terminal does not reach it
    argv.addAll(healthMonitorCommand);
    argv.add(running.id());
    argv.add(running.startedAt());
    ProcessBuilder pb = new ProcessBuilder(argv)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("health-monitor.log").toFile()));
    pb.environment().put("BERTH_JVM_OPTS", "-Xmx48m -Xss512k");
    try {
      pb.start();
    } catch (IOException e) {
      throw new SystemException("cannot start the health monitor of " + running.id() + ": " + e.getMessage(), e);
    }
  }

  static String rfc(Instant i) {
    return dev.berth.image.ImageService.rfc3339Nano(i.getEpochSecond() * 1_000_000_000L + i.getNano());
  }
}
