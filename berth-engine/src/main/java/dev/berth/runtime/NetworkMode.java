package dev.berth.runtime;

/**
 * The network modes berth's runtime can set up: a private empty namespace, the host's, or the one
 * of another running container ({@code container:NAME}, see {@link NetworkJoin}).
 */
public enum NetworkMode {
  /** A new network namespace with only {@code lo} (runc brings it up). */
  NONE,
  /**
   * Docker's default network ({@code default}, {@code bridge}). berth has no bridge, like a dockerd
   * started with {@code --bridge=none} (the reference daemon here): the container still shows as on
   * network "bridge", without an address, and runs as with {@code none}, in a namespace of its own
   * with only {@code lo}.
   */
  BRIDGE,
  /** The host's network namespace. */
  HOST,
  /** Another container's network namespace, hostname and network files. */
  CONTAINER,
  /**
   * A user-defined bridge network, named by the mode: a namespace of its own whose {@code eth0} is
   * a veth on the network's bridge ({@link BridgePlumbing}), resolv.conf of Docker's embedded DNS.
   */
  USER;

  /** What a container's config means when it names no network mode (Docker's default). */
  public static final String DEFAULT = "default";

  /** The network a mode shows as in inspect, ps and the API ({@code default} is the bridge). */
  public static String networkName(String mode) {
    return mode.equals(DEFAULT) ? "bridge" : mode;
  }

  /** Parses Docker's {@code --network} value; any other name is a user-defined network. */
  public static NetworkMode parse(String mode) {
    return switch (mode) {
      case "none" -> NONE;
      case "default", "bridge" -> BRIDGE;
      case "host" -> HOST;
      case String m when m.startsWith("container:") -> CONTAINER;
      default -> USER;
    };
  }
}
