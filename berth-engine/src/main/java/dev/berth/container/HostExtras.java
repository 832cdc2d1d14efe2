package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.GoQuote;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The daemon's create-time rules for the host options beyond the common ones: isolation, runtime,
 * CPU real-time scheduling, kernel memory, the OOM killer, storage options, user and cgroup
 * namespace modes, GPU requests and per-network endpoint addresses. Options this host cannot
 * apply are discarded with the daemon's warnings; others are refused with its errors.
 */
final class HostExtras {
  private HostExtras() {}

  /** The memory cgroup (v1) directory of the host, where the daemon probes what the kernel supports. */
  static Path memoryCgroup = Path.of("/sys/fs/cgroup/memory");

  static Path cpuCgroup = Path.of("/sys/fs/cgroup/cpu");

  /**
   * Checks the options of {@code config} (its host options edited in place) and adds the daemon's
   * warnings in its order.
   */
  static void check(ObjectNode config, List<String> warnings) {
    if (!(config.get(HostSettings.CONFIG_KEY) instanceof ObjectNode h)) {
      return;
    }
    String isolation = h.path("Isolation").asText("");
    if (!isolation.isEmpty() && !isolation.toLowerCase(Locale.ROOT).equals("default")) {
      throw new InvalidArgumentException("Invalid isolation: " + GoQuote.of(isolation) + " - linux only supports"
          + " 'default'");
    }
    long rtPeriod = h.path("CpuRealtimePeriod").asLong(0);
    long rtRuntime = h.path("CpuRealtimeRuntime").asLong(0);
    if ((rtPeriod != 0 || rtRuntime != 0) && !Files.exists(cpuCgroup.resolve("cpu.rt_period_us"))) {
      throw new InvalidArgumentException("Your kernel does not support CPU real-time scheduler");
    }
    if (rtPeriod != 0 && rtRuntime != 0 && rtRuntime > rtPeriod) {
      throw new InvalidArgumentException("cpu real-time runtime cannot be higher than cpu real-time period");
    }
    long kernelMemory = h.path("KernelMemory").asLong(0);
    if (kernelMemory > 0) {
      warnings.add("Specifying a kernel memory limit is deprecated and will be removed in a future release.");
      if (!Files.exists(memoryCgroup.resolve("memory.kmem.limit_in_bytes"))) {
        warnings.add("Your kernel does not support kernel memory limit capabilities or the cgroup is not mounted."
            + " Limitation discarded.");
        h.put("KernelMemory", 0);
      } else if (kernelMemory < HostSettings.MIN_MEMORY) {
        throw new InvalidArgumentException("Minimum kernel memory limit allowed is 6MB");
      }
    }
    if (h.path("OomKillDisable").asBoolean(false)) {
      if (!Files.exists(memoryCgroup.resolve("memory.oom_control"))) {
        warnings.add("Your kernel does not support OomKillDisable. OomKillDisable discarded.");
        h.remove("OomKillDisable");
      } else if (h.path("Memory").asLong(0) == 0) {
        warnings.add("OOM killer is disabled for the container, but no memory limit is set, this can result in the"
            + " system running out of resources.");
      }
    }
    String runtime = h.path("Runtime").asText("");
    if (!runtime.isEmpty() && !runtime.equals("runc")) {
      throw new InvalidArgumentException("Unknown runtime specified " + runtime);
    }
  }

  /**
   * The checks the daemon makes once the container is registered: storage options (berth's
   * storage, like the daemon's vfs driver here, has no quotas).
   */
  static void checkStorage(JsonNode host) {
    if (host.path("StorageOpt").isObject() && !host.get("StorageOpt").isEmpty()) {
      throw new SystemException("Filesystem does not support, or has not enabled quotas");
    }
  }

  /**
   * The daemon's check of an endpoint's requested addresses: an IPv4 one must be one (a mapped
   * IPv6 form counts), an IPv6 one must be IPv6 and not an IPv4 address in any form.
   */
  static void checkAddresses(String v4, String v6) {
    if (!v4.isEmpty()) {
      java.net.InetAddress a = literal(v4);
      if (!(a instanceof java.net.Inet4Address)) {
        throw new InvalidArgumentException("invalid IPv4 address: " + v4);
      }
    }
    if (!v6.isEmpty() && !(literal(v6) instanceof java.net.Inet6Address)) {
      throw new InvalidArgumentException("invalid IPv6 address: " + v6);
    }
  }

  private static java.net.InetAddress literal(String s) {
    try {
      return s.matches("[0-9A-Fa-f:.]+") ? java.net.InetAddress.ofLiteral(s) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * What a start needs that berth cannot give: a GPU (no device driver), an address of the
   * user's choosing (only networks users make have them; berth's networks are predefined).
   */
  static void checkStart(JsonNode config) {
    JsonNode ipam = config.path("EndpointIPAMConfig");
    checkAddresses(ipam.path("IPv4Address").asText(""), ipam.path("IPv6Address").asText(""));
    dev.berth.runtime.NetworkMode mode = dev.berth.runtime.NetworkMode.parse(config.path("NetworkMode")
        .asText(dev.berth.runtime.NetworkMode.DEFAULT));
    // the default bridge is absent (--bridge=none): the daemon disables the network before any check
    boolean userNetwork = mode == dev.berth.runtime.NetworkMode.USER || mode == dev.berth.runtime.NetworkMode.BRIDGE;
    if (!userNetwork
        && (!ipam.path("IPv4Address").asText("").isEmpty() || !ipam.path("IPv6Address").asText("").isEmpty())) {
      throw new InvalidArgumentException("user specified IP address is supported on user defined networks only");
    }
    for (JsonNode r : HostSettings.of(config).path("DeviceRequests")) {
      StringBuilder caps = new StringBuilder("[");
      for (JsonNode set : r.path("Capabilities")) {
        caps.append(caps.length() > 1 ? " " : "").append('[');
        StringBuilder one = new StringBuilder();
        set.forEach(c -> one.append(one.isEmpty() ? "" : " ").append(c.asText()));
        caps.append(one).append(']');
      }
      caps.append(']');
      throw new InvalidArgumentException("could not select device driver " + GoQuote.of(r.path("Driver").asText(""))
          + " with capabilities: " + caps);
    }
  }
}
