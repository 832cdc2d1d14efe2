package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import dev.berth.runtime.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host options of a container that berth keeps but that shape no mount: restart policy, log
 * options, resources, ports, capabilities, namespaces to join. They live in the container config
 * under {@link #CONFIG_KEY} with the field names of Docker's {@code HostConfig}; this class checks
 * them at create time with the daemon's messages and reads them back with the daemon's defaults.
 */
public final class HostSettings {
  /** The key of the container config that holds these options. */
  public static final String CONFIG_KEY = "HostOptions";

  /** The daemon refuses a smaller memory limit (daemon/daemon_unix.go linuxMinMemory). */
  static final long MIN_MEMORY = 6 * 1024 * 1024;

  private static final Set<String> RESTART_POLICIES = Set.of("", "no", "always", "unless-stopped", "on-failure");

  /** The json-file log driver's options (daemon/logger/jsonfilelog ValidateLogOpt). */
  private static final Set<String> JSON_FILE_OPTS =
      Set.of("max-file", "max-size", "compress", "labels", "labels-regex", "env", "env-regex", "tag");

  private static final Pattern CPUSET = Pattern.compile("^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$");

  /** Every capability the daemon knows (its own list, without the CAP_ prefix Docker adds). */
  static final List<String> CAPABILITIES = List.of("CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
      "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST",
      "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE",
      "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
      "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
      "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

  private HostSettings() {}

  /** The host options of a stored container config (an empty object for older rows). */
  public static JsonNode of(JsonNode config) {
    JsonNode h = config.get(CONFIG_KEY);
    return h != null && h.isObject() ? h : ImageConfig.MAPPER.createObjectNode();
  }

  /**
   * Checks the host options and the related container config fields ({@code StopSignal},
   * {@code StopTimeout}) in the daemon's order, and completes what the daemon completes (the swap
   * limit that goes with a memory limit). Throws the daemon's error for the first bad one.
   */
  /**
   * Host options this kernel cannot apply, discarded with dockerd's warning, then dockerd's range
   * check of what is left ({@code --blkio-weight}: 10 to 1000). A pids limit of 0 or less (no
   * limit) is stored as none, as dockerd does. Returns the config to create.
   */
  static String discardUnsupported(String configJson, List<String> warnings) {
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(configJson);
    if (!(config.get(CONFIG_KEY) instanceof ObjectNode h)) {
      return configJson;
    }
    if (h.path("PidsLimit").isNumber() && h.get("PidsLimit").asLong() <= 0) {
      h.putNull("PidsLimit");
    }
    long weight = h.path("BlkioWeight").asLong(0);
    if (weight > 0 && !KernelCgroups.blkioWeight()) {
      warnings.add("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.");
      h.put("BlkioWeight", 0);
      weight = 0;
    }
    if (weight > 0 && (weight < 10 || weight > 1000)) {
      throw new InvalidArgumentException("Range of blkio weight is from 10 to 1000.");
    }
    if (weight > 0) {
      throw new dev.berth.errors.NotSupportedException("--blkio-weight");
    }
    // per-device Block I/O settings the kernel cannot apply are discarded with the daemon's warnings
    String[][] perDevice = {
        {"BlkioWeightDevice", "blkio.weight_device",
            "Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded."},
        {"BlkioDeviceReadBps", "blkio.throttle.read_bps_device", "Your kernel does not support BPS Block I/O read limit"
            + " or the cgroup is not mounted. Block I/O BPS read limit discarded."},
        {"BlkioDeviceWriteBps", "blkio.throttle.write_bps_device", "Your kernel does not support BPS Block I/O write"
            + " limit or the cgroup is not mounted. Block I/O BPS write limit discarded."},
        {"BlkioDeviceReadIOps", "blkio.throttle.read_iops_device", "Your kernel does not support IOPS Block read limit"
            + " or the cgroup is not mounted. Block I/O IOPS read limit discarded."},
        {"BlkioDeviceWriteIOps", "blkio.throttle.write_iops_device", "Your kernel does not support IOPS Block write"
            + " limit or the cgroup is not mounted. Block I/O IOPS write limit discarded."}};
    for (String[] d : perDevice) {
      if (h.path(d[0]).isArray() && !h.get(d[0]).isEmpty() && !KernelCgroups.blkioFile(d[1])) {
        warnings.add(d[2]);
        h.putArray(d[0]);
      }
    }
    return config.toString();
  }

  /** The Block I/O throttles of the host options ({@code BlkioDeviceReadBps}, ...): host device paths. */
  static final List<String> THROTTLES = List.of("BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps",
      "BlkioDeviceWriteIOps");

  /**
   * The daemon's checks of the network mode against other settings, made as it decodes a create
   * request (before the image is looked up): on a request's own settings, not the image's.
   */
  public static void checkNetworkMode(JsonNode config) {
    JsonNode h = of(config);
    String network = config.path("NetworkMode").asText("");
    boolean links = nonEmpty(h.path("Links"));
    if (network.equals("container") || network.equals("container:") || network.startsWith("container::")) {
      throw new InvalidArgumentException("Invalid network mode: invalid container format container:<name|id>");
    }
    if (network.startsWith("container:")) {
      String conflict = !config.path("Hostname").asText("").isEmpty() ? "hostname and the network mode"
          : links ? null
          : nonEmpty(h.path("Dns")) ? "dns and the network mode"
          : nonEmpty(config.path("ExtraHosts")) || nonEmpty(h.path("ExtraHosts"))
              ? "custom host-to-IP mapping and the network mode"
          : nonEmpty(h.path("PortBindings")) || h.path("PublishAllPorts").asBoolean(false)
              ? "port publishing and the container type network mode"
          : nonEmpty(config.path("ExposedPorts")) ? "port exposing and the container type network mode"
          : "";
      if (conflict == null) {
        throw new InvalidArgumentException(Links.CONTAINER_NETWORK_AND_LINKS);
      }
      if (!conflict.isEmpty()) {
        throw new InvalidArgumentException("conflicting options: " + conflict);
      }
    }
    if (h.path("UTSMode").asText("").equals("host") && !config.path("Hostname").asText("").isEmpty()) {
      throw new InvalidArgumentException("conflicting options: hostname and the UTS mode");
    }
    if (network.equals("host") && links) {
      throw new InvalidArgumentException(Links.HOST_NETWORK_AND_LINKS);
    }
  }

  /**
   * The daemon's check of {@code PortBindings}: each key's port (after an optional {@code /proto}) is
   * empty or a 16-bit number; each binding's {@code HostPort} is empty, a number or a range.
   */
  static void checkPortBindings(JsonNode bindings) {
    for (var e : bindings.properties()) {
      String port = splitProtoPort(e.getKey());
      if (!port.isEmpty() && !isPort(port)) {
        throw new InvalidArgumentException("invalid port specification: " + dev.berth.errors.GoQuote.of(port));
      }
      for (JsonNode b : e.getValue()) {
        String hostPort = b.path("HostPort").asText("");
        String p = splitProtoPort(hostPort);
        if (!p.isEmpty() && !isPortOrRange(p)) {
          throw new InvalidArgumentException("invalid port specification: " + dev.berth.errors.GoQuote.of(hostPort));
        }
      }
    }
  }

  // go-connections' SplitProtoPort: the port part of "port[/proto]"
  private static String splitProtoPort(String raw) {
    String[] parts = raw.split("/", -1);
    return raw.isEmpty() || parts[0].isEmpty() ? "" : parts[0];
  }

  private static boolean isPort(String s) {
    if (!s.matches("\\+?[0-9]+")) {
      return false;
    }
    String digits = s.replaceFirst("^\\+", "").replaceFirst("^0+(?=.)", "");
    return digits.length() <= 5 && Integer.parseInt(digits) <= 65535;
  }

  private static boolean isPortOrRange(String s) {
    int dash = s.indexOf('-');
    if (dash < 0) {
      return isPort(s);
    }
    String[] parts = s.split("-", -1);
    return isPort(parts[0]) && isPort(parts[1]) && Integer.parseInt(parts[1].replaceFirst("^\\+", ""))
        >= Integer.parseInt(parts[0].replaceFirst("^\\+", ""));
  }

  private static boolean nonEmpty(JsonNode n) {
    return (n.isArray() || n.isObject()) && !n.isEmpty();
  }

  public static void validate(ObjectNode config) {
    ObjectNode h = config.get(CONFIG_KEY) instanceof ObjectNode o ? o : config.putObject(CONFIG_KEY);
    checkPortBindings(h.path("PortBindings"));
    JsonNode restart = h.path("RestartPolicy");
    if (restart.isObject()) {
      String name = restart.path("Name").asText("");
      int count = restart.path("MaximumRetryCount").asInt(0);
      if (!RESTART_POLICIES.contains(name)) {
        throw new InvalidArgumentException("invalid restart policy '" + name + "'");
      }
      if (count < 0) {
        throw new InvalidArgumentException("maximum retry count cannot be negative");
      }
      if (count > 0 && !name.equals("on-failure")) {
        throw new InvalidArgumentException("maximum retry count cannot be used with restart policy '" + name + "'");
      }
      if (config.path("AutoRemove").asBoolean(false) && !name.isEmpty() && !name.equals("no")) {
        throw new InvalidArgumentException("can't create 'AutoRemove' container with restart policy");
      }
    }
    String stopSignal = config.path("StopSignal").asText("");
    if (!stopSignal.isEmpty()) {
      Signals.number(stopSignal);
    }
    long oom = h.path("OomScoreAdj").asLong(0);
    if (oom < -1000 || oom > 1000) {
      throw new InvalidArgumentException("Invalid value " + oom + ", range for oom score adj is [-1000, 1000]");
    }
    long memory = h.path("Memory").asLong(0);
    if (memory != 0 && memory < MIN_MEMORY) {
      throw new InvalidArgumentException("Minimum memory limit allowed is 6MB");
    }
    long swap = h.path("MemorySwap").asLong(0);
    if (memory > 0 && swap > 0 && swap < memory) {
      throw new InvalidArgumentException("Minimum memoryswap limit should be larger than memory limit, see usage");
    }
    long reservation = h.path("MemoryReservation").asLong(0);
    if (memory > 0 && reservation > 0 && memory < reservation) {
      throw new InvalidArgumentException("Minimum memory limit can not be less than memory reservation limit, see usage");
    }
    if (reservation > 0 && reservation < MIN_MEMORY) {
      throw new InvalidArgumentException("Minimum memory reservation allowed is 6MB");
    }
    if (memory > 0 && swap == 0) {
      h.put("MemorySwap", memory * 2); // the daemon's default: as much swap as memory
    }
    long nanoCpus = h.path("NanoCpus").asLong(0);
    long period = h.path("CpuPeriod").asLong(0);
    if (nanoCpus > 0 && period > 0) {
      throw new InvalidArgumentException("Conflicting options: Nano CPUs and CPU Period cannot both be set");
    }
    if (nanoCpus > 0 && h.path("CpuQuota").asLong(0) > 0) {
      throw new InvalidArgumentException("Conflicting options: Nano CPUs and CPU Quota cannot both be set");
    }
    int cpuCount = Runtime.getRuntime().availableProcessors();
    if (nanoCpus < 0 || nanoCpus > cpuCount * 1_000_000_000L) {
      throw new InvalidArgumentException("Range of CPUs is from 0.01 to " + cpuCount + ".00, as there are only "
          + cpuCount + " CPUs available");
    }
    if (period != 0 && (period < 1000 || period > 1_000_000)) {
      throw new InvalidArgumentException(
          "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
    }
    long quota = h.path("CpuQuota").asLong(0);
    if (quota > 0 && quota < 1000) {
      throw new InvalidArgumentException("CPU cfs quota can not be less than 1ms (i.e. 1000)");
    }
    String mems = h.path("CpusetMems").asText("");
    if (!mems.isEmpty()) {
      if (!CPUSET.matcher(mems).matches()) {
        throw new InvalidArgumentException("Invalid value " + mems + " for cpuset mems: invalid format: " + mems);
      }
      String available = availableMemoryNodes();
      if (!withinList(mems, available)) {
        throw new InvalidArgumentException("Requested memory nodes are not available - requested " + mems
            + ", available: " + available);
      }
    }
    String cpus = h.path("CpusetCpus").asText("");
    if (!cpus.isEmpty()) {
      if (!CPUSET.matcher(cpus).matches()) {
        throw new InvalidArgumentException(
            "Invalid value " + cpus + " for cpuset cpus: invalid format: " + cpus);
      }
      int available = Runtime.getRuntime().availableProcessors();
      for (String part : cpus.split(",")) {
        for (String n : part.split("-")) {
          if (Integer.parseInt(n) >= available) {
            throw new InvalidArgumentException("Requested CPUs are not available - requested " + cpus
                + ", available: " + (available == 1 ? "0" : "0-" + (available - 1)));
          }
        }
      }
    }
    java.util.Iterator<Map.Entry<String, JsonNode>> tmpfs = h.path("Tmpfs").fields();
    while (tmpfs.hasNext()) {
      Map.Entry<String, JsonNode> mount = tmpfs.next();
      dev.berth.volume.MountSpecs.validateTmpfsDestination(mount.getKey());
      try {
        dev.berth.runtime.KernelSettings.tmpfsOptions(mount.getValue().asText(""));
      } catch (IllegalArgumentException e) {
        throw new InvalidArgumentException(e.getMessage());
      }
    }
    if (h.path("CpuShares").asLong(0) < 0) {
      throw new InvalidArgumentException("shares: invalid argument");
    }
    checkCapabilities(h.path("CapAdd"), "CapAdd");
    checkCapabilities(h.path("CapDrop"), "CapDrop");
    if (h.path("UTSMode").asText("").equals("host") && !config.path("Hostname").asText("").isEmpty()) {
      throw new InvalidArgumentException("conflicting options: hostname and the UTS mode");
    }
    JsonNode log = h.path("LogConfig");
    String driver = log.path("Type").asText("");
    if (driver.isEmpty() || driver.equals("json-file")) {
      for (var opt : log.path("Config").properties()) {
        if (!JSON_FILE_OPTS.contains(opt.getKey())) {
          throw new InvalidArgumentException("unknown log opt '" + opt.getKey() + "' for json-file log driver");
        }
      }
    } else {
      throw new InvalidArgumentException("logging driver \"" + driver + "\": not supported yet by berth (only json-file)");
    }
  }

  private static void checkCapabilities(JsonNode caps, String field) {
    for (JsonNode c : caps) {
      String cap = normalizeCapability(c.asText());
      if (!cap.equals("ALL") && !CAPABILITIES.contains(cap.substring(4))) {
        throw new InvalidArgumentException("invalid " + field + ": unknown capability: \"" + cap + "\"");
      }
    }
  }

  /** Docker's form of a capability name: upper case with the CAP_ prefix, and ALL as is. */
  public static String normalizeCapability(String cap) {
    String c = cap.strip().toUpperCase(java.util.Locale.ROOT);
    if (c.equals("ALL")) {
      return c;
    }
    return c.startsWith("CAP_") ? c : "CAP_" + c;
  }

  /** {@code HostConfig.RestartPolicy}: {@code no} unless one was given. */
  public static ObjectNode restartPolicy(JsonNode host) {
    ObjectNode r = ImageConfig.MAPPER.createObjectNode();
    JsonNode p = host.path("RestartPolicy");
    r.put("Name", p.isObject() ? p.path("Name").asText("") : "no");
    r.put("MaximumRetryCount", p.path("MaximumRetryCount").asInt(0));
    return r;
  }

  /** {@code HostConfig.LogConfig}: always the json-file driver. */
  public static ObjectNode logConfig(JsonNode host) {
    ObjectNode l = ImageConfig.MAPPER.createObjectNode();
    l.put("Type", "json-file");
    ObjectNode c = l.putObject("Config");
    host.path("LogConfig").path("Config").properties().forEach(e -> c.put(e.getKey(), e.getValue().asText()));
    return l;
  }

  /** The restart policy's name, {@code no} when none was given. */
  public static String restartPolicyName(JsonNode config) {
    String n = restartPolicy(of(config)).path("Name").asText();
    return n.isEmpty() ? "no" : n;
  }

  /** The {@code --log-opt} value of {@code key}, empty when not given. */
  public static String logOption(JsonNode config, String key) {
    return of(config).path("LogConfig").path("Config").path(key).asText("");
  }

  /**
   * What {@code logs --details} puts before each line: the labels and environment variables the
   * {@code labels}/{@code env} (and {@code -regex}) log options name, as {@code k=v} sorted by key
   * and joined by commas (the json-file driver's attributes).
   */
  public static String logDetails(JsonNode config) {
    java.util.TreeMap<String, String> attrs = new java.util.TreeMap<>();
    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
    config.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
    for (JsonNode e : config.path("Env")) {
      String kv = e.asText();
      int eq = kv.indexOf('=');
      if (eq > 0) {
        env.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    pick(attrs, labels, logOption(config, "labels"), logOption(config, "labels-regex"));
    pick(attrs, env, logOption(config, "env"), logOption(config, "env-regex"));
    StringBuilder b = new StringBuilder();
    attrs.forEach((k, v) -> b.append(b.isEmpty() ? "" : ",").append(k).append('=').append(v));
    return b.toString();
  }

  private static void pick(java.util.Map<String, String> into, java.util.Map<String, String> from, String keys,
      String regex) {
    if (!keys.isEmpty()) {
      for (String k : keys.split(",")) {
        if (from.containsKey(k)) {
          into.put(k, from.get(k));
        }
      }
    }
    if (!regex.isEmpty()) {
      Pattern p = Pattern.compile(regex);
      from.forEach((k, v) -> {
        if (p.matcher(k).find()) {
          into.put(k, v);
        }
      });
    }
  }

  /** {@code --ulimit} values: name, soft and hard limit. */
  public record Ulimit(String name, long soft, long hard) {}

  public static List<Ulimit> ulimits(JsonNode config) {
    List<Ulimit> out = new ArrayList<>();
    for (JsonNode u : of(config).path("Ulimits")) {
      out.add(new Ulimit(u.path("Name").asText(), u.path("Soft").asLong(), u.path("Hard").asLong()));
    }
    return out;
  }

  /** A copy of {@code values} as a JSON array, or JSON null when there are none (Go's nil slice). */
  static JsonNode nullableArray(JsonNode values) {
    if (values == null || !values.isArray() || values.isEmpty()) {
      return ImageConfig.MAPPER.nullNode();
    }
    ArrayNode a = ImageConfig.MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** The host's memory nodes as the root cpuset lists them ({@code 0}, {@code 0-1}). */
  private static String availableMemoryNodes() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/sys/fs/cgroup/cpuset/cpuset.mems")).trim();
    } catch (java.io.IOException e) {
      try {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/sys/fs/cgroup/cpuset.mems.effective")).trim();
      } catch (java.io.IOException e2) {
        return "0";
      }
    }
  }

  /** Whether every number of the cpuset list {@code wanted} is in the list {@code available}. */
  private static boolean withinList(String wanted, String available) {
    java.util.Set<Integer> have = expand(available);
    return have.containsAll(expand(wanted));
  }

  private static java.util.Set<Integer> expand(String list) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (String part : list.split(",")) {
      if (part.isEmpty()) {
        continue;
      }
      String[] range = part.split("-");
      int from = Integer.parseInt(range[0].trim());
      int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
      for (int i = from; i <= to; i++) {
        out.add(i);
      }
    }
    return out;
  }
}
