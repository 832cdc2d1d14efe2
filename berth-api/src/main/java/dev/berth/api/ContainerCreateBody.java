package dev.berth.api;

import dev.berth.units.GoJsonSyntax;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.util.Map;

/**
 * The body of {@code POST /containers/create} (Docker's {@code ContainerConfigWrapper}: the config
 * fields, {@code HostConfig}, {@code NetworkingConfig}) checked with Go's JSON errors and turned into
 * the configuration the engine stores: only fields the client really set, so the image's defaults
 * apply to the rest.
 */
final class ContainerCreateBody {
  private ContainerCreateBody() {}

  private enum GoType {
    STRING("string"),
    BOOL("bool"),
    STRSLICE("string"),
    STRINGS("string"),
    STRING_MAP("string"),
    OBJECT("");

    final String elementName;

    GoType(String elementName) {
      this.elementName = elementName;
    }
  }

  /** Top-level fields whose JSON type is checked like Go's decoder does. */
  private static final Map<String, GoType> FIELDS = Map.ofEntries(
      Map.entry("Hostname", GoType.STRING),
      Map.entry("Domainname", GoType.STRING),
      Map.entry("User", GoType.STRING),
      Map.entry("AttachStdin", GoType.BOOL),
      Map.entry("AttachStdout", GoType.BOOL),
      Map.entry("AttachStderr", GoType.BOOL),
      Map.entry("Tty", GoType.BOOL),
      Map.entry("OpenStdin", GoType.BOOL),
      Map.entry("StdinOnce", GoType.BOOL),
      Map.entry("Env", GoType.STRINGS),
      Map.entry("Cmd", GoType.STRSLICE),
      Map.entry("Image", GoType.STRING),
      Map.entry("WorkingDir", GoType.STRING),
      Map.entry("Entrypoint", GoType.STRSLICE),
      Map.entry("Labels", GoType.STRING_MAP),
      Map.entry("StopSignal", GoType.STRING),
      Map.entry("Healthcheck", GoType.OBJECT),
      Map.entry("HostConfig", GoType.OBJECT),
      Map.entry("NetworkingConfig", GoType.OBJECT));

  /** Parses and checks the body; {@code contentType} must be JSON when there is a body. */
  static ObjectNode parse(byte[] body, String contentType) {
    if (body.length > 0 && !isJson(contentType)) {
      throw new InvalidArgumentException(
          "Content-Type specified (" + (contentType == null ? "" : contentType) + ") must be 'application/json'");
    }
    String syntax = GoJsonSyntax.check(body, GoJsonSyntax.Mode.DECODER);
    if (syntax != null) {
      throw new SystemException(syntax);
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new SystemException(e.getMessage(), e);
    }
    if (root.isNull()) {
      return Json.MAPPER.createObjectNode();
    }
    if (!root.isObject()) {
      throw new SystemException(
          "json: cannot unmarshal " + Json.goKind(root) + " into Go value of type runconfig.ContainerConfigWrapper");
    }
    for (var f : root.properties()) {
      GoType t = FIELDS.get(f.getKey());
      if (t != null) {
        checkType(f.getKey(), f.getValue(), t);
      }
    }
    return (ObjectNode) root;
  }

  /** The fields of Go's container.Config (the create body's embedded struct); JSON keys match them case-insensitively. */
  private static final java.util.Set<String> CONFIG_FIELDS = java.util.Set.of("hostname", "domainname", "user",
      "attachstdin", "attachstdout", "attachstderr", "exposedports", "tty", "openstdin", "stdinonce", "env", "cmd",
      "healthcheck", "argsescaped", "image", "volumes", "workingdir", "entrypoint", "networkdisabled", "macaddress",
      "onbuild", "labels", "stopsignal", "stoptimeout", "shell");

  /**
   * The daemon's container config is nil unless the body names one of its fields (even as null):
   * then it refuses to create the container.
   */
  static void checkConfigPresent(ObjectNode body) {
    for (var f : body.properties()) {
      if (CONFIG_FIELDS.contains(f.getKey().toLowerCase(java.util.Locale.ROOT))) {
        return;
      }
    }
    throw new InvalidArgumentException("Config cannot be empty in order to create a container");
  }

  /** A container joins at most one network at creation (the daemon's verifyNetworkingConfig). */
  static void checkEndpoints(ObjectNode body) {
    JsonNode endpoints = body.path("NetworkingConfig").path("EndpointsConfig");
    if (endpoints.isObject() && endpoints.size() > 1) {
      java.util.List<String> names = new java.util.ArrayList<>();
      endpoints.fieldNames().forEachRemaining(names::add);
      throw new InvalidArgumentException("Container cannot be connected to network endpoints: " + String.join(", ", names));
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mime = contentType.split(";", 2)[0].trim();
    return mime.equalsIgnoreCase("application/json");
  }

  private static void checkType(String field, JsonNode v, GoType t) {
    if (v.isNull()) {
      return;
    }
    switch (t) {
      case STRING -> require(v.isTextual(), field, v, "string");
      case BOOL -> require(v.isBoolean(), field, v, "bool");
      case STRSLICE -> {
        if (!v.isTextual()) {
          require(v.isArray(), field, v, "string");
          v.forEach(e -> require(e.isTextual() || e.isNull(), field, e, "string"));
        }
      }
      case STRINGS -> {
        require(v.isArray(), field, v, "[]string");
        v.forEach(e -> require(e.isTextual() || e.isNull(), field, e, "string"));
      }
      case STRING_MAP -> {
        require(v.isObject(), field, v, "map[string]string");
        v.forEach(e -> require(e.isTextual() || e.isNull(), field, e, "string"));
      }
      case OBJECT -> require(v.isObject(), field, v, "container." + field);
    }
  }

  private static void require(boolean ok, String field, JsonNode v, String goType) {
    if (!ok) {
      throw new SystemException("json: cannot unmarshal " + Json.goKind(v)
          + " into Go struct field ContainerConfigWrapper." + field + " of type " + goType);
    }
  }

  /** The engine's container configuration: what the client set, plus the host options berth keeps. */
  static String engineConfig(ObjectNode body) {
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("Image", body.path("Image").asText(""));
    copyIfPresent(body, c, "Cmd");
    copyIfPresent(body, c, "Entrypoint");
    if (body.path("Cmd").isTextual()) {
      c.putArray("Cmd").add(body.get("Cmd").asText());
    }
    if (body.path("Entrypoint").isTextual()) {
      c.putArray("Entrypoint").add(body.get("Entrypoint").asText());
    }
    c.set("Env", body.path("Env").isArray() ? body.get("Env") : Json.MAPPER.createArrayNode());
    c.set("Labels", body.path("Labels").isObject() ? body.get("Labels") : Json.MAPPER.createObjectNode());
    copyNonEmptyText(body, c, "WorkingDir");
    copyNonEmptyText(body, c, "User");
    copyNonEmptyText(body, c, "Hostname");
    copyNonEmptyText(body, c, "Domainname");
    copyNonEmptyText(body, c, "StopSignal");
    if (body.path("Healthcheck").isObject()) {
      c.set("Healthcheck", body.get("Healthcheck"));
    }
    for (String f : new String[] {"Tty", "OpenStdin", "StdinOnce", "AttachStdin"}) {
      if (body.path(f).asBoolean(false)) {
        c.put(f, true);
      }
    }
    c.put("AttachStdout", body.path("AttachStdout").asBoolean(false));
    c.put("AttachStderr", body.path("AttachStderr").asBoolean(false));
    JsonNode host = body.path("HostConfig");
    String network = host.path("NetworkMode").asText("");
    c.put("NetworkMode", network.isEmpty() ? "default" : network);
    // the endpoint settings of the container's network: its aliases and addresses (--ip, --ip6)
    JsonNode endpoint = body.path("NetworkingConfig").path("EndpointsConfig").path(network);
    if (endpoint.path("Aliases").isArray() && !endpoint.path("Aliases").isEmpty()) {
      c.set("NetworkAliases", endpoint.get("Aliases").deepCopy());
    }
    JsonNode ipam = endpoint.path("IPAMConfig");
    if (ipam.isObject() && !c.has("EndpointIPAMConfig")) {
      ObjectNode kept = c.putObject("EndpointIPAMConfig");
      for (String f : new String[] {"IPv4Address", "IPv6Address"}) {
        if (!ipam.path(f).asText("").isEmpty()) {
          kept.put(f, ipam.path(f).asText());
        }
      }
      if (ipam.path("LinkLocalIPs").isArray() && !ipam.path("LinkLocalIPs").isEmpty()) {
        kept.set("LinkLocalIPs", ipam.get("LinkLocalIPs").deepCopy());
      }
      if (kept.isEmpty()) {
        c.remove("EndpointIPAMConfig");
      }
    }
    if (host.path("AutoRemove").asBoolean(false)) {
      c.put("AutoRemove", true);
    }
    if (host.path("ReadonlyRootfs").asBoolean(false)) {
      c.put("ReadonlyRootfs", true);
    }
    // the mounts, in the engine's config keys (the CLI writes the same shapes): -v binds and named
    // volumes, --mount specs, and the anonymous volumes of Config.Volumes
    if (host.path("Binds").isArray() && !host.get("Binds").isEmpty()) {
      c.set("Binds", host.get("Binds"));
    }
    if (host.path("Mounts").isArray() && !host.get("Mounts").isEmpty()) {
      c.set("Mounts", host.get("Mounts"));
    }
    if (body.path("Volumes").isObject() && !body.get("Volumes").isEmpty()) {
      c.set("Volumes", body.get("Volumes"));
    }
    if (host.path("Init").isBoolean()) {
      c.put("Init", host.get("Init").asBoolean());
    }
    if (body.path("ExposedPorts").isObject() && !body.get("ExposedPorts").isEmpty()) {
      c.set("ExposedPorts", body.get("ExposedPorts"));
    }
    if (body.hasNonNull("StopTimeout")) {
      c.set("StopTimeout", body.get("StopTimeout"));
    }
    ObjectNode options = c.putObject(dev.berth.container.HostSettings.CONFIG_KEY);
    for (String f : HOST_OPTIONS) {
      JsonNode v = host.get(f);
      if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty()) && !(v.isTextual() && v.asText().isEmpty())) {
        options.set(f, v);
      }
    }
    if (host.path("RestartPolicy").isObject()) {
      options.set("RestartPolicy", host.get("RestartPolicy"));
    }
    for (String f : new String[] {"SecurityOpt", "MaskedPaths", "ReadonlyPaths"}) {
      copyIfPresent(host, options, f); // an empty list is kept: it differs from none
    }
    return c.toString();
  }

  /** The {@code HostConfig} fields kept as the container's host options (see HostSettings). */
  private static final String[] HOST_OPTIONS = {"LogConfig", "Memory", "MemorySwap", "Ulimits", "PortBindings",
      "PublishAllPorts", "ContainerIDFile", "Privileged", "CapAdd", "CapDrop", "GroupAdd", "OomScoreAdj",
      "CpusetCpus", "IpcMode", "PidMode", "UTSMode", "BlkioWeight", "VolumesFrom", "CpuShares", "PidsLimit", "ShmSize", "Sysctls", "Tmpfs",
      "CpuQuota", "CpuPeriod", "NanoCpus", "CpusetMems", "MemoryReservation", "MemorySwappiness",
      "Devices", "DeviceCgroupRules", "CgroupParent", "Dns", "DnsSearch", "DnsOptions", "ExtraHosts", "Links",
      "BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps", "BlkioDeviceWriteIOps",
      "VolumeDriver"};

  private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
    JsonNode v = from.get(field);
    if (v != null && v.isArray()) {
      to.set(field, v);
    }
  }

  private static void copyNonEmptyText(JsonNode from, ObjectNode to, String field) {
    String v = from.path(field).asText("");
    if (!v.isEmpty()) {
      to.put(field, v);
    }
  }
}
