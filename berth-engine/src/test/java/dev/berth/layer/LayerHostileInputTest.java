package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile layer is refused with a clear error, and nothing appears outside the target. */
class LayerHostileInputTest {
  @TempDir Path work;
  Path target;
  Path outside;
  List<Path> before;

  @BeforeEach
  void setUp() throws IOException {
    target = Files.createDirectory(work.resolve("target"));
    outside = Files.createDirectory(work.resolve("outside"));
    Files.writeString(outside.resolve("keep"), "untouched");
    before = listOutsideTarget();
  }

  private List<Path> listOutsideTarget() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      return s.filter(p -> !p.startsWith(target) || p.equals(target)).sorted().toList();
    }
  }

  private void assertRefused(byte[] tar, String message) throws IOException {
    assertRefused(tar, message, null, LayerUnpacker.Options.forCurrentUser());
  }

  private void assertRefused(byte[] tar, String message, Digest expected, LayerUnpacker.Options options)
      throws IOException {
    LayerUnpacker unpacker = new LayerUnpacker(options);
    assertThatThrownBy(
            () -> unpacker.unpack(new ByteArrayInputStream(tar), target, new ByteArrayOutputStream(), expected))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(message);
    assertThat(listOutsideTarget()).isEqualTo(before);
    assertThat(outside.resolve("keep")).hasContent("untouched");
  }

  @Test
  void symlinkTargetsKeepTrailingAndDoubledSlashes() throws IOException {
    byte[] tar = new TestTars.Builder().symlink("x", "/tmp/").symlink("y", "a//b/").build();
    new LayerUnpacker(LayerUnpacker.Options.forCurrentUser())
        .unpack(new ByteArrayInputStream(tar), target, new ByteArrayOutputStream(), null);
    assertThat(Files.readSymbolicLink(target.resolve("x")).toString()).isEqualTo("/tmp/");
    assertThat(Files.readSymbolicLink(target.resolve("y")).toString()).isEqualTo("a//b/");
    assertThat(listOutsideTarget()).isEqualTo(before);
  }

  @Test
  void dotDotTraversal() throws IOException {
    byte[] tar = new TestTars.Builder().file("a/../../outside/pwned", "x").build();
    assertRefused(tar, "invalid tar entry: path escapes the layer: a/../../outside/pwned");
  }

  @Test
  void absoluteName() throws IOException {
    String abs = work.resolve("outside/pwned").toString();
    byte[] tar = new TestTars.Builder().file(abs, "x").build();
    assertRefused(tar, "invalid tar entry: absolute path " + abs);
  }

  @Test
  void fileThroughSymlinkToOutside() throws IOException {
    byte[] tar = new TestTars.Builder().symlink("esc", outside.toString()).file("esc/pwned", "x").build();
    assertRefused(tar, "invalid tar entry esc/pwned: its path goes through the symlink esc");
  }

  @Test
  void fileThroughRelativeSymlink() throws IOException {
    byte[] tar = new TestTars.Builder().dir("d", 0755).symlink("d/up", "../../outside").file("d/up/pwned", "x").build();
    assertRefused(tar, "invalid tar entry d/up/pwned: its path goes through the symlink d/up");
  }

  @Test
  void fileOverSymlink() throws IOException {
    byte[] tar = new TestTars.Builder().symlink("f", outside.resolve("keep").toString()).file("f", "overwrite").build();
    assertRefused(tar, "duplicate entry in layer: f");
  }

  @Test
  void hardlinkToOutside() throws IOException {
    byte[] tar = new TestTars.Builder().hardlink("h", "../outside/keep").build();
    assertRefused(tar, "invalid tar entry: path escapes the layer: h");
  }

  @Test
  void hardlinkToAbsolutePath() throws IOException {
    byte[] tar = new TestTars.Builder().hardlink("h", outside.resolve("keep").toString()).build();
    assertRefused(tar, "invalid tar entry: absolute path h");
  }

  @Test
  void hardlinkToMissingTarget() throws IOException {
    byte[] tar = new TestTars.Builder().hardlink("h", "nothere").build();
    assertRefused(tar, "invalid hardlink h -> nothere: target is not an earlier file of this layer");
  }

  @Test
  void hardlinkThroughSymlinkedDirectory() throws IOException {
    byte[] tar = new TestTars.Builder().symlink("s", outside.toString()).hardlink("h", "s/keep").build();
    assertRefused(tar, "invalid hardlink h -> s/keep: target is not an earlier file of this layer");
  }

  @Test
  void blockDevice() throws IOException {
    byte[] tar = new TestTars.Builder().device("dev/sda", TarConstants.LF_BLK).build();
    assertRefused(tar, "invalid tar entry: device nodes are not allowed in a layer: dev/sda");
  }

  @Test
  void charDevice() throws IOException {
    byte[] tar = new TestTars.Builder().device("dev/null", TarConstants.LF_CHR).build();
    assertRefused(tar, "invalid tar entry: device nodes are not allowed in a layer: dev/null");
  }

  @Test
  void fifoIsAllowed() throws IOException {
    byte[] tar = new TestTars.Builder().device("pipe", TarConstants.LF_FIFO).build();
    var result = new LayerUnpacker(LayerUnpacker.Options.forCurrentUser())
        .unpack(new ByteArrayInputStream(tar), target, new ByteArrayOutputStream(), null);
    assertThat(result.diffId()).isEqualTo(Digest.of(tar));
    assertThat(Files.isRegularFile(target.resolve("pipe"))).isFalse();
    assertThat(Files.exists(target.resolve("pipe"))).isTrue();
  }

  @Test
  void duplicateFile() throws IOException {
    byte[] tar = new TestTars.Builder().file("a", "1").file("a", "2").build();
    assertRefused(tar, "duplicate entry in layer: a");
  }

  @Test
  void duplicateDirectoriesAreFine() throws IOException {
    byte[] tar = new TestTars.Builder().dir("d", 0755).file("d/x", "1").dir("d", 0700).build();
    var record = new ByteArrayOutputStream();
    new LayerUnpacker(LayerUnpacker.Options.forCurrentUser())
        .unpack(new ByteArrayInputStream(tar), target, record, null);
    var out = new ByteArrayOutputStream();
    LayerTarWriter.write(target, new ByteArrayInputStream(record.toByteArray()), out);
    assertThat(out.toByteArray()).isEqualTo(tar);
  }

  @Test
  void truncatedHeader() throws IOException {
    byte[] tar = new TestTars.Builder().file("a", "hello").build();
    assertRefused(Arrays.copyOf(tar, 300), "unexpected EOF");
  }

  @Test
  void truncatedBody() throws IOException {
    byte[] tar = new TestTars.Builder().file("a", new byte[5000], 0644).build();
    assertRefused(Arrays.copyOf(tar, 512 + 1000), "unexpected EOF");
  }

  @Test
  void notATar() throws IOException {
    byte[] garbage = "garbage that is not a tar archive at all".repeat(20).getBytes();
    assertRefused(garbage, "archive/tar: invalid tar header");
  }

  @Test
  void digestMismatch() throws IOException {
    byte[] tar = new TestTars.Builder().file("a", "hello").build();
    Digest wrong = Digest.of(new byte[] {1});
    assertRefused(tar, "layer digest mismatch: expected \"" + wrong + "\", got \"" + Digest.of(tar) + "\"",
        wrong, LayerUnpacker.Options.forCurrentUser());
  }

  @Test
  void absurdHeaderSize() throws IOException {
    byte[] header = TestTars.header("big", '0', 077777777777L, "");
    assertRefused(header, "invalid tar header: entry size 8589934591 exceeds the limit of 1048576 bytes",
        null, LayerUnpacker.Options.forCurrentUser().withLimits(1 << 20, 1L << 30));
  }

  @Test
  void base256HeaderSizeOutOfRange() throws IOException {
    byte[] header = TestTars.header("big", '0', 0, "");
    Arrays.fill(header, 124, 136, (byte) 0xff);
    header[124] = (byte) 0x80;
    TestTars.checksum(header);
    assertRefused(header, "invalid tar header: size out of range");
  }

  @Test
  void streamLongerThanLimit() throws IOException {
    byte[] tar = new TestTars.Builder().file("a", new byte[100_000], 0644).build();
    assertRefused(tar, "layer exceeds the size limit of 50000 bytes", null,
        LayerUnpacker.Options.forCurrentUser().withLimits(1 << 20, 50_000));
  }

  @Test
  void decompressionBombIsCut() throws IOException {
    var compressed = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(compressed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    var opened = Compression.open(new ByteArrayInputStream(compressed.toByteArray()),
        new ExpansionLimit(1L << 40, 100, 1 << 20));
    assertThat(opened.compression()).isEqualTo(Compression.GZIP);
    assertThatThrownBy(() -> opened.stream().transferTo(java.io.OutputStream.nullOutputStream()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageStartingWith("decompressed data exceeds the allowed size");
  }
}
