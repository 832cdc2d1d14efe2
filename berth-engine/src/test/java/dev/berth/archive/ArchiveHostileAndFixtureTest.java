package dev.berth.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.LayerUnpacker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveHostileAndFixtureTest {
  @TempDir Path tmp;

  LoadedArchive load(byte[] archive) throws IOException {
    Path staging = Files.createTempDirectory(tmp, "staging");
    return new ArchiveReader(LayerUnpacker.Options.forCurrentUser(), ExpansionLimit.DEFAULT)
        .read(new ByteArrayInputStream(archive), staging);
  }

  /** The entries of mini.tar, editable. */
  static Map<String, byte[]> entries(byte[] tar) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isFile()) {
          out.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return out;
  }

  static byte[] tar(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
        entry.setSize(e.getValue().length);
        out.putArchiveEntry(entry);
        out.write(e.getValue());
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String manifestOf(Map<String, byte[]> e) {
    return new String(e.get("manifest.json"), StandardCharsets.UTF_8);
  }

  @Test
  void manifestPointsAtMissingLayer() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    String layer = e.keySet().stream().filter(k -> k.endsWith("layer.tar")).findFirst().orElseThrow();
    e.remove(layer);
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("open " + layer + ": no such file or directory");
  }

  @Test
  void diffIdMismatch() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    String layer = e.keySet().stream().filter(k -> k.endsWith("layer.tar")).findFirst().orElseThrow();
    byte[] other = new byte[1024]; // an empty layer instead of the real one
    e.put(layer, other);
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid diffID for layer 0: expected \"" + ArchiveRoundTripTest.L1 + "\", got \"" + Digest.of(other) + "\"");
  }

  @Test
  void configIdMismatch() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    String cfg = ArchiveRoundTripTest.BASE_ID.hex() + ".json";
    byte[] changed = new String(e.get(cfg), StandardCharsets.UTF_8).replace("amd64", "arm64").getBytes(StandardCharsets.UTF_8);
    e.put(cfg, changed);
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid image config " + cfg + ": its digest is " + Digest.of(changed));
  }

  @Test
  void layersLengthMismatch() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    String manifest = manifestOf(e);
    String first = manifest.substring(manifest.indexOf("\"Layers\":[") + 10, manifest.indexOf(']', manifest.indexOf("\"Layers\":[")));
    e.put("manifest.json", manifest.replace("\"Layers\":[" + first + "]", "\"Layers\":[]").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid manifest, layers length mismatch: expected 1, got 0");
  }

  @Test
  void traversalInOuterArchive() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    e.put("../../escape.json", "{}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid archive entry: path escapes the archive: ../../escape.json");
    assertThat(tmp.getParent().resolve("escape.json")).doesNotExist();
  }

  @Test
  void hostileLayerInsideArchive() throws IOException {
    Map<String, byte[]> e = entries(ArchiveRoundTripTest.resource("mini.tar"));
    String layer = e.keySet().stream().filter(k -> k.endsWith("layer.tar")).findFirst().orElseThrow();
    e.put(layer, tar(Map.of("../../../evil", "x".getBytes(StandardCharsets.UTF_8))));
    assertThatThrownBy(() -> load(tar(e)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid tar entry: path escapes the layer: ../../../evil");
  }

  /** The shared fixture archives (generated from the host's busybox), incl. the OCI layouts. */
  @Test
  void fixtureArchives() throws Exception {
    Path script = Path.of("/work/shared/oracle/fixtures/make-fixtures.py");
    Assumptions.assumeTrue(Files.exists(script) && Files.exists(Path.of("/usr/bin/busybox")), "fixtures need busybox");
    Path out = Files.createDirectory(tmp.resolve("fx"));
    Process p = new ProcessBuilder("python3", script.toString(), out.toString()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
    JsonNode info = new ObjectMapper().readTree(out.resolve("fixtures.json").toFile());
    Digest base = Digest.parse(info.path("layers").path("busybox").asText());
    Digest second = Digest.parse(info.path("layers").path("second").asText());

    LoadedArchive two = load(Files.readAllBytes(out.resolve("twolayer.tar")));
    assertThat(two.images().get(0).imageId().toString()).isEqualTo(info.path("images").path("twolayer").path("id").asText());
    assertThat(two.layers()).containsOnlyKeys(base, second);
    assertThat(two.layers().get(second).size()).isEqualTo("hello from layer two\n".length());

    LoadedArchive family = load(Files.readAllBytes(out.resolve("family.tar")));
    assertThat(family.images().get(1).parentId().toString()).isEqualTo(info.path("images").path("busybox").path("id").asText());

    byte[] oci = Files.readAllBytes(out.resolve("busybox-oci.tar"));
    LoadedArchive ociLoaded = load(oci);
    assertThat(ociLoaded.images().get(0).imageId().toString()).isEqualTo(info.path("images").path("busybox").path("id").asText());
    assertThat(ociLoaded.images().get(0).repoTags()).containsExactly("busybox:latest");

    // the same layout without manifest.json: a plain OCI image layout, names from annotations
    Map<String, byte[]> e = entries(oci);
    e.remove("manifest.json");
    e.remove("repositories");
    LoadedArchive indexOnly = load(tar(e));
    assertThat(indexOnly.images().get(0).imageId()).isEqualTo(ociLoaded.images().get(0).imageId());
    assertThat(indexOnly.images().get(0).repoTags()).containsExactly("busybox:latest");
    assertThat(indexOnly.layers()).containsOnlyKeys(base);
  }
}
