package dev.berth.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.content.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The legacy v1 image JSON and v1 IDs that a 20.10 {@code docker save} writes per layer
 * directory. The v1 ID is the sha256 of the v1 JSON (without "id"), re-encoded with sorted keys,
 * plus {@code layer_id} (the chain ID) and {@code parent} (the parent v1 ID as a digest).
 */
final class LegacyV1 {
  static final String EPOCH = "\"1970-01-01T00:00:00Z\"";

  private LegacyV1() {}

  /** The V1Image fields of a lower layer (all zero but created), in struct order. */
  static List<Map.Entry<String, String>> lowerFields() {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    f.add(Map.entry("created", EPOCH));
    f.add(Map.entry("container_config", containerConfig(null)));
    return f;
  }

  /** The V1Image fields of the image config (the top layer), in struct order, empty ones omitted. */
  static List<Map.Entry<String, String>> imageFields(JsonNode config) {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    optionalString(f, config, "comment");
    JsonNode created = GoJson.field(config, "created");
    f.add(Map.entry("created", created == null || created.isNull() ? "\"0001-01-01T00:00:00Z\"" : GoJson.value(created)));
    optionalString(f, config, "container");
    f.add(Map.entry("container_config", containerConfig(GoJson.field(config, "container_config"))));
    optionalString(f, config, "docker_version");
    optionalString(f, config, "author");
    JsonNode cfg = GoJson.field(config, "config");
    if (cfg != null && !cfg.isNull()) {
      f.add(Map.entry("config", containerConfig(cfg)));
    }
    optionalString(f, config, "architecture");
    optionalString(f, config, "variant");
    optionalString(f, config, "os");
    JsonNode size = GoJson.field(config, "Size");
    if (size != null && size.asLong() != 0) {
      f.add(Map.entry("Size", Long.toString(size.asLong())));
    }
    return f;
  }

  /** The v1 ID of a layer directory. */
  static String createId(List<Map.Entry<String, String>> fields, Digest chainId, String parentV1Hex) {
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e : fields) {
      sorted.put(e.getKey(), e.getValue());
    }
    sorted.put("layer_id", GoJson.string(chainId.toString()));
    if (parentV1Hex != null) {
      sorted.put("parent", GoJson.string("sha256:" + parentV1Hex));
    }
    return Digest.of(GoJson.object(new ArrayList<>(sorted.entrySet())).getBytes(StandardCharsets.UTF_8)).hex();
  }

  /** The layer directory's json file: id, parent, then the fields with os set to the image's. */
  static String layerJson(List<Map.Entry<String, String>> fields, String id, String parentHex, String os) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    out.add(Map.entry("id", GoJson.string(id)));
    if (parentHex != null) {
      out.add(Map.entry("parent", GoJson.string(parentHex)));
    }
    boolean hasOs = false;
    for (Map.Entry<String, String> e : fields) {
      if (e.getKey().equals("os")) {
        hasOs = true;
        if (!os.isEmpty()) {
          out.add(Map.entry("os", GoJson.string(os)));
        }
      } else if (e.getKey().equals("Size") && !hasOs && !os.isEmpty()) {
        out.add(Map.entry("os", GoJson.string(os)));
        hasOs = true;
        out.add(e);
      } else {
        out.add(e);
      }
    }
    if (!hasOs && !os.isEmpty()) {
      out.add(Map.entry("os", GoJson.string(os)));
    }
    return GoJson.object(out);
  }

  /** container.Config of Docker 20.10, in struct order, with its omitempty fields. */
  static String containerConfig(JsonNode c) {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    f.add(Map.entry("Hostname", str(c, "Hostname")));
    f.add(Map.entry("Domainname", str(c, "Domainname")));
    f.add(Map.entry("User", str(c, "User")));
    f.add(Map.entry("AttachStdin", bool(c, "AttachStdin")));
    f.add(Map.entry("AttachStdout", bool(c, "AttachStdout")));
    f.add(Map.entry("AttachStderr", bool(c, "AttachStderr")));
    JsonNode ports = GoJson.field(c, "ExposedPorts");
    if (ports != null && ports.isObject() && ports.size() > 0) {
      f.add(Map.entry("ExposedPorts", GoJson.value(ports)));
    }
    f.add(Map.entry("Tty", bool(c, "Tty")));
    f.add(Map.entry("OpenStdin", bool(c, "OpenStdin")));
    f.add(Map.entry("StdinOnce", bool(c, "StdinOnce")));
    f.add(Map.entry("Env", GoJson.value(GoJson.field(c, "Env"))));
    f.add(Map.entry("Cmd", strSlice(GoJson.field(c, "Cmd"))));
    JsonNode health = GoJson.field(c, "Healthcheck");
    if (health != null && !health.isNull()) {
      f.add(Map.entry("Healthcheck", healthcheck(health)));
    }
    if ("true".equals(bool(c, "ArgsEscaped"))) {
      f.add(Map.entry("ArgsEscaped", "true"));
    }
    f.add(Map.entry("Image", str(c, "Image")));
    f.add(Map.entry("Volumes", GoJson.value(GoJson.field(c, "Volumes"))));
    f.add(Map.entry("WorkingDir", str(c, "WorkingDir")));
    f.add(Map.entry("Entrypoint", strSlice(GoJson.field(c, "Entrypoint"))));
    if ("true".equals(bool(c, "NetworkDisabled"))) {
      f.add(Map.entry("NetworkDisabled", "true"));
    }
    if (!"\"\"".equals(str(c, "MacAddress"))) {
      f.add(Map.entry("MacAddress", str(c, "MacAddress")));
    }
    f.add(Map.entry("OnBuild", GoJson.value(GoJson.field(c, "OnBuild"))));
    f.add(Map.entry("Labels", GoJson.value(GoJson.field(c, "Labels"))));
    if (!"\"\"".equals(str(c, "StopSignal"))) {
      f.add(Map.entry("StopSignal", str(c, "StopSignal")));
    }
    JsonNode stopTimeout = GoJson.field(c, "StopTimeout");
    if (stopTimeout != null && !stopTimeout.isNull()) {
      f.add(Map.entry("StopTimeout", Long.toString(stopTimeout.asLong())));
    }
    JsonNode shell = GoJson.field(c, "Shell");
    if (shell != null && !shell.isNull() && !(shell.isArray() && shell.isEmpty())) {
      f.add(Map.entry("Shell", strSlice(shell)));
    }
    return GoJson.object(f);
  }

  private static String healthcheck(JsonNode h) {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    JsonNode test = GoJson.field(h, "Test");
    if (test != null && !test.isNull() && test.size() > 0) {
      f.add(Map.entry("Test", GoJson.value(test)));
    }
    for (String d : List.of("Interval", "Timeout", "StartPeriod", "Retries")) {
      JsonNode v = GoJson.field(h, d);
      if (v != null && v.asLong() != 0) {
        f.add(Map.entry(d, Long.toString(v.asLong())));
      }
    }
    return GoJson.object(f);
  }

  private static String strSlice(JsonNode n) {
    if (n != null && n.isTextual()) {
      return "[" + GoJson.string(n.asText()) + "]";
    }
    return GoJson.value(n);
  }

  private static String str(JsonNode c, String name) {
    JsonNode v = GoJson.field(c, name);
    return GoJson.string(v == null || v.isNull() ? "" : v.asText());
  }

  private static String bool(JsonNode c, String name) {
    JsonNode v = GoJson.field(c, name);
    return v != null && v.asBoolean(false) ? "true" : "false";
  }

  private static void optionalString(List<Map.Entry<String, String>> f, JsonNode config, String name) {
    JsonNode v = GoJson.field(config, name);
    if (v != null && !v.isNull() && !v.asText().isEmpty()) {
      f.add(Map.entry(name, GoJson.string(v.asText())));
    }
  }
}
