package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's networks as the daemon keeps them ({@code NetworkSettings.Networks}: network name to
 * the endpoint settings the user gave). A container nobody connected or disconnected keeps them in
 * its create-time fields ({@code NetworkMode}, {@code EndpointIPAMConfig}, {@code NetworkAliases}:
 * one network); the first {@code network connect} / {@code disconnect} writes them out in the config
 * field {@value #FIELD}, in connection order, and from then on that field is the record.
 */
public final class ContainerNetworks {
  /** The config field of the written-out networks: an object, network name to its settings. */
  public static final String FIELD = "BerthNetworks";

  private ContainerNetworks() {}

  /** One network of a container: its name and settings (IPAMConfig, Links, Aliases, DriverOpts, NetworkID). */
  public record Attachment(String name, ObjectNode settings) {
    /** The address the user asked for, or "". */
    public String requestedIp() {
      return settings.path("IPAMConfig").path("IPv4Address").asText("");
    }
  }

  /** Whether the container's networks are written out (it was connected or disconnected). */
  public static boolean written(JsonNode config) {
    return config.path(FIELD).isObject();
  }

  /** The written-out networks in connection order (empty when none are written). */
  public static List<Attachment> of(JsonNode config) {
    List<Attachment> out = new ArrayList<>();
    config.path(FIELD).properties().forEach(e -> out.add(new Attachment(e.getKey(), (ObjectNode) e.getValue())));
    return out;
  }

  /** The names of the container's networks: the written-out ones, else its one create-time network. */
  public static List<String> names(JsonNode config) {
    if (written(config)) {
      return of(config).stream().map(Attachment::name).toList();
    }
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    if (mode.startsWith("container:")) {
      return List.of();
    }
    return List.of(ContainerConfigs.networkName(config));
  }

  /**
   * Writes the networks out (when not yet): the create-time network with its settings as inspect
   * shows them; a container sharing another's namespace has none. Returns the networks object.
   */
  public static ObjectNode writeOut(ObjectNode config, String networkIdIfStarted) {
    if (written(config)) {
      return (ObjectNode) config.get(FIELD);
    }
    ObjectNode nets = config.putObject(FIELD);
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    if (mode.startsWith("container:")) {
      return nets;
    }
    ObjectNode s = nets.putObject(ContainerConfigs.networkName(config));
    JsonNode ipam = config.path("EndpointIPAMConfig");
    if (ipam.isObject() && !ipam.isEmpty()) {
      s.set("IPAMConfig", ipam.deepCopy());
    } else {
      s.putNull("IPAMConfig");
    }
    s.putNull("Links");
    if (config.path("NetworkAliases").isArray() && !config.get("NetworkAliases").isEmpty()) {
      s.set("Aliases", config.get("NetworkAliases").deepCopy());
    } else {
      s.putNull("Aliases");
    }
    s.putNull("DriverOpts");
    s.put("NetworkID", networkIdIfStarted == null ? "" : networkIdIfStarted);
    return s.isEmpty() ? nets : nets;
  }

  /** The container's hostname: the one given, else its short ID (as the daemon makes it). */
  public static String hostname(ContainerRecord r, JsonNode config) {
    String h = config.path("Hostname").asText("");
    return h.isEmpty() ? r.id().substring(0, 12) : h;
  }

  /** The settings of a connect request's endpoint config as the daemon stores them. */
  public static ObjectNode settings(JsonNode endpointConfig) {
    ObjectNode s = ImageConfig.MAPPER.createObjectNode();
    JsonNode ep = endpointConfig == null || endpointConfig.isNull() ? ImageConfig.MAPPER.createObjectNode() : endpointConfig;
    for (String f : new String[] {"IPAMConfig", "Links", "Aliases", "DriverOpts"}) {
      JsonNode v = ep.get(f);
      if (v == null || v.isNull()) {
        s.putNull(f);
      } else {
        s.set(f, v.deepCopy());
      }
    }
    s.put("NetworkID", "");
    return s;
  }
}
