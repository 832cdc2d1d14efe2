package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the kernel's OOM killer struck inside a container's memory cgroup during its run: the
 * {@code oom_kill} count of {@code memory.events} (cgroup v2) or {@code memory.oom_control} (v1).
 * Read after the container's processes ended and before {@code runc delete} removes the cgroup;
 * the daemon learns the same from the runtime's OOM notification ({@code State.OOMKilled}, event
 * {@code oom}).
 */
public final class OomKills {
  private final Path cgroupRoot;

  public OomKills(Path cgroupRoot) {
    this.cgroupRoot = cgroupRoot;
  }

  public static OomKills host() {
    return new OomKills(Path.of("/sys/fs/cgroup"));
  }

  /** Reads {@code linux.cgroupsPath} from the bundle's {@code config.json}; false when unknown. */
  public boolean happened(Path bundle) {
    try {
      JsonNode spec = OciSpecBuilder.JSON.readTree(Files.readAllBytes(bundle.resolve("config.json")));
      String path = spec.path("linux").path("cgroupsPath").asText("");
      return !path.isEmpty() && happened(path);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the container's memory cgroup is out of memory right now with the OOM killer disabled
   * ({@code under_oom 1} of cgroup v1's {@code memory.oom_control}); false when unknown.
   */
  public boolean underOom(Path bundle) {
    try {
      JsonNode spec = OciSpecBuilder.JSON.readTree(Files.readAllBytes(bundle.resolve("config.json")));
      String path = spec.path("linux").path("cgroupsPath").asText("");
      if (path.isEmpty()) {
        return false;
      }
      String rel = path.startsWith("/") ? path.substring(1) : path;
      return underOom(Files.readAllLines(cgroupRoot.resolve("memory").resolve(rel).resolve("memory.oom_control")));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static boolean underOom(List<String> oomControl) {
    return oomControl.stream().anyMatch(l -> l.strip().equals("under_oom 1"));
  }

  /** {@code cgroupsPath} as runc's cgroupfs driver places it, under the hierarchy's root. */
  boolean happened(String cgroupsPath) {
    String rel = cgroupsPath.startsWith("/") ? cgroupsPath.substring(1) : cgroupsPath;
    for (Path file : List.of(cgroupRoot.resolve("memory").resolve(rel).resolve("memory.oom_control"),
        cgroupRoot.resolve(rel).resolve("memory.events"))) {
      long kills = count(file);
      if (kills >= 0) {
        return kills > 0;
      }
    }
    return false;
  }

  /** The {@code oom_kill} line's value; -1 when the file is absent or has none. */
  private static long count(Path file) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("oom_kill ")) {
          return Long.parseLong(line.substring("oom_kill ".length()).strip());
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
