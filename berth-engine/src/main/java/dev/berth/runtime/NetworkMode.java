package dev.berth.runtime;

import dev.berth.errors.NotSupportedException;

/**
 * The network modes berth's runtime can set up: a private empty namespace, the host's, or the one
 * of another running container ({@code container:NAME}, see {@link NetworkJoin}).
 */
public enum NetworkMode {
  /** A new network namespace with only {@code lo} (runc brings it up). */
  NONE,
  /** The host's network namespace. */
  HOST,
  /** Another container's network namespace, hostname and network files. */
  CONTAINER;

  /** Parses Docker's {@code --network} value; modes needing a network driver are not supported. */
  public static NetworkMode parse(String mode) {
    return switch (mode) {
      case "none" -> NONE;
      case "host" -> HOST;
      case String m when m.startsWith("container:") -> CONTAINER;
      default -> throw new NotSupportedException("network mode \"" + mode + "\"");
    };
  }
}
