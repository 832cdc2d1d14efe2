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

  public static Map<String, String> labels(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode l = parse(json).path("Labels");
    l.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
