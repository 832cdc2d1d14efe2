package dev.berth.engine;

import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.image.ImageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The facts {@code info} and {@code version} report about this berth and its machine. */
public record SystemInfo(
    int containers,
    int running,
    int paused,
    int stopped,
    int images,
    String serverVersion,
    String apiVersion,
    String minApiVersion,
    String kernelVersion,
    String operatingSystem,
    String architecture,
    int cpus,
    long memTotal,
    String name,
    String rootDir,
    String runcVersion) {

  public static final String VERSION = "0.1.0";
  public static final String API_VERSION = "1.41";
  public static final String MIN_API_VERSION = "1.12";

  public static SystemInfo collect(Engine engine) {
    List<ContainerRecord> all = engine.containers().list();
    int running = 0;
    int paused = 0;
    for (ContainerRecord r : all) {
      if (r.state() == ContainerState.PAUSED) {
        paused++;
      } else if (r.running()) {
        running++;
      }
    }
    int images = engine.store().db().read(c -> ImageStore.all(c).size());
    return new SystemInfo(all.size(), running, paused, all.size() - running - paused, images, VERSION, API_VERSION,
        MIN_API_VERSION, System.getProperty("os.version"), osName(), machine(), Runtime.getRuntime().availableProcessors(),
        readMemTotal(), readHostname(), engine.store().paths().root().toString(), "");
  }

  static String osName() {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          return line.substring(12).replace("\"", "");
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return System.getProperty("os.name");
  }

  static String machine() {
    String arch = System.getProperty("os.arch");
    return arch.equals("amd64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch;
  }

  static long readMemTotal() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through
    }
    return 0;
  }

  static String readHostname() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** Go's GOARCH name of this machine ({@code amd64}). */
  public static String goArch() {
    String arch = System.getProperty("os.arch");
    return arch.equals("aarch64") ? "arm64" : arch;
  }
}
