package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.berth.check.StoreCheck;
import dev.berth.check.StoreFingerprint;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile docker-archives for {@code load} (issue 6), beyond the layer-level corpus of
 * LayerHostileInputTest: a manifest that is not JSON, has wrong types or a bad tag, points outside
 * the archive or at missing files, is a symlink or hardlink out of the archive, is duplicated; a
 * layer that is a symlink to a device; absolute entry names; setuid/setgid/sticky bits. Each
 * archive is in {@code src/test/resources/hostile/archives/}; {@code expected.tsv} holds the
 * real daemon's last line of {@code docker load} (Docker 20.10.24). A refused load must leave the
 * store exactly as it was.
 */
class ArchiveHostileCorpusTest {
  /** Today's differences from Docker (a ratchet; still held to "refused, store unchanged"). */
  static final Set<String> DIFFERS_FROM_DOCKER = Set.of(
      "config-symlink-outside", "layer-symlink-to-device", "manifest-hardlink-outside", "manifest-missing-config",
      "manifest-not-json", "manifest-symlink-outside", "manifest-wrong-types", "outer-absolute-path");

  @TempDir Path dir;

  static Path corpus() throws URISyntaxException {
    return Path.of(ArchiveHostileCorpusTest.class.getResource("/hostile/archives/expected.tsv").toURI()).getParent();
  }

  static Map<String, String> expected() throws IOException, URISyntaxException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] p = line.split("\t", 2);
        out.put(p[0], p[1]);
      }
    }
    return out;
  }

  /** The daemon's temporary import directory is named like berth's staging one; only the path differs. */
  static String normalized(String message) {
    return message.replaceAll("/\\S*?/docker-import-\\d+", "<import>");
  }

  @Test
  void everyArchiveLoadsOrFailsAsDockerDoes() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (var e : expected().entrySet()) {
      try (Engine engine = Engine.open(new StorePaths(dir.resolve("root-" + e.getKey()), dir.resolve("run")))) {
        seed(engine);
        String before = StoreFingerprint.of(engine.store());
        List<String> lines = new ArrayList<>();
        Throwable failure;
        try (InputStream in = Files.newInputStream(corpus().resolve(e.getKey() + ".tar"))) {
          failure = catchThrowable(() -> lines.addAll(new ImageArchives(engine.store()).load(in)));
        }
        String actual;
        if (failure == null) {
          actual = lines.isEmpty() ? "<nothing>" : lines.getLast();
        } else {
          assertThat(failure).as(e.getKey()).isInstanceOf(BerthException.class);
          assertThat(StoreFingerprint.of(engine.store())).as("store after %s", e.getKey()).isEqualTo(before);
          actual = e.getValue().equals("<refused>") ? "<refused>" : normalized(failure.getMessage());
        }
        assertThat(new StoreCheck(engine.store()).run()).as(e.getKey()).isEmpty();
        boolean same = actual.equals(e.getValue());
        if (!same && !DIFFERS_FROM_DOCKER.contains(e.getKey())) {
          mismatches.add(e.getKey() + ": expected " + e.getValue() + "\n    but was " + actual);
        } else if (same && DIFFERS_FROM_DOCKER.contains(e.getKey())) {
          mismatches.add(e.getKey() + " matches Docker now: remove it from DIFFERS_FROM_DOCKER");
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** As root, Docker keeps setuid, setgid and sticky bits of a loaded layer; berth's layer keeps them too. */
  @Test
  void setuidSetgidAndStickyBitsSurviveALoad() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue("0".equals(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))),
        "needs root, as the daemon");
    try (Engine engine = Engine.open(new StorePaths(dir.resolve("setuid"), dir.resolve("run")));
        InputStream in = Files.newInputStream(corpus().resolve("setuid-files.tar"))) {
      new ImageArchives(engine.store()).load(in);
      String top = engine.store().db().read(c -> ImageStore.find(c, Names.resolve(c, "setuid:1")).orElseThrow().topLayer());
      Path diff = engine.store().paths().layerDiff(top);
      assertThat(mode(diff.resolve("bin/su"))).isEqualTo(04755);
      assertThat(mode(diff.resolve("bin/wall"))).isEqualTo(02755);
      assertThat(mode(diff.resolve("tmp"))).isEqualTo(01777);
    }
  }

  private static int mode(Path p) throws IOException {
    return ((Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS)) & 07777;
  }

  private static void seed(Engine engine) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry e = new TarArchiveEntry("seed");
      e.setSize(1);
      tar.putArchiveEntry(e);
      tar.write('s');
      tar.closeArchiveEntry();
    }
    new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(bytes.toByteArray()), "seed:1", null);
  }
}
