package dev.berth.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.engine.SystemInfo;
import dev.berth.image.ImageService;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** {@code /_ping}, {@code /version}, {@code /info}: berth's own values in Docker's shape. */
final class SystemEndpoints {
  private final Engine engine;

  SystemEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/_ping", this::ping),
        Route.of("HEAD", "/_ping", this::ping),
        Route.of("GET", "/version", this::version),
        Route.of("GET", "/info", this::info),
        Route.of("GET", "/system/df", this::diskUsage));
  }

  private void ping(Exchange x) throws IOException {
    x.setHeader("Cache-Control", "no-cache, no-store, must-revalidate");
    x.setHeader("Pragma", "no-cache");
    byte[] body = x.method().equals("HEAD") ? new byte[0] : "OK".getBytes(StandardCharsets.US_ASCII);
    x.bytes(200, "text/plain; charset=utf-8", body);
  }

  private void version(Exchange x) throws IOException {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.putObject("Platform").put("Name", "berth");
    ArrayNode components = out.putArray("Components");
    ObjectNode engineComponent = components.addObject();
    engineComponent.put("Name", "Engine");
    engineComponent.put("Version", BerthServer.VERSION);
    ObjectNode details = engineComponent.putObject("Details");
    details.put("ApiVersion", ApiVersion.CURRENT);
    details.put("Arch", arch());
    details.put("BuildTime", "");
    details.put("Experimental", "false");
    details.put("GitCommit", "");
    details.put("GoVersion", "java" + Runtime.version());
    details.put("KernelVersion", kernelVersion());
    details.put("MinAPIVersion", ApiVersion.MINIMUM);
    details.put("Os", "linux");
    out.put("Version", BerthServer.VERSION);
    out.put("ApiVersion", ApiVersion.CURRENT);
    out.put("MinAPIVersion", ApiVersion.MINIMUM);
    out.put("GitCommit", "");
    out.put("GoVersion", "java" + Runtime.version());
    out.put("Os", "linux");
    out.put("Arch", arch());
    out.put("KernelVersion", kernelVersion());
    x.json(200, out);
  }

  private void info(Exchange x) throws IOException {
    SystemInfo facts = SystemInfo.collect(engine);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("ID", daemonId());
    o.put("Containers", facts.containers());
    o.put("ContainersRunning", facts.running());
    o.put("ContainersPaused", facts.paused());
    o.put("ContainersStopped", facts.stopped());
    o.put("Images", facts.images());
    o.put("Driver", "vfs");
    o.putNull("DriverStatus");
    ObjectNode plugins = o.putObject("Plugins");
    plugins.putArray("Volume").add("local");
    plugins.putArray("Network").add("host").add("null");
    plugins.putNull("Authorization");
    plugins.putArray("Log").add("json-file");
    for (String f : new String[] {"MemoryLimit", "SwapLimit", "KernelMemory", "KernelMemoryTCP", "CpuCfsPeriod",
        "CpuCfsQuota", "CPUShares", "CPUSet", "PidsLimit", "IPv4Forwarding", "BridgeNfIptables",
        "BridgeNfIp6tables", "Debug"}) {
      o.put(f, false);
    }
    o.put("NFd", 0);
    o.put("OomKillDisable", false);
    o.put("NGoroutines", Thread.activeCount());
    o.put("SystemTime", ImageService.rfc3339Nano(dev.berth.store.BerthStore.nowNs()));
    o.put("LoggingDriver", "json-file");
    o.put("CgroupDriver", "cgroupfs");
    o.put("CgroupVersion", Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers")) ? "2" : "1");
    o.put("NEventsListener", 0);
    o.put("KernelVersion", kernelVersion());
    o.put("OperatingSystem", facts.operatingSystem());
    o.put("OSVersion", osRelease("VERSION_ID"));
    o.put("OSType", "linux");
    o.put("Architecture", facts.architecture());
    o.put("IndexServerAddress", "https://index.docker.io/v1/");
    ObjectNode registry = o.putObject("RegistryConfig");
    registry.putArray("AllowNondistributableArtifactsCIDRs");
    registry.putArray("AllowNondistributableArtifactsHostnames");
    registry.putArray("InsecureRegistryCIDRs").add("127.0.0.0/8");
    ObjectNode hub = registry.putObject("IndexConfigs").putObject("docker.io");
    hub.put("Name", "docker.io");
    hub.putArray("Mirrors");
    hub.put("Secure", true);
    hub.put("Official", true);
    registry.putArray("Mirrors");
    o.put("NCPU", facts.cpus());
    o.put("MemTotal", facts.memTotal());
    o.putNull("GenericResources");
    o.put("DockerRootDir", engine.store().paths().root().toAbsolutePath().toString());
    o.put("HttpProxy", "");
    o.put("HttpsProxy", "");
    o.put("NoProxy", "");
    o.put("Name", facts.name());
    o.putArray("Labels");
    o.put("ExperimentalBuild", false);
    o.put("ServerVersion", BerthServer.VERSION);
    o.putObject("Runtimes").putObject("runc").put("path", "runc");
    o.put("DefaultRuntime", "runc");
    ObjectNode swarm = o.putObject("Swarm");
    swarm.put("NodeID", "");
    swarm.put("NodeAddr", "");
    swarm.put("LocalNodeState", "inactive");
    swarm.put("ControlAvailable", false);
    swarm.put("Error", "");
    swarm.putNull("RemoteManagers");
    o.put("LiveRestoreEnabled", false);
    o.put("Isolation", "");
    o.put("InitBinary", "");
    for (String f : new String[] {"ContainerdCommit", "RuncCommit", "InitCommit"}) {
      ObjectNode commit = o.putObject(f);
      commit.put("ID", "");
      commit.put("Expected", "");
    }
    o.putArray("SecurityOptions");
    o.putNull("Warnings");
    x.json(200, o);
  }

  /**
   * {@code GET /system/df}: the images of {@code /images/json} with container counts and shared
   * sizes, every container with its sizes, every local volume with its {@code UsageData}, and no
   * BuildKit cache ({@code null}, as the daemon answers without one).
   */
  private void diskUsage(Exchange x) throws IOException {
    dev.berth.gc.DiskUsage du = engine.diskUsage();
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("LayersSize", du.layersSize());
    ArrayNode images = o.putArray("Images");
    du.images().forEach(s -> images.add(ImageEndpoints.summary(s)));
    ArrayNode containers = o.putArray("Containers");
    long now = dev.berth.store.BerthStore.nowNs();
    for (dev.berth.gc.DiskUsage.ContainerUsage u : du.containers()) {
      ObjectNode summary = ContainerEndpoints.summary(u.container(), engine.containers().imageField(u.container()),
          0, now, engine.store().paths());
      ObjectNode c = Json.MAPPER.createObjectNode();
      for (var field : summary.properties()) {
        if (field.getKey().equals("Labels")) {
          // SizeRw and SizeRootFs sit between Ports and Labels; both are left out when 0
          if (u.sizeRw() > 0) {
            c.put("SizeRw", u.sizeRw());
          }
          if (u.sizeRootFs() > 0) {
            c.put("SizeRootFs", u.sizeRootFs());
          }
        }
        c.set(field.getKey(), field.getValue());
      }
      containers.add(c);
    }
    ArrayNode volumes = o.putArray("Volumes");
    for (dev.berth.volume.VolumeUsage v : du.volumes()) {
      ObjectNode volume = engine.volumes().toJson(v.volume());
      volume.putObject("UsageData").put("RefCount", v.refCount()).put("Size", v.size());
      volumes.add(volume);
    }
    o.putNull("BuildCache");
    o.put("BuilderSize", 0);
    x.json(200, o);
  }

  /** A stable ID for this store (Docker's is a random key kept in the daemon's root). */
  private String daemonId() {
    byte[] h;
    try {
      h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(engine.store().paths().root().toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String hex = HexFormat.of().formatHex(h).toUpperCase(Locale.ROOT);
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0) {
        id.append(':');
      }
      id.append(hex, i * 4, i * 4 + 4);
    }
    return id.toString();
  }

  static String arch() {
    String a = System.getProperty("os.arch");
    return switch (a) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64" -> "arm64";
      default -> a;
    };
  }

  static String kernelVersion() {
    return readFirstLine(Path.of("/proc/sys/kernel/osrelease"), System.getProperty("os.version"));
  }

  private static String osRelease(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith(key + "=")) {
          return line.substring(key.length() + 1).replaceAll("^\"|\"$", "");
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "";
  }

  private static String readFirstLine(Path p, String fallback) {
    try {
      return Files.readString(p).strip();
    } catch (IOException e) {
      return fallback;
    }
  }

}
