package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.HostSettings;
import dev.berth.units.GoJsonSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code create}/{@code run} flags of security ({@code --security-opt}), namespaces
 * ({@code --cgroupns}, {@code --userns}), runtime and isolation, the less common resources
 * ({@code --kernel-memory}, {@code --cpu-rt-*}, {@code --oom-kill-disable}, {@code --storage-opt},
 * {@code --gpus}), {@code --label-file}, {@code --domainname}, {@code --volume-driver},
 * {@code --platform} and the per-network endpoint flags, with the docker CLI's own checks.
 */
public final class SecurityFlags {
  @Option(names = "--security-opt")
  List<String> securityOpts = new ArrayList<>();

  @Option(names = "--label-file")
  List<String> labelFiles = new ArrayList<>();

  @Option(names = "--domainname")
  String domainname;

  @Option(names = "--oom-kill-disable")
  boolean oomKillDisable;

  @Option(names = "--cgroupns")
  String cgroupns;

  @Option(names = "--userns")
  String userns;

  @Option(names = "--runtime")
  String runtime;

  @Option(names = "--isolation")
  String isolation;

  @Option(names = "--kernel-memory")
  String kernelMemory;

  @Option(names = "--cpu-rt-period")
  Long cpuRtPeriod;

  @Option(names = "--cpu-rt-runtime")
  Long cpuRtRuntime;

  @Option(names = "--storage-opt")
  List<String> storageOpts = new ArrayList<>();

  @Option(names = "--volume-driver")
  String volumeDriver;

  @Option(names = "--platform")
  String platform;

  @Option(names = "--disable-content-trust", arity = "0..1", fallbackValue = "true")
  Boolean disableContentTrust;

  @Option(names = "--gpus")
  String gpus;

  @Option(names = "--ip")
  String ip;

  @Option(names = "--ip6")
  String ip6;

  @Option(names = "--link-local-ip")
  List<String> linkLocalIps = new ArrayList<>();

  @Option(names = "--mac-address")
  String macAddress;

  @Option(names = {"--network-alias", "--net-alias"}) // --net-alias: the CLI's hidden old name
  List<String> networkAliases = new ArrayList<>();

  /** Writes the flags into {@code config} (its host options made by {@link HostFlags}). */
  void apply(ObjectNode config) {
    ObjectNode host = config.get(HostSettings.CONFIG_KEY) instanceof ObjectNode h ? h
        : config.putObject(HostSettings.CONFIG_KEY);
    if (macAddress != null && !macAddress.isEmpty() && !macAddress.matches(
        "(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}|[0-9a-f]{2}(-[0-9a-f]{2}){5}|[0-9a-f]{4}(\\.[0-9a-f]{4}){2}")) {
      throw new HostFlags.Invalid(macAddress + " is not a valid mac address", false);
    }
    if (macAddress != null && !macAddress.isEmpty()) {
      // the CLI sends the address per network, which needs API 1.44; berth speaks 1.41, as dockerd 20.10
      throw new HostFlags.Invalid("\"specify mac-address per network\" requires API version 1.44, but the Docker"
          + " daemon API version is 1.41", false);
    }
    checkPlatform();
    labels(config);
    if (userns != null && !userns.isEmpty() && !userns.equals("host")) {
      throw new HostFlags.Invalid("--userns: invalid USER mode", false);
    }
    if (cgroupns != null && !cgroupns.isEmpty() && !cgroupns.equals("host") && !cgroupns.equals("private")) {
      throw new HostFlags.Invalid("--cgroupns: invalid CGROUP mode", false);
    }
    List<String> security = securityOpts(securityOpts);
    storageOpts(host);
    if (!securityOpts.isEmpty()) {
      ArrayNode s = host.putArray("SecurityOpt");
      boolean unconfinedPaths = false;
      for (String o : security) {
        if (o.equals("systempaths=unconfined")) {
          unconfinedPaths = true; // the CLI's own option: no masked nor read-only paths
        } else {
          s.add(o);
        }
      }
      if (unconfinedPaths) {
        host.putArray("MaskedPaths");
        host.putArray("ReadonlyPaths");
      }
    }
    if (domainname != null && !domainname.isEmpty()) {
      config.put("Domainname", domainname);
    }
    if (oomKillDisable) {
      host.put("OomKillDisable", true);
    }
    if (cgroupns != null && !cgroupns.isEmpty()) {
      host.put("CgroupnsMode", cgroupns);
    }
    if (userns != null && !userns.isEmpty()) {
      host.put("UsernsMode", userns);
    }
    if (runtime != null && !runtime.isEmpty()) {
      host.put("Runtime", runtime);
    }
    if (isolation != null && !isolation.isEmpty()) {
      host.put("Isolation", isolation);
    }
    if (kernelMemory != null) {
      host.put("KernelMemory", HostFlags.bytes(kernelMemory, "--kernel-memory"));
    }
    if (cpuRtPeriod != null) {
      host.put("CpuRealtimePeriod", cpuRtPeriod);
    }
    if (cpuRtRuntime != null) {
      host.put("CpuRealtimeRuntime", cpuRtRuntime);
    }
    if (volumeDriver != null && !volumeDriver.isEmpty()) {
      host.put("VolumeDriver", volumeDriver);
    }
    if (gpus != null) {
      host.putArray("DeviceRequests").add(gpuRequest(gpus));
    }
    endpoint(config);
  }

  private static final List<String> OSES = List.of("aix", "android", "darwin", "dragonfly", "freebsd", "illumos",
      "ios", "js", "linux", "netbsd", "openbsd", "plan9", "solaris", "windows");

  private static final List<String> ARCHES = List.of("386", "amd64", "arm", "arm64", "loong64", "mips", "mips64",
      "mips64le", "mipsle", "ppc64", "ppc64le", "riscv64", "s390x", "wasm");

  /**
   * {@code --platform OS[/ARCH[/VARIANT]]}: the CLI's parse error for one it cannot read; berth has
   * only images of the host's platform, so another one is refused rather than ignored.
   */
  private void checkPlatform() {
    if (platform == null || platform.isEmpty()) {
      return;
    }
    String[] parts = platform.toLowerCase(java.util.Locale.ROOT).split("/", -1);
    String os = "linux";
    String arch = hostArch();
    boolean valid = parts.length <= 3;
    if (valid && parts.length == 1) {
      if (OSES.contains(parts[0])) {
        os = parts[0];
      } else {
        arch = normalizeArch(parts[0]);
        valid = ARCHES.contains(arch);
      }
    } else if (valid) {
      os = parts[0];
      arch = normalizeArch(parts[1]);
      valid = OSES.contains(os) && ARCHES.contains(arch);
    }
    if (!valid) {
      throw new dev.berth.cli.CommandFailed("error parsing specified platform: " + dev.berth.errors.GoQuote.of(platform)
          + ": unknown operating system or architecture: invalid argument", 1);
    }
    if (!os.equals("linux") || !arch.equals(hostArch())) {
      throw new dev.berth.cli.CommandFailed(dev.berth.cli.CliContext.PROG + ": --platform " + platform
          + ": not supported yet by berth (only images of this host's platform, linux/" + hostArch() + ")", 125);
    }
  }

  private static String normalizeArch(String arch) {
    return switch (arch) {
      case "x86_64", "x86-64" -> "amd64";
      case "aarch64" -> "arm64";
      case "i386" -> "386";
      default -> arch;
    };
  }

  private static String hostArch() {
    return normalizeArch(System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * {@code --ip}, {@code --ip6}, {@code --link-local-ip}, {@code --network-alias}: settings of the
   * endpoint on the container's network, kept for {@code inspect}; aliases only exist on networks
   * a user made.
   */
  private void endpoint(ObjectNode config) {
    String network = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    if (!networkAliases.isEmpty() && (network.equals("none") || network.equals("host") || network.equals("default")
        || network.equals("bridge") || network.startsWith("container:"))) {
      throw new HostFlags.Invalid("network-scoped aliases are only supported for user-defined networks", false);
    }
    if (!networkAliases.isEmpty()) {
      networkAliases.forEach(config.putArray("NetworkAliases")::add);
    }
    boolean any = ip != null && !ip.isEmpty() || ip6 != null && !ip6.isEmpty() || !linkLocalIps.isEmpty();
    if (!any) {
      return;
    }
    ObjectNode ipam = config.putObject("EndpointIPAMConfig");
    if (ip != null && !ip.isEmpty()) {
      ipam.put("IPv4Address", ip);
    }
    if (ip6 != null && !ip6.isEmpty()) {
      ipam.put("IPv6Address", ip6);
    }
    if (!linkLocalIps.isEmpty()) {
      linkLocalIps.forEach(ipam.putArray("LinkLocalIPs")::add);
    }
  }

  /** {@code --gpus VALUE}: the CLI's device request ({@code all}, a count, or {@code device=...}). */
  static ObjectNode gpuRequest(String value) {
    ObjectNode r = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    r.put("Driver", "");
    int count = 0;
    List<String> ids = new ArrayList<>();
    for (String field : value.split(",")) {
      String[] kv = field.split("=", 2);
      if (kv.length == 1) {
        if (kv[0].equals("all")) {
          count = -1;
        } else if (kv[0].matches("[0-9]+")) {
          count = Integer.parseInt(kv[0]);
        } else {
          throw new HostFlags.Invalid("invalid argument \"" + value + "\" for \"--gpus\" flag: unexpected key '"
              + kv[0] + "' in '" + value + "'", true);
        }
      } else if (kv[0].equals("count")) {
        count = kv[1].equals("all") ? -1 : Integer.parseInt(kv[1]);
      } else if (kv[0].equals("device")) {
        ids.addAll(List.of(kv[1].split(",")));
      } else if (kv[0].equals("driver")) {
        r.put("Driver", kv[1]);
      } else {
        throw new HostFlags.Invalid("invalid argument \"" + value + "\" for \"--gpus\" flag: unexpected key '"
            + kv[0] + "' in '" + value + "'", true);
      }
    }
    r.put("Count", count);
    if (ids.isEmpty()) {
      r.putNull("DeviceIDs");
    } else {
      ids.forEach(r.putArray("DeviceIDs")::add);
    }
    r.putArray("Capabilities").addArray().add("gpu");
    r.putObject("Options");
    return r;
  }

  /** {@code --label-file}s (their labels first, then {@code --label}'s, which win). */
  private void labels(ObjectNode config) {
    if (labelFiles.isEmpty()) {
      return;
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (String f : labelFiles) {
      for (String line : keyValueFile(f)) {
        int eq = line.indexOf('=');
        merged.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    config.path("Labels").properties().forEach(e -> merged.put(e.getKey(), e.getValue().asText()));
    ObjectNode l = config.putObject("Labels");
    merged.forEach(l::put);
  }

  /**
   * The docker CLI's key=value file: leading white space trimmed, empty lines and {@code #} comments
   * skipped, a key without a value left out, a key with white space or none refused.
   */
  static List<String> keyValueFile(String file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new HostFlags.Invalid(ioError("open", file, e), false);
    }
    List<String> out = new ArrayList<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      line = line.stripLeading();
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      if (key.isEmpty()) {
        throw new HostFlags.Invalid("invalid env file (" + file + "): no variable name on line '" + line + "'", false);
      }
      if (key.contains(" ") || key.contains("\t")) {
        throw new HostFlags.Invalid("invalid env file (" + file + "): variable '" + key + "' contains whitespaces",
            false);
      }
      if (eq >= 0) {
        out.add(line);
      }
    }
    return out;
  }

  /** {@code --storage-opt KEY=VALUE}s (the daemon decides what the storage driver supports). */
  private void storageOpts(ObjectNode host) {
    if (storageOpts.isEmpty()) {
      return;
    }
    ObjectNode m = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    for (String o : storageOpts) {
      int eq = o.indexOf('=');
      if (eq < 0) {
        throw new HostFlags.Invalid("invalid storage option", false);
      }
      m.put(o.substring(0, eq), o.substring(eq + 1));
    }
    host.set("StorageOpt", m);
  }

  /**
   * The docker CLI's reading of {@code --security-opt}s: {@code KEY=VALUE} (or {@code KEY:VALUE}),
   * {@code no-new-privileges} alone; a {@code seccomp} profile file is sent as its compacted JSON.
   */
  static List<String> securityOpts(List<String> opts) {
    List<String> out = new ArrayList<>();
    for (String opt : opts) {
      int eq = opt.indexOf('=');
      String key = eq < 0 ? opt : opt.substring(0, eq);
      String value = eq < 0 ? "" : opt.substring(eq + 1);
      if (eq < 0 && !key.equals("no-new-privileges")) {
        int colon = opt.indexOf(':');
        key = colon < 0 ? opt : opt.substring(0, colon);
        value = colon < 0 ? "" : opt.substring(colon + 1);
        eq = colon;
      }
      if ((eq < 0 || value.isEmpty()) && !key.equals("no-new-privileges")) {
        throw new HostFlags.Invalid("Invalid --security-opt: " + dev.berth.errors.GoQuote.of(opt), false);
      }
      if (key.equals("seccomp") && !value.equals("unconfined") && !value.equals("builtin")) {
        byte[] profile;
        try {
          profile = Files.readAllBytes(Path.of(value));
        } catch (IOException e) {
          throw new HostFlags.Invalid("opening seccomp profile (" + value + ") failed: "
              + ioError(Files.isDirectory(Path.of(value)) ? "read" : "open", value, e), false);
        }
        String syntax = GoJsonSyntax.check(profile, GoJsonSyntax.Mode.UNMARSHAL);
        if (syntax != null) {
          throw new HostFlags.Invalid("compacting json for seccomp profile (" + value + ") failed: " + syntax, false);
        }
        out.add("seccomp=" + new String(compact(profile), StandardCharsets.UTF_8));
      } else {
        out.add(opt);
      }
    }
    return out;
  }

  /** Go's json.Compact of valid JSON: the white space between tokens removed. */
  static byte[] compact(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        out.write(b);
        if (b == '\\' && i + 1 < json.length) {
          out.write(json[++i]);
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
        out.write(b);
      } else if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** Go's *PathError text for a failed file operation. */
  static String ioError(String op, String file, IOException e) {
    String why;
    if (e instanceof java.nio.file.NoSuchFileException) {
      why = "no such file or directory";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      why = "permission denied";
    } else if (Files.isDirectory(Path.of(file))) {
      why = "is a directory";
    } else {
      why = String.valueOf(e.getMessage());
    }
    return op + " " + file + ": " + why;
  }
}
