package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel side of a user-defined bridge network, done with iproute2's {@code ip} (and
 * {@code nsenter} for the container's namespace): the bridge {@code br-<id12>} holding the gateway
 * address, and per container a veth pair whose host end joins the bridge and whose other end
 * becomes the container's {@code eth0} with its address, MAC and default route. The container's
 * end (and so the pair) goes away with its namespace when it stops.
 */
public final class BridgePlumbing {
  private BridgePlumbing() {}

  /** The interface alias ({@code ifalias}) of every bridge berth makes. */
  public static final String ALIAS = "berth";

  /** The bridge's interface name: {@code br-} and the network ID's first 12 characters. */
  public static String bridgeName(String networkId) {
    return "br-" + networkId.substring(0, 12);
  }

  /** Makes the bridge with its gateway address unless it exists; brings it up. */
  public static void ensureBridge(String name, String gateway, int prefix) {
    if (!Files.exists(Path.of("/sys/class/net", name))) {
      List<String> add = List.of("ip", "link", "add", name, "type", "bridge");
      if (outputIfSucceeded(add) != null) {
        // marked as berth's: another store's IPAM does not take its route for the host's own
        run(List.of("ip", "link", "set", "dev", name, "alias", ALIAS), false);
        run(List.of("ip", "addr", "add", gateway + "/" + prefix, "dev", name), true);
      } else if (!Files.exists(Path.of("/sys/class/net", name))) {
        run(add, true);
      } else {
        // another start on the network made it at the same moment: it gives it its address
        for (int i = 0; i < 40 && !hasAddress(name, gateway); i++) {
          pause();
        }
        if (!hasAddress(name, gateway)) {
          run(List.of("ip", "addr", "add", gateway + "/" + prefix, "dev", name), false);
        }
      }
    }
    run(List.of("ip", "link", "set", name, "up"), true);
  }

  /** Removes a network's bridge (nothing when it is not there). */
  public static void removeBridge(String name) {
    if (Files.exists(Path.of("/sys/class/net", name))) {
      run(List.of("ip", "link", "del", name), false);
    }
  }

  /**
   * Gives the namespace of process {@code pid} an {@code eth0} on {@code bridge}: {@code ip/prefix},
   * {@code mac}, up, default route via {@code gateway}.
   */
  public static void attach(long pid, String containerId, String bridge, String ip, int prefix, String mac,
      String gateway) {
    attach(pid, containerId, "", "eth0", bridge, ip, prefix, mac, gateway);
  }

  /** The host end of a container's veth pair on a network (its first network: {@code networkId} empty). */
  public static String hostEnd(String containerId, String networkId) {
    return "veth" + containerId.substring(0, 7) + (networkId.isEmpty() ? "" : networkId.substring(0, 4));
  }

  /**
   * Gives the namespace of process {@code pid} an interface {@code ifname} on {@code bridge}:
   * {@code ip/prefix}, {@code mac}, up; a default route via {@code gateway} unless it has one
   * ({@code gateway} null: never).
   */
  public static void attach(long pid, String containerId, String networkId, String ifname, String bridge, String ip,
      int prefix, String mac, String gateway) {
    String host = hostEnd(containerId, networkId);
    String peer = "vc" + containerId.substring(0, 7) + (networkId.isEmpty() ? "" : networkId.substring(0, 4));
    if (Files.exists(Path.of("/sys/class/net", host))) {
      run(List.of("ip", "link", "del", host), false); // a previous run's pair whose namespace lingers
    }
    run(List.of("ip", "link", "add", host, "type", "veth", "peer", "name", peer), true);
    run(List.of("ip", "link", "set", host, "master", bridge), true);
    run(List.of("ip", "link", "set", host, "up"), true);
    run(List.of("ip", "link", "set", peer, "netns", Long.toString(pid)), true);
    String ns = "--net=/proc/" + pid + "/ns/net";
    run(List.of("nsenter", ns, "ip", "link", "set", peer, "name", ifname), true);
    run(List.of("nsenter", ns, "ip", "link", "set", ifname, "address", mac), true);
    run(List.of("nsenter", ns, "ip", "addr", "add", ip + "/" + prefix, "brd", "+", "dev", ifname), true);
    run(List.of("nsenter", ns, "ip", "link", "set", ifname, "up"), true);
    if (gateway != null) {
      run(List.of("nsenter", ns, "ip", "route", "add", "default", "via", gateway, "dev", ifname), false);
    }
  }

  /** The next free {@code ethN} in the namespace of process {@code pid}. */
  public static String nextInterface(long pid) {
    String out = output(List.of("nsenter", "--net=/proc/" + pid + "/ns/net", "ip", "-o", "link", "show"));
    int next = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d+: eth(\\d+)[@:]", java.util.regex.Pattern.MULTILINE)
        .matcher(out);
    while (m.find()) {
      next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
    }
    return "eth" + next;
  }

  /** Whether the namespace of process {@code pid} has a default route. */
  public static boolean hasDefaultRoute(long pid) {
    return !output(List.of("nsenter", "--net=/proc/" + pid + "/ns/net", "ip", "route", "show", "default")).isBlank();
  }

  /**
   * Gives the namespace of process {@code pid} a default route via {@code gateway} through its
   * interface with MAC {@code mac} (when it has none: its gateway network was left).
   */
  public static void defaultRouteVia(long pid, String mac, String gateway) {
    String ns = "--net=/proc/" + pid + "/ns/net";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d+: ([^:@]+)[@:].*link/ether " + java.util.regex.Pattern.quote(mac),
        java.util.regex.Pattern.MULTILINE).matcher(output(List.of("nsenter", ns, "ip", "-o", "link", "show")));
    if (m.find()) {
      run(List.of("nsenter", ns, "ip", "route", "add", "default", "via", gateway, "dev", m.group(1)), false);
    }
  }

  /** Removes a container's veth pair on a network (both ends go). */
  public static void detach(String containerId, String networkId) {
    String host = hostEnd(containerId, networkId);
    if (Files.exists(Path.of("/sys/class/net", host))) {
      run(List.of("ip", "link", "del", host), false);
      return;
    }
    // the pair its start made on its first network
    String first = hostEnd(containerId, "");
    try {
      Path master = Path.of("/sys/class/net", first, "master");
      if (Files.exists(master) && Files.readSymbolicLink(master).getFileName().toString().equals(bridgeName(networkId))) {
        run(List.of("ip", "link", "del", first), false);
      }
    } catch (IOException e) {
      // gone meanwhile
    }
  }

  private static String output(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static boolean hasAddress(String dev, String ip) {
    String out = outputIfSucceeded(List.of("ip", "-o", "-4", "addr", "show", "dev", dev));
    return out != null && out.contains(" " + ip + "/");
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while setting up the container's network");
    }
  }

  /** The output of a command that succeeded, else null. */
  private static String outputIfSucceeded(List<String> argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while setting up the container's network");
    }
  }

  private static void run(List<String> argv, boolean check) {
    List<String> cmd = new ArrayList<>(argv);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      if (code != 0 && check) {
        throw new SystemException("failed to set up the container's network (" + String.join(" ", cmd) + "): " + out);
      }
    } catch (IOException e) {
      if (check) {
        throw new SystemException("failed to set up the container's network: " + e.getMessage());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while setting up the container's network");
    }
  }
}
