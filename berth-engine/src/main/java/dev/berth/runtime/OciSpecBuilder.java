package dev.berth.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Generates the OCI runtime {@code config.json} for one container: Docker's defaults for
 * capabilities, mounts, masked paths and namespaces, plus the process resolved from the image
 * config and the run options.
 */
public final class OciSpecBuilder {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Docker's default capability set, in Docker's order. */
  public static final List<String> DEFAULT_CAPABILITIES =
      List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD",
          "CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP",
          "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");

  public static final List<String> MASKED_PATHS =
      List.of("/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
          "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
          "/sys/firmware");

  public static final List<String> READONLY_PATHS =
      List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

  private final String cgroupParent;

  /** @param cgroupParent absolute cgroupfs parent, e.g. {@code /berth}; leaves are the ids */
  public OciSpecBuilder(String cgroupParent) {
    this.cgroupParent = cgroupParent;
  }

  /** What the spec is generated from. {@code rootfs} must already be mounted (user lookup). */
  public record Input(
      String containerId,
      ImageProcessConfig image,
      RunOptions options,
      Path rootfs,
      HostFiles hostFiles,
      Optional<Path> initBinary) {
    public Input(String containerId, ImageProcessConfig image, RunOptions options, Path rootfs, HostFiles hostFiles) {
      this(containerId, image, options, rootfs, hostFiles, options.init() ? InitBinary.find() : Optional.empty());
    }
  }

  /** Docker's hostname: {@code --hostname}, the host's with host networking, else the short id. */
  public static String hostnameFor(String containerId, RunOptions options) {
    if (options.join() != null) {
      return options.join().hostname();
    }
    if (!options.hostname().isEmpty()) {
      return options.hostname();
    }
    if (options.network() == NetworkMode.HOST) {
      return HostFiles.hostHostname();
    }
    return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
  }

  public ObjectNode build(Input in) {
    RunOptions opts = in.options();
    List<String> args = CommandResolver.resolve(in.image(), opts);
    Path init = null;
    if (opts.init()) {
      init = in.initBinary().orElseThrow(() -> new NotSupportedException("--init without an init binary on the host"
          + " (install tini: one of " + InitBinary.CANDIDATES + ")"));
      args = InitBinary.wrap(args);
    }
    String cwd = opts.workdir().isEmpty() ? in.image().workingDir() : opts.workdir();
    if (cwd.isEmpty()) {
      cwd = "/";
    }
    if (!cwd.startsWith("/")) {
      throw new InvalidArgumentException(
          "the working directory '" + cwd + "' is invalid, it needs to be an absolute path");
    }
    String userSpec = opts.user().isEmpty() ? in.image().user() : opts.user();
    ResolvedUser user = UserResolver.resolve(in.rootfs(), userSpec);
    ProcessLimits limits = opts.limits();
    List<Long> groupAdd = UserResolver.groupIds(in.rootfs(), limits.groupAdd());
    if (!groupAdd.isEmpty()) {
      List<Long> gids = new java.util.ArrayList<>(user.additionalGids());
      groupAdd.stream().filter(g -> !gids.contains(g)).forEach(gids::add);
      user = new ResolvedUser(user.uid(), user.gid(), gids, user.home());
    }
    String hostname = hostnameFor(in.containerId(), opts);
    List<String> env =
        ContainerEnv.forProcess(
            ContainerEnv.merge(in.image().env(), opts.env()), hostname, opts.tty(), user.home());

    ObjectNode spec = JSON.createObjectNode();
    spec.put("ociVersion", "1.0.2-dev");
    ObjectNode process = spec.putObject("process");
    process.put("terminal", opts.tty());
    ObjectNode u = process.putObject("user");
    u.put("uid", user.uid());
    u.put("gid", user.gid());
    if (!user.additionalGids().isEmpty()) {
      ArrayNode gids = u.putArray("additionalGids");
      user.additionalGids().forEach(gids::add);
    }
    strings(process.putArray("args"), args);
    strings(process.putArray("env"), env);
    process.put("cwd", cwd);
    ObjectNode caps = process.putObject("capabilities");
    List<String> capabilities = Capabilities.effective(limits.capAdd(), limits.capDrop());
    strings(caps.putArray("bounding"), capabilities);
    // A non-root user keeps only the bounding set, as Docker does.
    if (user.uid() == 0) {
      strings(caps.putArray("effective"), capabilities);
      strings(caps.putArray("permitted"), capabilities);
    }
    process.put("noNewPrivileges", opts.security().noNewPrivileges());
    // Without --ulimit the container inherits the engine's limits.
    if (!limits.rlimits().isEmpty()) {
      ArrayNode rlimits = process.putArray("rlimits");
      for (ProcessLimits.Rlimit r : limits.rlimits()) {
        rlimits.addObject().put("type", r.type()).put("hard", r.hard()).put("soft", r.soft());
      }
    }
    if (limits.oomScoreAdj() != null) {
      process.put("oomScoreAdj", limits.oomScoreAdj());
    }

    ObjectNode root = spec.putObject("root");
    root.put("path", in.rootfs().toString());
    root.put("readonly", opts.readOnlyRootfs());
    if (!limits.utsHost()) {
      spec.put("hostname", hostname); // runc sets no hostname without a UTS namespace of its own
    }
    ArrayNode mounts = spec.putArray("mounts");
    addMounts(mounts, in.hostFiles(), opts.binds(), limits.kernel(), opts.readOnlyRootfs(),
        limits.extras().shmPath().isEmpty() ? shmSource(limits.ipcNamespace()) : limits.extras().shmPath());
    if (init != null) {
      mount(mounts, InitBinary.IN_CONTAINER, "bind", init.toString(), "bind", "ro");
    }

    ObjectNode linux = spec.putObject("linux");
    String rootPropagation = rootfsPropagation(opts.binds());
    if (rootPropagation != null) {
      linux.put("rootfsPropagation", rootPropagation);
    }
    // --cgroup-parent: Go's filepath.Join(parent, id) (a relative parent is the runtime's to place)
    linux.put("cgroupsPath", opts.cgroupParent().isEmpty() ? cgroupParent + "/" + in.containerId()
        : joinCgroup(opts.cgroupParent(), in.containerId()));
    ObjectNode resources = resources(limits);
    linux.set("resources", resources);
    KernelSettings kernel = limits.kernel();
    // the daemon's network defaults first: the user's --sysctl overrides them
    java.util.Map<String, String> sysctls = new java.util.LinkedHashMap<>(
        NetworkSysctls.defaults(opts.join() != null ? NetworkMode.CONTAINER : opts.network()));
    sysctls.putAll(kernel.sysctls());
    if (!limits.extras().domainname().isEmpty() && !limits.utsHost()) {
      sysctls.put("kernel.domainname", limits.extras().domainname()); // --domainname, as the daemon sets it
    }
    if (!sysctls.isEmpty()) {
      ObjectNode sysctl = linux.putObject("sysctl");
      sysctls.forEach(sysctl::put);
    }
    ArrayNode deviceRules = resources.putArray("devices");
    ObjectNode deny = deviceRules.addObject();
    deny.put("allow", false);
    deny.put("access", "rwm");
    // the daemon's default rules: zero, null, urandom, random, tty, console allowed, fuse denied
    for (long[] d : new long[][] {{1, 5, 1}, {1, 3, 1}, {1, 9, 1}, {1, 8, 1}, {5, 0, 1}, {5, 1, 1}, {10, 229, 0}}) {
      deviceRules.addObject().put("allow", d[2] == 1).put("type", "c").put("major", d[0]).put("minor", d[1])
          .put("access", "rwm");
    }
    List<DeviceMapping.Node> nodes = new java.util.ArrayList<>();
    for (DeviceMapping d : opts.devices()) {
      nodes.addAll(d.nodes());
    }
    for (String rule : opts.deviceCgroupRules()) {
      // "TYPE MAJOR:MINOR ACCESS", * for any number (the CLI checked the format)
      String[] f = rule.split(" ");
      String[] numbers = f[1].split(":");
      ObjectNode r = deviceRules.addObject().put("allow", true).put("type", f[0]);
      r.put("major", numbers[0].equals("*") ? -1 : Long.parseLong(numbers[0]));
      r.put("minor", numbers[1].equals("*") ? -1 : Long.parseLong(numbers[1]));
      r.put("access", f[2]);
    }
    if (!nodes.isEmpty()) {
      ArrayNode devices = linux.putArray("devices");
      for (DeviceMapping.Node n : nodes) {
        devices.addObject().put("path", n.path()).put("type", n.type()).put("major", n.major())
            .put("minor", n.minor()).put("fileMode", n.fileMode()).put("uid", n.uid()).put("gid", n.gid());
        deviceRules.addObject().put("allow", true).put("type", n.type()).put("major", n.major())
            .put("minor", n.minor()).put("access", n.access());
      }
    }
    ArrayNode ns = linux.putArray("namespaces");
    List<String> types = limits.extras().cgroupnsPrivate() ? List.of("pid", "network", "ipc", "uts", "mount", "cgroup")
        : List.of("pid", "network", "ipc", "uts", "mount");
    for (String type : types) {
      if (type.equals("network") && opts.network() == NetworkMode.HOST || type.equals("uts") && limits.utsHost()) {
        continue;
      }
      String join = type.equals("ipc") ? limits.ipcNamespace() : type.equals("pid") ? limits.pidNamespace()
          : type.equals("network") && opts.join() != null ? opts.join().netns() : "";
      if (join.equals("host")) {
        continue;
      }
      if (join.equals(ProcessLimits.IPC_NONE)) {
        join = ""; // a namespace of its own, only without /dev/shm
      }
      ObjectNode n = ns.addObject().put("type", type);
      if (!join.isEmpty()) {
        n.put("path", join);
      }
    }
    ObjectNode seccomp = seccomp(opts.security(), capabilities);
    if (seccomp != null) {
      linux.set("seccomp", seccomp);
    }
    strings(linux.putArray("maskedPaths"), opts.security().masked());
    strings(linux.putArray("readonlyPaths"), opts.security().readonly());
    spec.putObject("annotations")
        .put("org.opencontainers.image.stopSignal",
            String.valueOf(Signals.number(stopSignal(in.image()))));
    return spec;
  }

  /**
   * The OCI seccomp filter, as the daemon chooses it: none for a privileged container or with
   * {@code seccomp=unconfined}, the user's profile, else berth's default; the rules of a profile
   * depend on the process's bounding capabilities.
   */
  static ObjectNode seccomp(ProcessSecurity security, List<String> bounding) {
    if (security.privileged() || security.seccomp().equals("unconfined")) {
      return null;
    }
    if (security.seccomp().isEmpty()) {
      return SeccompProfile.convert(DefaultSeccompProfile.profile(), bounding, SeccompProfile.NATIVE_ARCH,
          SeccompProfile.kernelRelease());
    }
    return SeccompProfile.fromJson(security.seccomp(), bounding);
  }

  /** The image's stop signal, SIGTERM when it has none. */
  public static String stopSignal(ImageProcessConfig image) {
    return image.stopSignal().isEmpty() ? "SIGTERM" : image.stopSignal();
  }

  /**
   * Where /dev/shm comes from for an IPC mode: the host's ({@code --ipc host}), none ({@code --ipc
   * none}: null), or a tmpfs of its own (empty). A shareable container's and its joiners' come from
   * the donor's tmpfs on the host instead ({@link ProcessLimits.Extras#shmPath}).
   */
  static String shmSource(String ipcNamespace) {
    if (ipcNamespace.equals("host")) {
      return "/dev/shm";
    }
    if (ipcNamespace.equals(ProcessLimits.IPC_NONE)) {
      return null;
    }
    return "";
  }

  private static void addMounts(ArrayNode mounts, HostFiles files, List<BindMount> binds, KernelSettings kernel,
      boolean readOnlyRootfs, String shmSource) {
    mount(mounts, "/proc", "proc", "proc", "nosuid", "noexec", "nodev");
    mount(mounts, "/dev", "tmpfs", "tmpfs", "nosuid", "strictatime", "mode=755", "size=65536k");
    mount(mounts, "/dev/pts", "devpts", "devpts", "nosuid", "noexec", "newinstance",
        "ptmxmode=0666", "mode=0620", "gid=5");
    if (shmSource != null && !shmSource.isEmpty()) {
      // --ipc host or container: the shared /dev/shm, as the daemon binds it
      mount(mounts, "/dev/shm", "bind", shmSource, "rbind", "nosuid", "noexec", "nodev");
    } else if (shmSource != null) {
      mount(mounts, "/dev/shm", "tmpfs", "shm", "nosuid", "noexec", "nodev", "mode=1777",
          kernel.shmSizeOption());
    }
    mount(mounts, "/dev/mqueue", "mqueue", "mqueue", "nosuid", "noexec", "nodev");
    mount(mounts, "/sys", "sysfs", "sysfs", "nosuid", "noexec", "nodev", "ro");
    mount(mounts, "/sys/fs/cgroup", "cgroup", "cgroup", "nosuid", "noexec", "nodev", "relatime",
        "ro");
    // with a read-only root filesystem the daemon's own files are read-only too
    String[] fileOptions = readOnlyRootfs ? new String[] {"bind", "rprivate", "ro"} : new String[] {"bind", "rprivate"};
    // binds, the network files and tmpfs mounts by depth, as the daemon sorts them: a parent before
    // what goes inside it (a volume on /etc comes before /etc/hosts)
    record Entry(String destination, Runnable add) {}
    List<Entry> entries = new java.util.ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    binds.forEach(b -> taken.add(Path.of(b.destination()).normalize().toString()));
    kernel.tmpfs().keySet().forEach(d -> taken.add(Path.of(d).normalize().toString()));
    List<Entry> networkFiles = new java.util.ArrayList<>();
    for (String[] f : new String[][] {{"/etc/hosts", files.hosts().toString()},
        {"/etc/hostname", files.hostname().toString()}, {"/etc/resolv.conf", files.resolvConf().toString()}}) {
      if (!taken.contains(f[0])) { // the daemon leaves out a network file the user mounts
        networkFiles.add(new Entry(f[0], () -> mount(mounts, f[0], "bind", f[1], fileOptions)));
      }
    }
    for (BindMount b : binds) {
      entries.add(new Entry(b.destination(), () -> {
        mount(mounts, b.destination(), "bind", b.source().toString(), b.options().toArray(String[]::new));
      }));
    }
    entries.addAll(networkFiles);
    kernel.tmpfs().forEach((destination, options) -> entries.add(new Entry(destination,
        () -> mount(mounts, destination, "tmpfs", "tmpfs", KernelSettings.tmpfsOptions(options).toArray(String[]::new)))));
    entries.sort(java.util.Comparator.comparingInt(e -> depth(e.destination())));
    entries.forEach(e -> e.add().run());
  }

  /**
   * The root's propagation as the daemon sets it for the binds: {@code shared} when one is shared
   * (mounts made inside reach the host), else {@code rslave} when one is a slave (host mounts reach
   * the container), else the runtime's default (null).
   */
  static String rootfsPropagation(List<BindMount> binds) {
    String root = null;
    for (BindMount b : binds) {
      switch (b.propagation()) {
        case "shared", "rshared" -> root = "shared";
        case "slave", "rslave" -> {
          if (root == null) {
            root = "rslave";
          }
        }
        default -> { }
      }
    }
    return root;
  }

  /** Go's {@code filepath.Join(parent, id)}: joined, then cleaned lexically. */
  static String joinCgroup(String parent, String id) {
    String joined = dev.berth.units.GoPath.clean(parent + "/" + id);
    return joined.equals(".") ? "" : joined;
  }

  private static int depth(String destination) {
    return (int) java.nio.file.Path.of(destination).normalize().getNameCount();
  }

  private static void mount(ArrayNode mounts, String dest, String type, String source,
      String... options) {
    ObjectNode m = mounts.addObject();
    // runc makes a relative destination (an image's VOLUME testname:/foo) absolute itself, with a
    // warning on the container's output that dockerd's runc never shows: give it the absolute path
    m.put("destination", dest.startsWith("/") ? dest : "/" + dest);
    m.put("type", type);
    m.put("source", source);
    strings(m.putArray("options"), List.of(options));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** Writes {@code spec} as {@code bundleDir/config.json}. */
  public static Path write(ObjectNode spec, Path bundleDir) {
    try {
      Files.createDirectories(bundleDir);
      Path file = bundleDir.resolve("config.json");
      JSON.writeValue(file.toFile(), spec);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OCI {@code linux.resources} of the limits (memory, CPU, pids), as the spec and {@code runc update} take them. */
  static ObjectNode resources(ProcessLimits limits) {
    ObjectNode resources = JSON.createObjectNode();
    KernelSettings kernel = limits.kernel();
    KernelSettings.Cgroup cg = kernel.cgroup();
    ProcessLimits.Extras extras = limits.extras();
    if (limits.memory() > 0 || cg.memoryReservation() > 0 || cg.memorySwappiness() != null || extras.oomKillDisable()
        || extras.kernelMemory() > 0) {
      ObjectNode memory = resources.putObject("memory");
      if (limits.memory() > 0) {
        memory.put("limit", limits.memory());
        if (limits.memorySwap() != 0) {
          memory.put("swap", limits.memorySwap());
        }
      }
      if (cg.memoryReservation() > 0) {
        memory.put("reservation", cg.memoryReservation());
      }
      if (cg.memorySwappiness() != null && cg.memorySwappiness() >= 0) {
        memory.put("swappiness", cg.memorySwappiness());
      }
      if (extras.kernelMemory() > 0) {
        memory.put("kernel", extras.kernelMemory());
      }
      if (extras.oomKillDisable()) {
        memory.put("disableOOMKiller", true);
      }
    }
    ObjectNode cpu = resources.objectNode();
    if (kernel.cpuShares() != 0) {
      cpu.put("shares", kernel.cpuShares());
    }
    if (cg.quota() != 0) {
      cpu.put("quota", cg.quota());
    }
    if (cg.period() != 0) {
      cpu.put("period", cg.period());
    }
    if (!cg.cpusetCpus().isEmpty()) {
      cpu.put("cpus", cg.cpusetCpus());
    }
    if (!cg.cpusetMems().isEmpty()) {
      cpu.put("mems", cg.cpusetMems());
    }
    if (extras.cpuRealtimePeriod() != 0) {
      cpu.put("realtimePeriod", extras.cpuRealtimePeriod());
    }
    if (extras.cpuRealtimeRuntime() != 0) {
      cpu.put("realtimeRuntime", extras.cpuRealtimeRuntime());
    }
    if (!cpu.isEmpty()) {
      resources.set("cpu", cpu);
    }
    if (kernel.pidsLimit() != 0) {
      resources.putObject("pids").put("limit", kernel.pidsLimit());
    }
    return resources;
  }
}
