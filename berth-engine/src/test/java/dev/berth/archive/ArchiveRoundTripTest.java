package dev.berth.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.layer.ExpansionLimit;
import dev.berth.layer.LayerTarWriter;
import dev.berth.layer.LayerUnpacker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mini.tar (a deterministic two-image archive) was loaded into the real 20.10 daemon, and
 * save-*.tar are that daemon's own {@code docker save} output; berth must read mini.tar and write
 * byte-identical save archives.
 */
class ArchiveRoundTripTest {
  static final Digest BASE_ID = Digest.parse("sha256:f83666ef94bb308c53c5bedcc87763aa7ace7d8791501b5a513da5de2bfffe0b");
  static final Digest TOP_ID = Digest.parse("sha256:be2279b9595db1ffdeb4a5678367722e5b14991e94930b1b2d61c632222b0fb6");
  static final Digest L1 = Digest.parse("sha256:9989fb9f57a86ba692767a635a86ee83388e32ce31ce0b597e0ee2a94e39e1c7");
  static final Digest L2 = Digest.parse("sha256:cc4da5b3f7072f472eeae7748147557d8f805d5714205749f8f6a68f1f08f758");

  @TempDir Path tmp;

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ArchiveRoundTripTest.class.getResourceAsStream("/archive/" + name)) {
      return in.readAllBytes();
    }
  }

  LoadedArchive load(byte[] archive) throws IOException {
    Path staging = Files.createTempDirectory(tmp, "staging");
    return new ArchiveReader(LayerUnpacker.Options.forCurrentUser(), ExpansionLimit.DEFAULT)
        .read(new ByteArrayInputStream(archive), staging);
  }

  @Test
  void readsTheLegacyArchive() throws IOException {
    LoadedArchive loaded = load(resource("mini.tar"));
    assertThat(loaded.images()).extracting(ImageEntry::imageId).containsExactly(BASE_ID, TOP_ID);
    assertThat(loaded.images().get(1).repoTags()).containsExactly("mini:top", "mini:latest");
    assertThat(loaded.images().get(1).parentId()).isEqualTo(BASE_ID);
    assertThat(loaded.images().get(1).diffIds()).containsExactly(L1, L2);
    assertThat(loaded.layers()).containsOnlyKeys(L1, L2);
    // sizes as the daemon's layerdb reports them
    assertThat(loaded.layers().get(L1).size()).isEqualTo(29);
    assertThat(loaded.layers().get(L2).size()).isEqualTo(8);
  }

  @Test
  void readsTheDaemonsOwnSaveGzipped() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(resource("save-all.tar"));
    }
    LoadedArchive loaded = load(gz.toByteArray());
    assertThat(loaded.images()).extracting(ImageEntry::imageId).containsExactly(TOP_ID, BASE_ID);
    assertThat(loaded.images().get(0).repoTags()).containsExactly("mini:latest", "mini:top");
    assertThat(loaded.layers()).containsOnlyKeys(L1, L2);
  }

  @Test
  void writesSaveOfOneTaggedImageByteForByte() throws IOException {
    LoadedArchive loaded = load(resource("mini.tar"));
    byte[] saved = save(loaded, List.of(new ArchiveWriter.SaveImage(loaded.images().get(1).config(), List.of("mini:top"), null)),
        Instant.EPOCH);
    assertThat(saved).isEqualTo(resource("save-top.tar"));
  }

  @Test
  void writesSaveByIdByteForByte() throws IOException {
    LoadedArchive loaded = load(resource("mini.tar"));
    byte[] saved = save(loaded, List.of(new ArchiveWriter.SaveImage(loaded.images().get(0).config(), List.of(), null)),
        Instant.EPOCH);
    assertThat(saved).isEqualTo(resource("save-id.tar"));
  }

  @Test
  void writesSaveOfTwoImagesWithSharedLayerByteForByte() throws IOException {
    LoadedArchive loaded = load(resource("mini.tar"));
    byte[] expected = resource("save-all.tar");
    // the symlinked layer directory gets the time of the save: read it back from the daemon's output
    Instant now = Instant.ofEpochSecond(Long.parseLong(new String(expected, 136, 11, StandardCharsets.US_ASCII), 8));
    byte[] saved = save(loaded, List.of(
        new ArchiveWriter.SaveImage(loaded.images().get(1).config(), List.of("mini:latest", "mini:top"), BASE_ID),
        new ArchiveWriter.SaveImage(loaded.images().get(0).config(), List.of("mini/base:1"), null)), now);
    assertThat(saved).isEqualTo(expected);
  }

  private byte[] save(LoadedArchive loaded, List<ArchiveWriter.SaveImage> images, Instant now) throws IOException {
    ArchiveWriter.LayerSource source = new ArchiveWriter.LayerSource() {
      @Override
      public long length(Digest diffId) {
        return loaded.layers().get(diffId).tarLength();
      }

      @Override
      public void writeTo(Digest diffId, OutputStream out) throws IOException {
        var layer = loaded.layers().get(diffId);
        try (InputStream record = Files.newInputStream(layer.record())) {
          LayerTarWriter.write(layer.dir(), record, out);
        }
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArchiveWriter.write(images, source, now, out);
    return out.toByteArray();
  }

  @Test
  void garbageIsNotATar() {
    assertThatThrownBy(() -> load("garbage\n".getBytes()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Error processing tar file(exit status 1): unexpected EOF");
  }

  @Test
  void emptyTarHasNoManifest() {
    assertThatThrownBy(() -> load(new byte[1024]))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageStartingWith("open /")
        .hasMessageEndingWith("/repositories: no such file or directory");
  }

  @Test
  void truncatedArchive() throws IOException {
    byte[] mini = resource("mini.tar");
    assertThatThrownBy(() -> load(java.util.Arrays.copyOf(mini, 5000)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageEndingWith("unexpected EOF");
  }
}
