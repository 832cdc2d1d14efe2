package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a Docker image config's {@code config} object that decide how a container's
 * process runs. {@code cmd} and {@code entrypoint} are {@code null} when the image has none
 * (JSON null or absent), which Docker treats differently from an empty list only when merging.
 */
public record ImageProcessConfig(
    List<String> env,
    List<String> cmd,
    List<String> entrypoint,
    String workingDir,
    String user,
    Map<String, String> labels,
    String stopSignal) {

  public ImageProcessConfig {
    env = env == null ? List.of() : List.copyOf(env);
    cmd = cmd == null ? null : List.copyOf(cmd);
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    workingDir = workingDir == null ? "" : workingDir;
    user = user == null ? "" : user;
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    stopSignal = stopSignal == null ? "" : stopSignal;
  }

  public static ImageProcessConfig empty() {
    return new ImageProcessConfig(null, null, null, null, null, null, null);
  }

  /** Reads the image config's {@code config} object (may be null or missing: an empty config). */
  public static ImageProcessConfig fromJson(JsonNode config) {
    if (config == null || config.isNull() || config.isMissingNode()) {
      return empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode l = config.path("Labels");
    if (l.isObject()) {
      l.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    }
    return new ImageProcessConfig(
        strings(config.get("Env")),
        strings(config.get("Cmd")),
        strings(config.get("Entrypoint")),
        config.path("WorkingDir").asText(""),
        config.path("User").asText(""),
        labels,
        config.path("StopSignal").asText(""));
  }

  private static List<String> strings(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }
}
