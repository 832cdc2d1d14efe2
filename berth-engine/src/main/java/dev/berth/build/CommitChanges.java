package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.GoContainerConfig;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The config of the image {@code docker commit} makes: the {@code --change} lines (Dockerfile
 * instructions) applied to the request's config (the container's when the request has none), as
 * a build would apply them but without committing, then the container's config merged in for what
 * the result leaves unset (the daemon's commit merge).
 */
public final class CommitChanges {
  private static final Set<String> ALLOWED = Set.of("CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL",
      "ONBUILD", "USER", "VOLUME", "WORKDIR");

  private CommitChanges() {}

  /**
   * @param requestConfig the config given with the request (the API body), or null
   * @param containerConfig the container's config
   * @param changes the change lines, in order
   * @throws InvalidArgumentException with the daemon's message for a change it rejects
   */
  public static ObjectNode apply(JsonNode requestConfig, JsonNode containerConfig, List<String> changes) {
    JsonNode container = GoContainerConfig.of(containerConfig);
    ObjectNode config = GoContainerConfig.of(requestConfig == null || requestConfig.isNull() ? container : requestConfig);
    if (!changes.isEmpty()) {
      applyChanges(config, changes);
    }
    merge(config, container);
    return config;
  }

  /**
   * {@code docker import --change}: the changes applied to an empty container config (the daemon's
   * import keeps that as the image's config); null without changes.
   */
  public static ObjectNode forImport(List<String> changes) {
    if (changes.isEmpty()) {
      return null;
    }
    ObjectNode config = dev.berth.image.ImageImporter.emptyContainerConfig();
    applyChanges(config, changes);
    return config;
  }

  private static void applyChanges(ObjectNode config, List<String> changes) {
    List<Instruction> instructions = DockerfileParser.parseChanges(String.join("\n", changes));
    for (Instruction in : instructions) {
      if (!ALLOWED.contains(in.keyword())) {
        throw new InvalidArgumentException(in.keyword().toLowerCase(Locale.ROOT) + " is not a valid change command");
      }
    }
    for (Instruction in : instructions) {
      String problem = DockerfileParser.problem(in);
      if (problem != null) {
        throw new InvalidArgumentException(problem);
      }
    }
    boolean cmdSet = false;
    for (Instruction in : instructions) {
      Map<String, String> vars = ConfigInstructions.envVars(Builder.strings(config.get("Env")));
      try {
        ConfigInstructions.apply(in, config, vars, cmdSet, note -> { });
      } catch (BuildStepFailedException e) {
        throw new InvalidArgumentException(e.getMessage(), e);
      }
      cmdSet |= ConfigInstructions.setsCmd(in);
    }
  }

  /** The daemon's merge: what the new config leaves empty comes from the container's config. */
  static void merge(ObjectNode config, JsonNode container) {
    if (config.path("User").asText("").isEmpty()) {
      config.put("User", container.path("User").asText(""));
    }
    config.set("ExposedPorts", union(config.get("ExposedPorts"), container.get("ExposedPorts")));
    if (config.get("ExposedPorts").isEmpty()) {
      config.remove("ExposedPorts");
    }
    mergeEnv(config, container);
    TreeMap<String, String> labels = new TreeMap<>();
    if (container.get("Labels") instanceof ObjectNode o) {
      o.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    }
    if (config.get("Labels") instanceof ObjectNode o) {
      o.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    }
    ObjectNode sortedLabels = config.putObject("Labels");
    labels.forEach(sortedLabels::put);
    if (isEmptyList(config.get("Entrypoint"))) {
      if (isEmptyList(config.get("Cmd"))) {
        config.set("Cmd", container.get("Cmd"));
      }
      if (config.path("Entrypoint").isNull()) {
        config.set("Entrypoint", container.get("Entrypoint"));
      }
    }
    mergeHealthcheck(config, container);
    if (config.path("WorkingDir").asText("").isEmpty()) {
      config.put("WorkingDir", container.path("WorkingDir").asText(""));
    }
    JsonNode volumes = config.get("Volumes");
    if (volumes == null || volumes.isNull() || volumes.isEmpty()) {
      config.set("Volumes", container.get("Volumes"));
    } else {
      config.set("Volumes", union(volumes, container.get("Volumes")));
    }
    if (config.path("StopSignal").asText("").isEmpty() && !container.path("StopSignal").asText("").isEmpty()) {
      config.put("StopSignal", container.get("StopSignal").asText());
    }
    ObjectNode reordered = GoContainerConfig.of(config);
    config.removeAll();
    config.setAll(reordered);
  }

  private static void mergeEnv(ObjectNode config, JsonNode container) {
    List<String> env = Builder.strings(config.get("Env"));
    if (env.isEmpty()) {
      config.set("Env", container.get("Env"));
      return;
    }
    List<String> merged = new ArrayList<>(env);
    for (String e : Builder.strings(container.get("Env"))) {
      String key = e.split("=", 2)[0];
      if (env.stream().noneMatch(u -> u.split("=", 2)[0].equals(key))) {
        merged.add(e);
      }
    }
    config.set("Env", Builder.array(merged));
  }

  private static void mergeHealthcheck(ObjectNode config, JsonNode container) {
    JsonNode from = container.get("Healthcheck");
    if (from == null || from.isNull()) {
      return;
    }
    if (!(config.get("Healthcheck") instanceof ObjectNode hc)) {
      config.set("Healthcheck", from);
      return;
    }
    ObjectNode merged = ImageConfig.MAPPER.createObjectNode();
    merged.set("Test", isEmptyList(hc.get("Test")) ? from.get("Test") : hc.get("Test"));
    for (String f : List.of("Interval", "Timeout", "StartPeriod", "Retries")) {
      long v = hc.path(f).asLong(0) != 0 ? hc.path(f).asLong() : from.path(f).asLong(0);
      if (v != 0) {
        merged.put(f, v);
      }
    }
    config.set("Healthcheck", merged);
  }

  /** The keys of both objects, sorted (Go marshals map keys sorted), each with an empty value. */
  private static ObjectNode union(JsonNode a, JsonNode b) {
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode n : new JsonNode[] {a, b}) {
      if (n != null && n.isObject()) {
        n.fieldNames().forEachRemaining(keys::add);
      }
    }
    ObjectNode out = ImageConfig.MAPPER.createObjectNode();
    keys.forEach(out::putObject);
    return out;
  }

  private static boolean isEmptyList(JsonNode n) {
    return n == null || n.isNull() || (n.isArray() && n.isEmpty());
  }
}
