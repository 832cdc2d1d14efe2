package dev.berth.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A container's sandbox and endpoint IDs on its network. The daemon makes fresh random ones at each
 * start; berth derives them from the container ID and its start time, which gives the same per-start
 * freshness without storing anything.
 */
public final class Endpoints {
  private static final String NETNS_DIR = "/var/run/docker/netns/";

  private Endpoints() {}

  /** The sandbox of the start at {@code startedAt}: kept by inspect after the container stops, as the daemon does. */
  public static String sandboxId(String containerId, String startedAt) {
    return digest("sandbox", containerId, startedAt);
  }

  /** The endpoint of the start at {@code startedAt} (shown only while the container runs). */
  public static String endpointId(String containerId, String startedAt) {
    return digest("endpoint", containerId, startedAt);
  }

  /** The endpoint of the start at {@code startedAt} on a network the container was connected to besides its first. */
  public static String endpointId(String containerId, String startedAt, String networkId) {
    return digest("endpoint\0" + networkId, containerId, startedAt);
  }

  /** The sandbox's namespace path: the host's namespace is {@code default}, others are named by 12 hex. */
  public static String sandboxKey(String networkName, String sandboxId) {
    return NETNS_DIR + (networkName.equals("host") ? "default" : sandboxId.substring(0, 12));
  }

  private static String digest(String kind, String containerId, String startedAt) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((kind + "\0" + containerId + "\0" + startedAt).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
