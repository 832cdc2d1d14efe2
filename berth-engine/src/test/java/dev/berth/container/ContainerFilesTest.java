package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerFilesTest {
  @TempDir
  Path tmp;

  @Test
  void dotDotRunsStopAtTheRoot() {
    Path root = tmp.resolve("root");
    assertThat(ContainerFiles.inScope(root, "../../../../some/path/test", false))
        .isEqualTo(root.resolve("some/path/test"));
  }

  @Test
  void absoluteSymlinksResolveInsideTheRoot() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.createDirectories(root.resolve("etc"));
    Files.createSymbolicLink(root.resolve("link"), Path.of("/etc"));
    Files.createSymbolicLink(root.resolve("up"), Path.of("../../../.."));
    assertThat(ContainerFiles.inScope(root, "/link/passwd", false)).isEqualTo(root.resolve("etc/passwd"));
    assertThat(ContainerFiles.inScope(root, "/up/etc", false)).isEqualTo(root.resolve("etc"));
    assertThat(ContainerFiles.inScope(root, "/link", false)).isEqualTo(root.resolve("link"));
    assertThat(ContainerFiles.inScope(root, "/link", true)).isEqualTo(root.resolve("etc"));
  }

  @Test
  void hostileTarEntriesStayInsideTheRoot() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.createSymbolicLink(root.resolve("escape"), Path.of("/"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (String name : new String[] {"../../outside", "escape/evil"}) {
        byte[] data = "x".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(data.length);
        e.setMode(0100644);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    TarExtract.extract(root, "/", new ByteArrayInputStream(bytes.toByteArray()), false, false);
    assertThat(tmp.resolve("outside")).doesNotExist();
    assertThat(root.resolve("outside")).hasContent("x");
    assertThat(root.resolve("evil")).hasContent("x");
  }

  @Test
  void goTimeDropsTrailingZeros() {
    assertThat(PathStat.goTime(java.time.Instant.parse("2026-11-28T17:09:25.120Z"))).isEqualTo("2026-11-28T17:09:25.12Z");
    assertThat(PathStat.goTime(java.time.Instant.parse("2026-11-28T17:09:25Z"))).isEqualTo("2026-11-28T17:09:25Z");
  }
}
