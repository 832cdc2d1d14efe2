package dev.berth.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.engine.SystemInfo;
import dev.berth.image.ImageService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code GET /info} of an engine: what {@code berth serve} answers and what the daemonless CLI's
 * {@code info} prints, from one place.
 */
public final class EngineInfo {
  private EngineInfo() {}

  public static ObjectNode of(Engine engine) {
    SystemInfo f = SystemInfo.collect(engine);
    SystemInfo facts = new SystemInfo(f.containers(), f.running(), f.paused(), f.stopped(), f.images(),
        f.serverVersion(), f.apiVersion(), f.minApiVersion(), kernelVersion(), f.operatingSystem(), f.architecture(),
        f.cpus(), f.memTotal(), f.name(), f.rootDir(), f.runcVersion());
    String cgroup = Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers")) ? "2" : "1";
    return SystemJson.infoToJson(facts, daemonId(engine), ImageService.rfc3339Nano(dev.berth.store.BerthStore.nowNs()),
        cgroup, osRelease("VERSION_ID"), Thread.activeCount());
  }

  /** The kernel release as the daemon reads it (/proc), in place of the JVM's view. */
  public static String kernelVersion() {
    try {
      return Files.readAllLines(Path.of("/proc/sys/kernel/osrelease")).getFirst().strip();
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.version");
    }
  }

  private static String osRelease(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith(key + "=")) {
          return line.substring(key.length() + 1).replaceAll("^\"|\"$", "");
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "";
  }

  /**
   * A stable ID for this store, in the shape of Docker's (twelve groups of four characters; the
   * daemon derives its own from a key kept in its root).
   */
  static String daemonId(Engine engine) {
    byte[] h;
    try {
      h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(engine.store().paths().root().toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String hex = HexFormat.of().formatHex(h).toUpperCase(Locale.ROOT);
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0) {
        id.append(':');
      }
      id.append(hex, i * 4, i * 4 + 4);
    }
    return id.toString();
  }
}
