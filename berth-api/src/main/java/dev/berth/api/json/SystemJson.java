package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.SystemInfo;
import java.nio.file.Path;

/** {@code GET /version} and {@code GET /info} as the Docker Engine API writes them, and back. */
public final class SystemJson {
  private SystemJson() {}

  public static ObjectNode toJson(ServerVersion v) {
    ObjectNode out = JsonFields.MAPPER.createObjectNode();
    out.putObject("Platform").put("Name", v.platformName());
    ArrayNode components = out.putArray("Components");
    ObjectNode engine = components.addObject();
    engine.put("Name", "Engine");
    engine.put("Version", v.version());
    ObjectNode details = engine.putObject("Details");
    details.put("ApiVersion", v.apiVersion());
    details.put("Arch", v.arch());
    details.put("BuildTime", "");
    details.put("Experimental", Boolean.toString(v.experimental()));
    details.put("GitCommit", v.gitCommit());
    details.put("GoVersion", v.goVersion());
    details.put("KernelVersion", v.kernelVersion());
    details.put("MinAPIVersion", v.minApiVersion());
    details.put("Os", v.os());
    out.put("Version", v.version());
    out.put("ApiVersion", v.apiVersion());
    out.put("MinAPIVersion", v.minApiVersion());
    out.put("GitCommit", v.gitCommit());
    out.put("GoVersion", v.goVersion());
    out.put("Os", v.os());
    out.put("Arch", v.arch());
    out.put("KernelVersion", v.kernelVersion());
    if (v.experimental()) {
      out.put("Experimental", true);
    }
    return out;
  }

  public static ServerVersion version(JsonNode o) {
    return new ServerVersion(o.path("Platform").path("Name").asText(""), o.path("Version").asText(""),
        o.path("ApiVersion").asText(""), o.path("MinAPIVersion").asText(""), o.path("GitCommit").asText(""),
        o.path("GoVersion").asText(""), o.path("Os").asText(""), o.path("Arch").asText(""),
        o.path("KernelVersion").asText(""), o.path("Experimental").asBoolean(false));
  }

  /**
   * {@code GET /info}: berth's facts in Docker's {@code types.Info} shape.
   *
   * @param id the daemon's ID
   * @param systemTime the daemon's clock (RFC 3339 with nanoseconds)
   * @param cgroupVersion "1" or "2"
   * @param osVersion the {@code VERSION_ID} of the host's os-release
   * @param goroutines the number of live threads (Docker's {@code NGoroutines})
   */
  public static ObjectNode infoToJson(SystemInfo facts, String id, String systemTime, String cgroupVersion,
      String osVersion, int goroutines) {
    ObjectNode o = JsonFields.MAPPER.createObjectNode();
    o.put("ID", id);
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
    o.put("NGoroutines", goroutines);
    o.put("SystemTime", systemTime);
    o.put("LoggingDriver", "json-file");
    o.put("CgroupDriver", "cgroupfs");
    o.put("CgroupVersion", cgroupVersion);
    o.put("NEventsListener", 0);
    o.put("KernelVersion", facts.kernelVersion());
    o.put("OperatingSystem", facts.operatingSystem());
    o.put("OSVersion", osVersion);
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
    o.put("DockerRootDir", Path.of(facts.rootDir()).toAbsolutePath().toString());
    o.put("HttpProxy", "");
    o.put("HttpsProxy", "");
    o.put("NoProxy", "");
    o.put("Name", facts.name());
    o.putArray("Labels");
    o.put("ExperimentalBuild", false);
    o.put("ServerVersion", facts.serverVersion());
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
      commit.put("ID", f.equals("RuncCommit") ? facts.runcVersion() : "");
      commit.put("Expected", "");
    }
    o.putArray("SecurityOptions");
    o.putNull("Warnings");
    return o;
  }

  /** The facts of a {@code GET /info} answer; the API version fields are not part of it. */
  public static SystemInfo info(JsonNode o) {
    return new SystemInfo(o.path("Containers").asInt(), o.path("ContainersRunning").asInt(),
        o.path("ContainersPaused").asInt(), o.path("ContainersStopped").asInt(), o.path("Images").asInt(),
        o.path("ServerVersion").asText(""), "", "", o.path("KernelVersion").asText(""),
        o.path("OperatingSystem").asText(""), o.path("Architecture").asText(""), o.path("NCPU").asInt(),
        o.path("MemTotal").asLong(), o.path("Name").asText(""), o.path("DockerRootDir").asText(""),
        o.path("RuncCommit").path("ID").asText(""));
  }
}
