package dev.berth.network;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One network as the daemon lists it: dockerd's predefined {@code none} (driver {@code null}) and
 * {@code host} (driver {@code host}), and user-defined networks, whose settings ({@link NetworkConfig})
 * are {@code config}; every one of scope {@code local}.
 */
public record Network(String id, String name, String driver, long createdNs, JsonNode config) {
  public static final String SCOPE = "local";

  /** A predefined network (no settings of its own). */
  public Network(String id, String name, String driver, long createdNs) {
    this(id, name, driver, createdNs, null);
  }

  /** The {@code type} attribute of this network's events: its driver. */
  public String eventType() {
    return driver;
  }

  /** Whether the user made this network ({@code network ls -f type=custom}). */
  public boolean custom() {
    return config != null;
  }

  /** The network's settings; those of a predefined network are the defaults. */
  public NetworkConfig settings() {
    return config == null ? NetworkConfig.PREDEFINED : NetworkConfig.of(config);
  }
}
