package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Re-serialises a Docker {@code container.Config} the way the daemon does after decoding it into
 * its Go struct: every field in declaration order, zero values for the missing ones, and the
 * {@code omitempty} fields only when set.
 */
public final class GoContainerConfig {
  private GoContainerConfig() {}

  public static ObjectNode of(JsonNode in) {
    JsonNode src = in == null || in.isNull() ? ImageConfig.MAPPER.createObjectNode() : in;
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    string(out, src, "Hostname");
    string(out, src, "Domainname");
    string(out, src, "User");
    bool(out, src, "AttachStdin");
    bool(out, src, "AttachStdout");
    bool(out, src, "AttachStderr");
    optional(out, src, "ExposedPorts");
    sortKeys(out, "ExposedPorts");
    bool(out, src, "Tty");
    bool(out, src, "OpenStdin");
    bool(out, src, "StdinOnce");
    nullable(out, src, "Env");
    nullable(out, src, "Cmd");
    optional(out, src, "Healthcheck");
    if (src.path("ArgsEscaped").asBoolean(false)) {
      out.put("ArgsEscaped", true);
    }
    string(out, src, "Image");
    nullable(out, src, "Volumes");
    sortKeys(out, "Volumes");
    string(out, src, "WorkingDir");
    nullable(out, src, "Entrypoint");
    if (src.path("NetworkDisabled").asBoolean(false)) {
      out.put("NetworkDisabled", true);
    }
    if (!src.path("MacAddress").asText("").isEmpty()) {
      out.put("MacAddress", src.get("MacAddress").asText());
    }
    nullable(out, src, "OnBuild");
    nullable(out, src, "Labels");
    sortKeys(out, "Labels");
    if (!src.path("StopSignal").asText("").isEmpty()) {
      out.put("StopSignal", src.get("StopSignal").asText());
    }
    if (src.hasNonNull("StopTimeout")) {
      out.set("StopTimeout", src.get("StopTimeout"));
    }
    optional(out, src, "Shell");
    return out;
  }

  // Go maps (ports, volumes, labels) marshal with their keys sorted
  private static void sortKeys(ObjectNode out, String f) {
    if (out.get(f) instanceof ObjectNode map && map.size() > 1) {
      ObjectNode sorted = ImageConfig.MAPPER.createObjectNode();
      new java.util.TreeMap<>(map.properties().stream()
          .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)))
          .forEach(sorted::set);
      out.set(f, sorted);
    }
  }

  private static void string(ObjectNode out, JsonNode src, String f) {
    JsonNode v = src.get(f);
    out.put(f, v == null || v.isNull() ? "" : v.asText());
  }

  private static void bool(ObjectNode out, JsonNode src, String f) {
    out.put(f, src.path(f).asBoolean(false));
  }

  private static void nullable(ObjectNode out, JsonNode src, String f) {
    JsonNode v = src.get(f);
    if (v == null || v.isNull()) {
      out.putNull(f);
    } else {
      out.set(f, v);
    }
  }

  private static void optional(ObjectNode out, JsonNode src, String f) {
    JsonNode v = src.get(f);
    if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
      out.set(f, v);
    }
  }
}
