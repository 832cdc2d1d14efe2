package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import dev.berth.runtime.CommandResolver;
import dev.berth.runtime.ContainerEnv;
import dev.berth.runtime.ImageProcessConfig;
import dev.berth.runtime.RunOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a container config at create time the way the daemon does: {@code Path}/{@code Args}
 * from Docker's entrypoint/cmd rule, the image's env merged under the user's, image defaults for
 * workdir, user and labels.
 */
public final class CommandResolution {
  private CommandResolution() {}

  /** {@code userConfigJson} holds {@code Cmd}/{@code Entrypoint} only when given on the command line. */
  public static String complete(String userConfigJson, ImageConfig image) {
    ObjectNode config = (ObjectNode) ContainerConfigs.parse(userConfigJson);
    JsonNode imageConfig = image.containerConfig();
    ImageProcessConfig img = ImageProcessConfig.fromJson(imageConfig);
    boolean userEntrypoint = config.has("Entrypoint");
    RunOptions opts = RunOptions.defaults()
        .withCmd(strings(config.get("Cmd")))
        .withEntrypoint(userEntrypoint ? strings(config.get("Entrypoint")) : null);
    List<String> argv = CommandResolver.resolve(img, opts);
    config.put("Path", argv.get(0));
    ArrayNode args = config.putArray("Args");
    argv.subList(1, argv.size()).forEach(args::add);
    if (!userEntrypoint) {
      config.set("Entrypoint", imageConfig.get("Entrypoint"));
    } else if (strings(config.get("Entrypoint")).equals(List.of(""))) {
      config.putNull("Entrypoint"); // --entrypoint "": no entrypoint at all, as the daemon stores it
    }
    if (!config.has("Cmd")) {
      config.set("Cmd", userEntrypoint ? null : imageConfig.get("Cmd"));
    }
    if (!config.has("WorkingDir")) {
      config.put("WorkingDir", img.workingDir());
    }
    if (!config.has("User")) {
      config.put("User", img.user());
    }
    List<String> env = ContainerEnv.merge(img.env(), strings(config.get("Env")));
    if (env.isEmpty()) {
      config.putNull("Env");
    } else {
      ArrayNode e = config.putArray("Env");
      env.forEach(e::add);
    }
    ObjectNode labels = ImageConfig.MAPPER.createObjectNode();
    img.labels().forEach(labels::put);
    JsonNode userLabels = config.get("Labels");
    if (userLabels != null && userLabels.isObject()) {
      labels.setAll((ObjectNode) userLabels);
    }
    config.set("Labels", labels);
    if (config.path("StopSignal").asText("").isEmpty() && !imageConfig.path("StopSignal").asText("").isEmpty()) {
      config.put("StopSignal", imageConfig.get("StopSignal").asText());
    }
    HealthConfig.validate(config);
    HealthConfig.mergeImage(config, imageConfig);
    // the image's exposed ports join the user's (--expose, -p)
    JsonNode imagePorts = imageConfig.get("ExposedPorts");
    if (imagePorts != null && imagePorts.isObject() && !imagePorts.isEmpty()) {
      ObjectNode ports = config.get("ExposedPorts") instanceof ObjectNode p ? p : config.putObject("ExposedPorts");
      imagePorts.fieldNames().forEachRemaining(p -> {
        if (!ports.has(p)) {
          ports.putObject(p);
        }
      });
    }
    // the image's VOLUMEs join the user's anonymous volumes (the daemon merges the configs)
    JsonNode imageVolumes = imageConfig.get("Volumes");
    if (imageVolumes != null && imageVolumes.isObject() && !imageVolumes.isEmpty()) {
      ObjectNode volumes = config.get("Volumes") instanceof ObjectNode v ? v : config.putObject("Volumes");
      imageVolumes.fieldNames().forEachRemaining(p -> {
        if (!volumes.has(p)) {
          volumes.putObject(p);
        }
      });
    }
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
