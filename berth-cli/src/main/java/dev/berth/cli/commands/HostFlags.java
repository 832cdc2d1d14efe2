package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.HostSettings;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The {@code create}/{@code run} flags that become host options (restart policy, log options,
 * resources, ports, capabilities, namespaces, {@code --volumes-from}) and the config fields that go
 * with them ({@code --expose}, {@code --stop-signal}, {@code --stop-timeout}). The client side
 * checks the docker CLI makes are here; the daemon's are the engine's ({@code HostSettings}).
 */
public final class HostFlags {
  @Option(names = "--restart", defaultValue = "no")
  String restart;

  @Option(names = "--log-opt")
  List<String> logOpts = new ArrayList<>();

  @Option(names = "--log-driver")
  String logDriver;

  @Option(names = "--stop-signal")
  String stopSignal;

  @Option(names = "--stop-timeout")
  Integer stopTimeout;

  @Option(names = {"-m", "--memory"})
  String memory;

  @Option(names = "--memory-swap")
  String memorySwap;

  @Option(names = "--ulimit")
  List<String> ulimits = new ArrayList<>();

  @Option(names = {"-P", "--publish-all"})
  boolean publishAll;

  @Option(names = "--expose")
  List<String> expose = new ArrayList<>();

  @Option(names = "--cidfile")
  String cidFile;

  @Option(names = "--privileged")
  boolean privileged;

  @Option(names = "--cap-add")
  List<String> capAdd = new ArrayList<>();

  @Option(names = "--cap-drop")
  List<String> capDrop = new ArrayList<>();

  @Option(names = "--group-add")
  List<String> groupAdd = new ArrayList<>();

  @Option(names = "--oom-score-adj")
  Integer oomScoreAdj;

  @Option(names = "--cpuset-cpus")
  String cpusetCpus;

  @Option(names = "--ipc")
  String ipc;

  @Option(names = "--pid")
  String pid;

  @Option(names = "--uts")
  String uts;

  @Option(names = "--blkio-weight")
  String blkioWeight;

  @Option(names = "--volumes-from")
  List<String> volumesFrom = new ArrayList<>();

  @Option(names = {"-c", "--cpu-shares"})
  Long cpuShares;

  @Option(names = "--pids-limit")
  Long pidsLimit;

  @Option(names = "--shm-size")
  String shmSize;

  @Option(names = "--sysctl")
  List<String> sysctls = new ArrayList<>();

  @Option(names = "--tmpfs")
  List<String> tmpfs = new ArrayList<>();

  @Option(names = "--cpu-quota")
  Long cpuQuota;

  @Option(names = "--cpu-period")
  Long cpuPeriod;

  @Option(names = "--cpus")
  String cpus;

  @Option(names = "--cpuset-mems")
  String cpusetMems;

  @Option(names = "--memory-reservation")
  String memoryReservation;

  @Option(names = "--memory-swappiness")
  Long memorySwappiness;

  @Option(names = "--device")
  List<String> devices = new ArrayList<>();

  @Option(names = "--dns")
  List<String> dns = new ArrayList<>();

  @Option(names = "--dns-search")
  List<String> dnsSearch = new ArrayList<>();

  @Option(names = {"--dns-option", "--dns-opt"}) // --dns-opt: the CLI's hidden old name
  List<String> dnsOptions = new ArrayList<>();

  @Option(names = "--cgroup-parent")
  String cgroupParent;

  @Option(names = "--device-cgroup-rule")
  List<String> deviceCgroupRules = new ArrayList<>();

  @Option(names = "--blkio-weight-device")
  List<String> blkioWeightDevices = new ArrayList<>();

  @Option(names = "--device-read-bps")
  List<String> deviceReadBps = new ArrayList<>();

  @Option(names = "--device-write-bps")
  List<String> deviceWriteBps = new ArrayList<>();

  @Option(names = "--device-read-iops")
  List<String> deviceReadIops = new ArrayList<>();

  @Option(names = "--device-write-iops")
  List<String> deviceWriteIops = new ArrayList<>();

  @Option(names = "--link")
  List<String> links = new ArrayList<>();

  @Option(names = "--add-host")
  List<String> addHosts = new ArrayList<>();

  /** The docker CLI's warnings about the flags (printed on stderr before the container is made). */
  final List<String> warnings = new ArrayList<>();

  /** The kernel parameters a container may set (the docker CLI's list): IPC ones, and any net.* or fs.mqueue.*. */
  private static final List<String> SYSCTLS = List.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
      "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");

  /**
   * A client-side error: a flag value the flag parser refuses ({@code flagError}: printed with the
   * usage), or a check of the values (printed after {@code docker: }).
   */
  static final class Invalid extends RuntimeException {
    final boolean flagError;

    Invalid(String message, boolean flagError) {
      super(message);
      this.flagError = flagError;
    }
  }

  private static final List<String> ULIMIT_NAMES = List.of("core", "cpu", "data", "fsize", "locks", "memlock",
      "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

  /** A uint16 flag value, with the errors of Go's strconv.ParseUint (as pflag reports them). */
  static int uint16(String value, String flag) {
    String problem = null;
    if (!value.matches("[0-9]+")) {
      problem = "invalid syntax";
    } else if (value.length() > 5 || Integer.parseInt(value) > 65535) {
      problem = "value out of range";
    }
    if (problem != null) {
      throw new Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: strconv.ParseUint: parsing \""
          + value + "\": " + problem, true);
    }
    return Integer.parseInt(value);
  }

  /** Writes the host options into {@code config} ({@code publish}: the {@code -p} values). */
  void apply(ObjectNode config, List<String> publish, boolean autoRemove) {
    ObjectNode host = config.putObject(HostSettings.CONFIG_KEY);
    ObjectNode policy = host.putObject("RestartPolicy");
    String[] r = restart.split(":", 2);
    policy.put("Name", r[0]);
    int count = 0;
    if (r.length > 1) {
      try {
        count = Integer.parseInt(r[1]);
      } catch (NumberFormatException e) {
        throw new Invalid("invalid restart policy format: maximum retry count must be an integer", false);
      }
    }
    policy.put("MaximumRetryCount", count);
    if (autoRemove && !r[0].isEmpty() && !r[0].equals("no")) {
      throw new Invalid("conflicting options: cannot specify both --restart and --rm", false);
    }
    ObjectNode log = host.putObject("LogConfig");
    log.put("Type", logDriver == null ? "" : logDriver);
    ObjectNode logConfig = log.putObject("Config");
    for (String o : logOpts) {
      int eq = o.indexOf('=');
      logConfig.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
    }
    if (stopSignal != null) {
      config.put("StopSignal", stopSignal);
    }
    if (stopTimeout != null) {
      config.put("StopTimeout", stopTimeout);
    }
    if (memory != null) {
      host.put("Memory", bytes(memory, "-m, --memory"));
    }
    if (memorySwap != null) {
      host.put("MemorySwap", memorySwap.equals("-1") ? -1 : bytes(memorySwap, "--memory-swap"));
    }
    if (!ulimits.isEmpty()) {
      ArrayNode u = host.putArray("Ulimits");
      for (String value : ulimits) {
        u.add(ulimit(value));
      }
    }
    ports(config, host, publish);
    if (cidFile != null) {
      host.put("ContainerIDFile", cidFile);
    }
    if (privileged) {
      host.put("Privileged", true);
    }
    capabilities(host, "CapAdd", capAdd);
    capabilities(host, "CapDrop", capDrop);
    if (!groupAdd.isEmpty()) {
      ArrayNode g = host.putArray("GroupAdd");
      groupAdd.forEach(g::add);
    }
    if (oomScoreAdj != null) {
      host.put("OomScoreAdj", oomScoreAdj);
    }
    if (cpusetCpus != null) {
      host.put("CpusetCpus", cpusetCpus);
    }
    if (ipc != null) {
      host.put("IpcMode", ipc);
    }
    if (pid != null) {
      String[] mode = pid.split(":", 2);
      boolean valid = switch (mode[0]) {
        case "", "host" -> true;
        case "container" -> mode.length == 2 && !mode[1].isEmpty();
        default -> false;
      };
      if (!valid) {
        throw new Invalid("--pid: invalid PID mode", false);
      }
      host.put("PidMode", pid);
    }
    if (blkioWeight != null) {
      host.put("BlkioWeight", uint16(blkioWeight, "--blkio-weight"));
    }
    if (uts != null) {
      if (!uts.isEmpty() && !uts.equals("host")) {
        throw new Invalid("--uts: invalid UTS mode", false);
      }
      host.put("UTSMode", uts);
    }
    if (!volumesFrom.isEmpty()) {
      ArrayNode v = host.putArray("VolumesFrom");
      volumesFrom.forEach(v::add);
    }
    if (cpuShares != null) {
      host.put("CpuShares", cpuShares);
    }
    if (pidsLimit != null) {
      host.put("PidsLimit", pidsLimit);
    }
    if (shmSize != null) {
      host.put("ShmSize", bytes(shmSize, "--shm-size"));
    }
    if (!sysctls.isEmpty()) {
      ObjectNode m = host.putObject("Sysctls");
      for (String value : sysctls) {
        int eq = value.indexOf('=');
        String key = eq < 0 ? value : value.substring(0, eq);
        if (eq < 0 || !(SYSCTLS.contains(key) || key.startsWith("net.") || key.startsWith("fs.mqueue."))) {
          throw new Invalid("invalid argument \"" + value + "\" for \"--sysctl\" flag: sysctl '" + value
              + "' is not allowed", true);
        }
        m.put(key, value.substring(eq + 1));
      }
    }
    if (cpuQuota != null) {
      host.put("CpuQuota", cpuQuota);
    }
    if (cpuPeriod != null) {
      host.put("CpuPeriod", cpuPeriod);
    }
    if (cpus != null) {
      host.put("NanoCpus", nanoCpus(cpus));
    }
    if (cpusetMems != null) {
      host.put("CpusetMems", cpusetMems);
    }
    if (memoryReservation != null) {
      host.put("MemoryReservation", bytes(memoryReservation, "--memory-reservation"));
    }
    if (memorySwappiness != null) {
      if (memorySwappiness != -1 && (memorySwappiness < 0 || memorySwappiness > 100)) {
        throw new Invalid("invalid value: " + memorySwappiness + ". Valid memory swappiness range is 0-100", false);
      }
      host.put("MemorySwappiness", memorySwappiness);
    }
    networkFlags(host);
    blkioDevices(host);
    if (!links.isEmpty()) {
      ArrayNode a = host.putArray("Links");
      for (String link : links) {
        if (link.isEmpty() || link.split(":", -1).length > 2) {
          throw new Invalid("invalid argument \"" + link + "\" for \"--link\" flag: "
              + (link.isEmpty() ? "empty string specified for links" : "bad format for links: " + link), true);
        }
        a.add(link);
      }
    }
    if (cgroupParent != null && !cgroupParent.isEmpty()) {
      host.put("CgroupParent", cgroupParent);
    }
    if (!deviceCgroupRules.isEmpty()) {
      ArrayNode rules = host.putArray("DeviceCgroupRules");
      for (String rule : deviceCgroupRules) {
        if (!rule.matches("[acb] ([0-9]+|\\*):([0-9]+|\\*) [rwm]{1,3}")) {
          throw new Invalid("invalid argument \"" + rule + "\" for \"--device-cgroup-rule\" flag: invalid device"
              + " cgroup format '" + rule + "'", true);
        }
        rules.add(rule);
      }
    }
    if (!devices.isEmpty()) {
      ArrayNode a = host.putArray("Devices");
      for (String d : devices) {
        String[] m = device(d);
        a.addObject().put("PathOnHost", m[0]).put("PathInContainer", m[1]).put("CgroupPermissions", m[2]);
      }
    }
    if (!tmpfs.isEmpty()) {
      ObjectNode m = host.putObject("Tmpfs");
      for (String value : tmpfs) {
        int colon = value.indexOf(':');
        m.put(colon < 0 ? value : value.substring(0, colon), colon < 0 ? "" : value.substring(colon + 1));
      }
    }
  }

  /**
   * Runs {@code create} with the docker CLI's {@code --cidfile} handling: the file must not exist,
   * it is made before the container and gets its ID, and goes again when no container was made.
   */
  String createWithCidFile(java.util.function.Supplier<String> create, String path) {
    if (cidFile == null) {
      return create.get();
    }
    java.nio.file.Path file = java.nio.file.Path.of(cidFile);
    if (java.nio.file.Files.exists(file)) {
      throw new dev.berth.cli.CommandFailed(dev.berth.cli.CliContext.PROG + ": container ID file found, make sure"
          + " the other container isn't running or delete " + cidFile + "\n\nRun '" + path
          + " --help' for more information", 125);
    }
    try {
      java.nio.file.Files.writeString(file, "");
    } catch (java.io.IOException e) {
      throw new dev.berth.cli.CommandFailed(dev.berth.cli.CliContext.PROG + ": failed to create the container ID file: "
          + e.getMessage() + "\n\nRun '" + path + " --help' for more information", 125);
    }
    String id = null;
    try {
      id = create.get();
      java.nio.file.Files.writeString(file, id);
      return id;
    } catch (java.io.IOException e) {
      throw new dev.berth.cli.CommandFailed("failed to write the container ID to the file: " + e.getMessage(), 125);
    } finally {
      if (id == null) {
        try {
          java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
          // the container was not made; an empty file left behind only blocks the next --cidfile
        }
      }
    }
  }

  /**
   * {@code --blkio-weight-device PATH:WEIGHT} and the throttles ({@code --device-read-bps PATH:RATE},
   * ...), with the CLI's checks; the CLI always sends the five lists.
   */
  private void blkioDevices(ObjectNode host) {
    ArrayNode weights = host.putArray("BlkioWeightDevice");
    for (String value : blkioWeightDevices) {
      String[] pr = devicePathAndValue(value, "--blkio-weight-device");
      long weight;
      try {
        weight = pr[1].matches("[0-9]+") && pr[1].length() <= 5 ? Long.parseLong(pr[1]) : -1;
      } catch (NumberFormatException e) {
        weight = -1;
      }
      if (weight < 0 || weight > 65535 || weight > 0 && (weight < 10 || weight > 1000)) {
        throw new Invalid("invalid argument \"" + value + "\" for \"--blkio-weight-device\" flag: invalid weight for"
            + " device: " + value, true);
      }
      weights.addObject().put("Path", pr[0]).put("Weight", weight);
    }
    throttles(host, "BlkioDeviceReadBps", "--device-read-bps", deviceReadBps, true);
    throttles(host, "BlkioDeviceReadIOps", "--device-read-iops", deviceReadIops, false);
    throttles(host, "BlkioDeviceWriteBps", "--device-write-bps", deviceWriteBps, true);
    throttles(host, "BlkioDeviceWriteIOps", "--device-write-iops", deviceWriteIops, false);
  }

  private static void throttles(ObjectNode host, String field, String flag, List<String> values, boolean bytes) {
    ArrayNode a = host.putArray(field);
    for (String value : values) {
      String[] pr = devicePathAndValue(value, flag);
      long rate = -1;
      try {
        rate = bytes ? dev.berth.units.RamSize.parse(pr[1]) : pr[1].matches("[0-9]+") ? Long.parseLong(pr[1]) : -1;
      } catch (IllegalArgumentException e) {
        rate = -1;
      }
      if (rate < 0) {
        throw new Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: invalid rate for device: "
            + value + ". The correct format is <device-path>:<number>" + (bytes ? "[<unit>]" : "")
            + ". Number must be a positive integer" + (bytes ? ". Unit is optional and can be kb, mb, or gb" : ""), true);
      }
      a.addObject().put("Path", pr[0]).put("Rate", rate);
    }
  }

  /** {@code /dev/PATH:VALUE}, as the CLI splits and checks it. */
  private static String[] devicePathAndValue(String value, String flag) {
    String[] split = value.split(":", -1);
    if (split.length != 2) {
      throw new Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: bad format: " + value, true);
    }
    if (!split[0].startsWith("/dev/")) {
      throw new Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: bad format for device path: "
          + value, true);
    }
    return split;
  }

  /** {@code --dns}, {@code --dns-search}, {@code --dns-option}, {@code --add-host}, with the CLI's checks. */
  private void networkFlags(ObjectNode host) {
    ArrayNode servers = host.putArray("Dns");
    for (String value : dns) {
      String ip = IpAddress.canonical(value.strip());
      if (ip == null) {
        throw new Invalid("invalid argument \"" + value + "\" for \"--dns\" flag: IP address is not correctly"
            + " formatted: " + value, true);
      }
      if (IpAddress.loopback(ip)) {
        warnings.add("WARNING: Localhost DNS (" + ip + ") may fail in containers.");
      }
      servers.add(ip);
    }
    ArrayNode search = host.putArray("DnsSearch");
    for (String value : dnsSearch) {
      search.add(dnsSearch(value));
    }
    ArrayNode options = host.putArray("DnsOptions");
    dnsOptions.forEach(options::add);
    if (!addHosts.isEmpty()) {
      ArrayNode extra = host.putArray("ExtraHosts");
      for (String value : addHosts) {
        extra.add(extraHost(value));
      }
    }
  }

  private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
      "^(:?(?:[a-zA-Z0-9]|(?:[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9]))(:?\\.(?:[a-zA-Z0-9]|(?:[a-zA-Z0-9][a-zA-Z0-9\\-]*"
      + "[a-zA-Z0-9])))*)\\.?\\s*$");

  /** A {@code --dns-search} domain ({@code .} for none), as the CLI checks and trims it. */
  static String dnsSearch(String value) {
    String v = value.replaceAll("^ +| +$", "");
    if (v.equals(".")) {
      return v;
    }
    java.util.regex.Matcher m = DOMAIN.matcher(v);
    if (!v.matches("(?s).*[a-zA-Z].*") || !m.find() || m.group(1).length() >= 255) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--dns-search\" flag: " + v
          + " is not a valid domain", true);
    }
    return m.group(1);
  }

  /** A {@code --add-host NAME:IP} (or {@code NAME=IP}, an IP in brackets), as {@code NAME:IP}. */
  static String extraHost(String value) {
    int sep = value.indexOf('=');
    if (sep < 0) {
      sep = value.indexOf(':');
    }
    String name = sep < 0 ? "" : value.substring(0, sep);
    if (sep < 0 || name.isEmpty() || name.contains(":")) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--add-host\" flag: bad format for add-host: \""
          + value + "\"", true);
    }
    String ip = value.substring(sep + 1);
    if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
      ip = ip.substring(1, ip.length() - 1);
    }
    if (!ip.equals("host-gateway") && IpAddress.canonical(ip.strip()) == null) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--add-host\" flag: invalid IP address in"
          + " add-host: \"" + ip + "\"", true);
    }
    return name + ":" + ip;
  }

  /**
   * {@code --device HOST[:CONTAINER][:PERMISSIONS]}: the CLI's path check, then its split into
   * {@code [host, container, permissions]} (permissions {@code rwm} by default).
   */
  static String[] device(String value) {
    if (value.chars().filter(c -> c == ':').count() > 2 || value.startsWith(":") || value.isEmpty()) {
      throw new Invalid("bad format for path: " + value, false);
    }
    String[] split = value.split(":", 3);
    String containerPath = split[0];
    String checked = value;
    if (split.length == 1) {
      checked = cleanPath(split[0]);
    } else if (split.length == 2) {
      if (deviceMode(split[1])) {
        checked = cleanPath(split[0]) + ":" + split[1];
      } else {
        containerPath = split[1];
        checked = split[0] + ":" + cleanPath(split[1]);
      }
    } else {
      containerPath = split[1];
      if (!deviceMode(split[2])) {
        throw new Invalid("bad mode specified: " + split[2], false);
      }
    }
    if (!containerPath.startsWith("/")) {
      throw new Invalid(containerPath + " is not an absolute path", false);
    }
    String[] arr = checked.split(":", -1);
    String src = arr[0];
    String dst = "";
    String permissions = "rwm";
    if (arr.length == 3) {
      permissions = arr[2];
    }
    if (arr.length >= 2) {
      if (deviceMode(arr[1])) {
        permissions = arr[1];
      } else {
        dst = arr[1];
      }
    }
    return new String[] {src, dst.isEmpty() ? src : dst, permissions};
  }

  /** A device's cgroup permissions: some of {@code r}, {@code w}, {@code m}, each once. */
  private static boolean deviceMode(String mode) {
    if (mode.isEmpty()) {
      return false;
    }
    java.util.Set<Character> seen = new java.util.HashSet<>();
    for (char c : mode.toCharArray()) {
      if ("rwm".indexOf(c) < 0 || !seen.add(c)) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code path.Clean}. */
  static String cleanPath(String p) {
    return dev.berth.units.GoPath.clean(p);
  }

  private static void capabilities(ObjectNode host, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = host.putArray(field);
      values.stream().map(HostSettings::normalizeCapability).distinct().forEach(a::add);
    }
  }

  /** {@code --cpus}: a decimal number of CPUs, as billionths. */
  static long nanoCpus(String value) {
    java.math.BigDecimal n;
    try {
      n = new java.math.BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--cpus\" flag: failed to parse " + value
          + " as a rational number", true);
    }
    java.math.BigDecimal nanos = n.movePointRight(9);
    if (nanos.stripTrailingZeros().scale() > 0) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--cpus\" flag: value is too precise", true);
    }
    return nanos.longValueExact();
  }

  /** go-units RAMInBytes, with pflag's error for {@code flag}. */
  static long bytes(String value, String flag) {
    try {
      return dev.berth.units.RamSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: " + e.getMessage(), true);
    }
  }

  /** {@code NAME=SOFT[:HARD]}. */
  static ObjectNode ulimit(String value) {
    String[] kv = value.split("=", 2);
    if (kv.length < 2) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--ulimit\" flag: invalid ulimit argument: "
          + value, true);
    }
    if (!ULIMIT_NAMES.contains(kv[0])) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--ulimit\" flag: invalid ulimit type: " + kv[0],
          true);
    }
    String[] limits = kv[1].split(":", 2);
    long soft;
    long hard;
    try {
      soft = Long.parseLong(limits[0]);
      hard = limits.length > 1 ? Long.parseLong(limits[1]) : soft;
    } catch (NumberFormatException e) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--ulimit\" flag: invalid ulimit argument: "
          + value, true);
    }
    if (soft > hard) {
      throw new Invalid("invalid argument \"" + value + "\" for \"--ulimit\" flag: ulimit soft limit must be less"
          + " than or equal to hard limit: " + soft + " > " + hard, true);
    }
    ObjectNode u = ImageConfig.MAPPER.createObjectNode();
    u.put("Name", kv[0]);
    u.put("Hard", hard);
    u.put("Soft", soft);
    return u;
  }

  /**
   * {@code -p [IP:][HOST:]CONTAINER[/PROTO]} (ranges allowed), {@code --expose PORT[-PORT][/PROTO]},
   * {@code -P}: the docker CLI's nat.ParsePortSpecs, keys sorted as Go encodes maps.
   */
  private void ports(ObjectNode config, ObjectNode host, List<String> publish) {
    Map<String, List<String[]>> bindings = new TreeMap<>();
    Map<String, Boolean> exposed = new TreeMap<>();
    for (String e : expose) {
      if (e.contains(":")) {
        throw new Invalid("invalid port format for --expose: " + e, false);
      }
      String[] pp = protocol(e);
      for (int p : exposeRange(pp[0], e)) {
        exposed.put(p + "/" + pp[1], true);
      }
    }
    for (String spec : publish) {
      String[] pp = protocol(spec);
      String rest = pp[0];
      String ip = "";
      String hostPart = "";
      String containerPart;
      int last = rest.lastIndexOf(':');
      if (last < 0) {
        containerPart = rest;
      } else {
        containerPart = rest.substring(last + 1);
        String before = rest.substring(0, last);
        int first = before.lastIndexOf(':');
        if (first < 0) {
          hostPart = before;
        } else {
          ip = before.substring(0, first);
          hostPart = before.substring(first + 1);
        }
      }
      List<Integer> containerPorts = range(containerPart, "containerPort");
      List<Integer> hostPorts = hostPart.isEmpty() ? List.of() : range(hostPart, "hostPort");
      // a host range for one container port is the range to allocate that port from
      if (!hostPorts.isEmpty() && hostPorts.size() != containerPorts.size() && containerPorts.size() > 1) {
        throw new Invalid("invalid ranges specified for container and host Ports: " + containerPart + " and "
            + hostPart, false);
      }
      for (int i = 0; i < containerPorts.size(); i++) {
        String key = containerPorts.get(i) + "/" + pp[1];
        exposed.put(key, true);
        String hp = hostPorts.isEmpty() ? ""
            : hostPorts.size() > 1 && containerPorts.size() == 1
                ? hostPorts.get(0) + "-" + hostPorts.get(hostPorts.size() - 1)
                : Integer.toString(hostPorts.get(i));
        bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {ip, hp});
      }
    }
    if (!exposed.isEmpty()) {
      ObjectNode e = config.putObject("ExposedPorts");
      exposed.keySet().forEach(e::putObject);
    }
    if (!bindings.isEmpty()) {
      ObjectNode b = host.putObject("PortBindings");
      bindings.forEach((k, list) -> {
        ArrayNode a = b.putArray(k);
        list.forEach(hp -> a.addObject().put("HostIp", hp[0]).put("HostPort", hp[1]));
      });
    }
    if (publishAll) {
      host.put("PublishAllPorts", true);
    }
  }

  private static String[] protocol(String spec) {
    int slash = spec.lastIndexOf('/');
    return slash < 0 ? new String[] {spec, "tcp"}
        : new String[] {spec.substring(0, slash), spec.substring(slash + 1).toLowerCase(Locale.ROOT)};
  }

  /** {@code --expose PORT[-PORT]}: Go's nat.ParsePortRange, whose error the CLI quotes. */
  static List<Integer> exposeRange(String ports, String value) {
    String error;
    if (ports.isEmpty()) {
      error = "empty string specified for ports";
    } else {
      String[] parts = ports.split("-", -1);
      long start = parseUint16(parts[0]);
      long end = parts.length > 1 && start >= 0 ? parseUint16(parts[1]) : start;
      if (start < 0 || end < 0) {
        String bad = start < 0 ? parts[0] : parts[1];
        error = "strconv.ParseUint: parsing " + dev.berth.errors.GoQuote.of(bad) + ": "
            + ((start == -2 || end == -2) ? "value out of range" : "invalid syntax");
      } else if (end < start) {
        error = "invalid range specified for port: " + ports;
      } else {
        List<Integer> out = new ArrayList<>();
        for (long p = start; p <= end; p++) {
          out.add((int) p);
        }
        return out;
      }
    }
    throw new Invalid("invalid range format for --expose: " + value + ", error: " + error, false);
  }

  /** strconv.ParseUint(s, 10, 16): the value, -1 for invalid syntax, -2 when out of range. */
  private static long parseUint16(String s) {
    if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return -1;
    }
    String digits = s.replaceFirst("^0+(?=.)", "");
    return digits.length() > 5 || Long.parseLong(digits) > 65535 ? -2 : Long.parseLong(digits);
  }

  /** A port or range of {@code -p}/{@code --expose}; {@code what} names it in the error. */
  private static List<Integer> range(String ports, String what) {
    String[] se = ports.split("-", 2);
    try {
      int start = Integer.parseInt(se[0]);
      int end = se.length > 1 ? Integer.parseInt(se[1]) : start;
      if (start < 0 || end > 65535 || end < start) {
        throw new NumberFormatException();
      }
      List<Integer> out = new ArrayList<>();
      for (int p = start; p <= end; p++) {
        out.add(p);
      }
      return out;
    } catch (NumberFormatException e) {
      throw new Invalid("invalid " + what + ": " + ports, false);
    }
  }
}
