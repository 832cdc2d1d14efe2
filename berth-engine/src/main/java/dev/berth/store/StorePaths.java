package dev.berth.store;

import java.nio.file.Path;

/** The one place that knows where things live under a berth root (see docs/ARCHITECTURE.md). */
public record StorePaths(Path root, Path runRoot) {

  /** Default root: {@code /var/lib/berth} as root, else {@code $XDG_DATA_HOME/berth}. */
  public static Path defaultRoot() {
    String env = System.getenv("BERTH_ROOT");
    if (env != null && !env.isEmpty()) {
      return Path.of(env);
    }
    if (isRoot()) {
      return Path.of("/var/lib/berth");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg == null || xdg.isEmpty()) {
      xdg = System.getProperty("user.home") + "/.local/share";
    }
    return Path.of(xdg, "berth");
  }

  /** Default run-time root: {@code /run/berth} as root, else {@code $XDG_RUNTIME_DIR/berth}. */
  public static Path defaultRunRoot() {
    if (isRoot()) {
      return Path.of("/run/berth");
    }
    String xdg = System.getenv("XDG_RUNTIME_DIR");
    if (xdg == null || xdg.isEmpty()) {
      xdg = System.getProperty("java.io.tmpdir") + "/berth-" + System.getProperty("user.name");
    }
    return Path.of(xdg, "berth");
  }

  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  public Path database() {
    return root.resolve("berth.db");
  }

  public Path blobs() {
    return root.resolve("content/blobs/sha256");
  }

  public Path ingest() {
    return root.resolve("content/ingest");
  }

  public Path layers() {
    return root.resolve("layers");
  }

  /** Unpacked content of one layer, named by its chain ID hex. */
  public Path layerDiff(String chainId) {
    return layers().resolve(hex(chainId)).resolve("diff");
  }

  public Path layerDir(String chainId) {
    return layers().resolve(hex(chainId));
  }

  public Path staging() {
    return root.resolve("tmp");
  }

  public Path containers() {
    return root.resolve("containers");
  }

  public Path container(String id) {
    return containers().resolve(id);
  }

  public Path trash() {
    return root.resolve("trash");
  }

  /** One file per process that has the store open (see {@link StoreSessions}). */
  public Path sessions() {
    return root.resolve("sessions");
  }

  public Path volumes() {
    return root.resolve("volumes");
  }

  /** {@code volumes/<name>}: one local volume (Docker's layout). */
  public Path volumeDir(String name) {
    return volumes().resolve(name);
  }

  /** {@code volumes/<name>/_data}: what a container mounts, reported as the volume's Mountpoint. */
  public Path volumeData(String name) {
    return volumeDir(name).resolve("_data");
  }

  private static String hex(String digest) {
    int colon = digest.indexOf(':');
    return colon < 0 ? digest : digest.substring(colon + 1);
  }
}
