package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context and ADD archives: symlinks are followed as if the destination were the root, never out of it. */
class TarExtractorTest {
  @TempDir Path tmp;

  @Test
  void entriesBehindSymlinksStayInsideTheDestination() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("victim"), "keep");
    Path dest = Files.createDirectories(tmp.resolve("a/b/dest"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      symlink(tar, "abs", outside.toString());
      symlink(tar, "up", "../../../outside");
      file(tar, "abs/victim", "owned");
      file(tar, "up/victim", "owned too");
      file(tar, "up/new", "new");
      TarArchiveEntry hard = new TarArchiveEntry("hard", TarConstants.LF_LINK);
      hard.setLinkName("abs/../../../outside/victim");
      tar.putArchiveEntry(hard);
      tar.closeArchiveEntry();
    }
    Map<String, String> sums = TarExtractor.extract(new ByteArrayInputStream(bytes.toByteArray()), dest, false, true);
    assertThat(Files.readString(outside.resolve("victim"))).isEqualTo("keep");
    assertThat(outside.resolve("new")).doesNotExist();
    // as in the daemon's chroot: the absolute link's target and "up" (clamped at the root) lie inside
    assertThat(Files.readString(dest.resolve(outside.toString().substring(1)).resolve("victim"))).isEqualTo("owned");
    assertThat(Files.readString(dest.resolve("outside/victim"))).isEqualTo("owned too");
    assertThat(Files.readString(dest.resolve("outside/new"))).isEqualTo("new");
    assertThat(Files.isSymbolicLink(dest.resolve("abs"))).isTrue();
    assertThat(sums).containsKeys("abs", "up", "abs/victim", "up/victim");
  }

  @Test
  void symlinkTargetsAreKeptAsWritten() throws IOException {
    Path dest = Files.createDirectories(tmp.resolve("dest"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      symlink(tar, "root", "/../../../");
    }
    TarExtractor.extract(new ByteArrayInputStream(bytes.toByteArray()), dest, false, true);
    assertThat(Files.readSymbolicLink(dest.resolve("root")).toString()).isEqualTo("/../../../");
  }

  private static void symlink(TarArchiveOutputStream tar, String name, String target) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
    e.setLinkName(target);
    tar.putArchiveEntry(e);
    tar.closeArchiveEntry();
  }

  private static void file(TarArchiveOutputStream tar, String name, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(b.length);
    e.setMode(0644);
    tar.putArchiveEntry(e);
    tar.write(b);
    tar.closeArchiveEntry();
  }
}
