package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.image.ImageConfig;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads fields of a container's stored configuration JSON. */
public final class ContainerConfigs {
  private ContainerConfigs() {}

  public static JsonNode parse(String json) {
    try {
      return ImageConfig.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new dev.berth.errors.SystemException("corrupt container config: " + e.getMessage(), e);
    }
  }

  /**
   * The daemon's {@code Command} of the container list: Path and Args joined by spaces, each
   * argument that contains a space wrapped in single quotes.
   */
  /**
   * The name of the network a container is on: its mode's ({@code bridge} for the default), or,
   * for a user network given by ID, the network's name its start recorded ({@code NetworkName}).
   */
  public static String networkName(JsonNode config) {
    String recorded = config.path("NetworkName").asText("");
    return recorded.isEmpty()
        ? dev.berth.runtime.NetworkMode.networkName(config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT))
        : recorded;
  }

  public static String command(JsonNode config) {
    StringBuilder b = new StringBuilder(config.path("Path").asText(""));
    for (JsonNode a : config.path("Args")) {
      String arg = a.asText();
      b.append(' ').append(arg.contains(" ") ? "'" + arg + "'" : arg);
    }
    return b.toString();
  }

  public static Map<String, String> labels(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode l = parse(json).path("Labels");
    l.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
