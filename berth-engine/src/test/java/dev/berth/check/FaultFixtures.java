package dev.berth.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Inputs shared by the fault harnesses: small docker-archives, a busybox root, mount listings. */
final class FaultFixtures {
  private FaultFixtures() {}

  /** True where containers can run: root, runc, conmon and a static busybox. */
  static boolean runtimeAvailable() {
    return "0".equals(uid())
        && Stream.of("/usr/sbin/runc", "/usr/bin/runc", "/usr/local/bin/runc", "/usr/local/sbin/runc").anyMatch(p -> Files.isExecutable(Path.of(p)))
        && Stream.of("/usr/bin/conmon", "/usr/local/bin/conmon", "/usr/libexec/podman/conmon").anyMatch(p -> Files.isExecutable(Path.of(p)))
        && Files.isExecutable(Path.of("/usr/bin/busybox"));
  }

  private static String uid() {
    try {
      return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A one-file layer tar with a fixed mtime. */
  static byte[] layer(String file, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(file);
      e.setSize(body.length);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.write(body);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  /** A docker-archive of one image with one layer, tagged {@code tag} (none when null). */
  static byte[] dockerArchive(String tag, byte[] layerTar) throws IOException {
    String diffId = sha256(layerTar);
    byte[] config = ("{\"architecture\":\"amd64\",\"config\":{\"Cmd\":[\"sh\"]},\"created\":\"2020-01-01T00:00:00Z\","
        + "\"history\":[{\"created\":\"2020-01-01T00:00:00Z\",\"created_by\":\"fixture\"}],\"os\":\"linux\","
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}").getBytes(StandardCharsets.UTF_8);
    String configName = sha256(config) + ".json";
    String layerName = diffId + "/layer.tar";
    byte[] manifest = ("[{\"Config\":\"" + configName + "\",\"RepoTags\":" + (tag == null ? "null" : "[\"" + tag + "\"]")
        + ",\"Layers\":[\"" + layerName + "\"]}]").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      put(tar, diffId + "/", null);
      put(tar, layerName, layerTar);
      put(tar, configName, config);
      put(tar, "manifest.json", manifest);
    }
    return bytes.toByteArray();
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] body) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setModTime(1577836800000L);
    if (body != null) {
      e.setSize(body.length);
    }
    tar.putArchiveEntry(e);
    if (body != null) {
      tar.write(body);
    }
    tar.closeArchiveEntry();
  }

  /** A tar of a minimal busybox root (sh, true, sleep through busybox's applet links). */
  static InputStream busyboxRoot(Path scratch) throws IOException, InterruptedException {
    Path rootfs = Files.createDirectories(scratch.resolve("busybox-rootfs"));
    for (String d : List.of("bin", "etc", "tmp", "proc", "sys", "dev")) {
      Files.createDirectories(rootfs.resolve(d));
    }
    Files.copy(Path.of("/usr/bin/busybox"), rootfs.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES,
        StandardCopyOption.REPLACE_EXISTING);
    for (String applet : List.of("sh", "true", "sleep")) {
      Files.deleteIfExists(rootfs.resolve("bin/" + applet));
      Files.createSymbolicLink(rootfs.resolve("bin/" + applet), Path.of("busybox"));
    }
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
    Process tar = new ProcessBuilder("tar", "-C", rootfs.toString(), "-cf", "-", ".").start();
    byte[] bytes = tar.getInputStream().readAllBytes();
    if (tar.waitFor() != 0) {
      throw new IOException("tar of the busybox root failed");
    }
    return new ByteArrayInputStream(bytes);
  }

  /** Best-effort clean-up after a test: rm -f of every container, then unmount anything left. */
  static void removeAllContainers(dev.berth.store.StorePaths paths) {
    try (dev.berth.engine.Engine e = dev.berth.engine.Engine.open(paths)) {
      for (var c : e.containers().list()) {
        try {
          e.containers().remove(c.id(), true);
        } catch (RuntimeException ignored) {
          // the test reports what failed; this only tidies up
        }
      }
    } catch (RuntimeException ignored) {
      // same
    }
    try {
      for (String m : mountsUnder(paths.root()).reversed()) {
        new ProcessBuilder("umount", "-l", m).start().waitFor();
      }
    } catch (IOException | InterruptedException ignored) {
      // same
    }
  }

  /** Mount points at or below {@code dir} (from /proc/self/mountinfo). */
  static List<String> mountsUnder(Path dir) throws IOException {
    String prefix = dir.toAbsolutePath().normalize().toString();
    return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
        .map(l -> l.split(" ")[4])
        .filter(m -> m.equals(prefix) || m.startsWith(prefix + "/"))
        .toList();
  }
}
