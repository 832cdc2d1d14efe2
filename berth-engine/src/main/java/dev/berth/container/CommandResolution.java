package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker's rule for what a container runs: the entrypoint (the user's, else the image's) followed
 * by the command (the user's; else the image's, unless the user replaced the entrypoint).
 */
public final class CommandResolution {
  private CommandResolution() {}

  /**
   * Adds {@code Path}, {@code Args} and the image's defaults to a container config given by the
   * user ({@code Cmd}/{@code Entrypoint} present only when given on the command line).
   */
  public static String complete(String userConfigJson, ImageConfig image) {
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(userConfigJson);
    JsonNode imageConfig = image.containerConfig();
    boolean userEntrypoint = config.has("Entrypoint");
    List<String> entrypoint = strings(userEntrypoint ? config.get("Entrypoint") : imageConfig.get("Entrypoint"));
    if (entrypoint.size() == 1 && entrypoint.get(0).isEmpty()) {
      entrypoint = List.of();
    }
    List<String> cmd = strings(config.get("Cmd"));
    if (cmd.isEmpty() && !userEntrypoint) {
      cmd = strings(imageConfig.get("Cmd"));
    }
    List<String> all = new ArrayList<>(entrypoint);
    all.addAll(cmd);
    if (all.isEmpty()) {
      throw new InvalidArgumentException("No command specified");
    }
    config.put("Path", all.get(0));
    ArrayNode args = config.putArray("Args");
    all.subList(1, all.size()).forEach(args::add);
    if (!userEntrypoint) {
      config.set("Entrypoint", imageConfig.get("Entrypoint"));
    }
    ArrayNode cmdNode = ImageConfig.MAPPER.createArrayNode();
    cmd.forEach(cmdNode::add);
    config.set("Cmd", cmdNode);
    if (!config.has("WorkingDir") && imageConfig.hasNonNull("WorkingDir")) {
      config.put("WorkingDir", imageConfig.get("WorkingDir").asText());
    }
    if (!config.has("User") && imageConfig.hasNonNull("User")) {
      config.put("User", imageConfig.get("User").asText());
    }
    ArrayNode env = ImageConfig.MAPPER.createArrayNode();
    strings(imageConfig.get("Env")).forEach(env::add);
    strings(config.get("Env")).forEach(env::add);
    config.set("Env", env);
    ObjectNode labels = ImageConfig.MAPPER.createObjectNode();
    JsonNode imageLabels = imageConfig.get("Labels");
    if (imageLabels != null && imageLabels.isObject()) {
      labels.setAll((ObjectNode) imageLabels);
    }
    JsonNode userLabels = config.get("Labels");
    if (userLabels != null && userLabels.isObject()) {
      labels.setAll((ObjectNode) userLabels);
    }
    config.set("Labels", labels);
    return config.toString();
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
