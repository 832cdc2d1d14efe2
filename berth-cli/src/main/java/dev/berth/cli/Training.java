package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Runs representative commands against a throw-away store so that the launcher can record the
 * JVM's AOT cache: the classes of a typical start-up, including JSON, templates and table output
 * over real rows.
 *
 * <p>Only local commands: the cache's classes are all loaded at every start, and the HTTP server and
 * client of {@code serve} and {@code -H} (Jetty, ~1,400 classes) cost every local command ~10% more.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    // The entry point itself: a class the cache lacks is read from the jar, and the first one
    // from the jar also reads its manifest to define the package (~5 ms).
    Class.forName("dev.berth.cli.Main");
    String root = args[0];
    Path tar = Path.of(root, "training.tar");
    Files.createDirectories(tar.getParent());
    try (OutputStream f = Files.newOutputStream(tar); TarArchiveOutputStream t = new TarArchiveOutputStream(f)) {
      byte[] body = "training\n".getBytes();
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
      t.putArchiveEntry(e);
      t.write(body);
      t.closeArchiveEntry();
    }
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    // A store of a few hundred images first: the JVM records which methods the long listing,
    // tagging and pruning make hot, and compiles them early in every later run.
    Path many = Path.of(root, "many.tar");
    manyImagesArchive(many, 400, 100);
    String listing = root + "/listing";
    String[][] rows = {
      {"--root", listing, "load", "-q", "-i", many.toString()},
      {"--root", listing, "images"},
      {"--root", listing, "images"},
      {"--root", listing, "images", "-a"},
      {"--root", listing, "images", "-f", "dangling=true"},
      {"--root", listing, "images", "-q"},
      {"--root", listing, "images", "--digests", "training/many"},
      {"--root", listing, "tag", "training/many:1", "training/t:x"},
      {"--root", listing, "rmi", "training/t:x"},
      {"--root", listing, "image", "prune", "-f"},
      {"--root", listing, "images"},
    };
    for (String[] command : rows) {
      BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink);
    }
    String store = root + "/store";
    String[][] commands = {
      {"--version"},
      {"--root", store, "version"},
      {"--root", store, "images"},
      {"--root", store, "import", tar.toString(), "training:1"},
      {"--root", store, "tag", "training:1", "training:2"},
      {"--root", store, "images"},
      {"--root", store, "images", "-a", "--digests", "-f", "dangling=false"},
      {"--root", store, "images", "--format", "{{.Repository}}:{{.Tag}} {{json .}}"},
      {"--root", store, "create", "--name", "t1", "-l", "a=b", "training:1", "true"},
      {"--root", store, "ps", "-a"},
      {"--root", store, "ps", "-a", "--format", "json"},
      {"--root", store, "inspect", "t1"},
      {"--root", store, "image", "inspect", "--format", "{{.Id}} {{json .Config}}", "training:1"},
      {"--root", store, "history", "training:1"},
      {"--root", store, "save", "-o", root + "/saved.tar", "training:1"},
      {"--root", store, "load", "-i", root + "/saved.tar"},
      {"--root", store, "info"},
      {"--root", store, "system", "df"},
      {"--root", store, "rmi", "training:2"},
      {"--root", store, "rm", "t1"},
      {"--root", store, "container", "prune", "-f"},
      {"--root", store, "image", "prune", "-a", "-f"},
      {"--root", store, "rmi", "nosuch"},
      {"--root", store, "images", "--bogus"},
    };
    for (String[] command : commands) {
      BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink);
    }
    // a host where containers start but hang must not hold every berth command at the cache's lock
    Thread containers = Thread.ofPlatform().daemon().start(() -> {
      for (String[] command : containerCommands(store, root + "/run", tar)) {
        BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink);
      }
    });
    try {
      containers.join(java.time.Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A real {@code run --rm} (rootfs mount, OCI bundle, conmon, runc, exit, removal) where
   * containers can run: that path's classes otherwise cost a {@code run} some 100 ms of loading.
   * The training image has no binaries, so the host's are bound in read-only; the run root is
   * the training's own.
   */
  static List<String[]> containerCommands(String store, String runRoot, Path image) {
    try {
      if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))
          || !Files.isExecutable(Path.of("/usr/sbin/runc")) || !Files.isExecutable(Path.of("/usr/bin/conmon"))
          || !Files.isExecutable(Path.of("/usr/bin/true"))) {
        return List.of();
      }
    } catch (IOException | UnsupportedOperationException e) {
      return List.of();
    }
    List<String> run = new ArrayList<>(List.of("--root", store, "--runroot", runRoot, "run", "--rm", "--network", "none"));
    for (String dir : List.of("/usr", "/lib", "/lib64")) {
      if (Files.isDirectory(Path.of(dir))) {
        run.addAll(List.of("-v", dir + ":" + dir + ":ro"));
      }
    }
    run.addAll(List.of("training:1", "/usr/bin/true"));
    return List.of(
        new String[] {"--root", store, "import", image.toString(), "training:1"},
        run.toArray(new String[0]));
  }

  /**
   * A docker-archive of {@code n} images sharing one small layer, each with its own label and an
   * old creation time; the last {@code dangling} have no tag (as bench/gen_archives.py makes).
   */
  static void manyImagesArchive(Path out, int n, int dangling) throws IOException {
    ByteArrayOutputStream layer = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(layer)) {
      TarArchiveEntry dir = new TarArchiveEntry("etc/");
      t.putArchiveEntry(dir);
      t.closeArchiveEntry();
      byte[] body = "training\n".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("etc/training");
      e.setSize(body.length);
      t.putArchiveEntry(e);
      t.write(body);
      t.closeArchiveEntry();
    }
    byte[] layerTar = layer.toByteArray();
    String diffId = sha256(layerTar);
    StringBuilder manifest = new StringBuilder("[");
    try (OutputStream f = Files.newOutputStream(out); TarArchiveOutputStream t = new TarArchiveOutputStream(f)) {
      put(t, diffId + "/layer.tar", layerTar);
      for (int i = 0; i < n; i++) {
        String config = "{\"architecture\":\"amd64\",\"config\":{\"Cmd\":[\"/bin/sh\"],\"Labels\":{\"training\":\"many-"
            + i + "\"}},\"created\":\"2023-11-14T22:13:20Z\",\"history\":[{\"created\":\"2023-11-14T22:13:20Z\"}],"
            + "\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}";
        byte[] bytes = config.getBytes(StandardCharsets.UTF_8);
        String id = sha256(bytes);
        put(t, id + ".json", bytes);
        manifest.append(i == 0 ? "" : ",").append("{\"Config\":\"").append(id).append(".json\",\"RepoTags\":")
            .append(i < n - dangling ? "[\"training/many:" + i + "\"]" : "[]")
            .append(",\"Layers\":[\"").append(diffId).append("/layer.tar\"]}");
      }
      put(t, "manifest.json", manifest.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void put(TarArchiveOutputStream t, String name, byte[] body) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(body.length);
    t.putArchiveEntry(e);
    t.write(body);
    t.closeArchiveEntry();
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
