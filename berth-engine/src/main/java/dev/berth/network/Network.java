package dev.berth.network;

/**
 * One network as the daemon lists it. berth has only dockerd's predefined networks: {@code none}
 * (driver {@code null}) and {@code host} (driver {@code host}), both of scope {@code local}.
 */
public record Network(String id, String name, String driver, long createdNs) {
  public static final String SCOPE = "local";

  /** The {@code type} attribute of this network's events: its driver. */
  public String eventType() {
    return driver;
  }
}
