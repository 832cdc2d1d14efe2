package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void mountsShowTheirHostDirectoryAndLinksInsideThemStayInTheContainer() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path vol = Files.createDirectories(tmp.resolve("vol"));
    Path file = Files.writeString(tmp.resolve("hostname"), "h\n");
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("data")); // the mount point, hidden by the mount
    Files.createSymbolicLink(vol.resolve("abs"), Path.of("/etc"));
    Files.createSymbolicLink(vol.resolve("rel"), Path.of("sub"));
    Files.createSymbolicLink(root.resolve("toData"), Path.of("/data/sub"));
    List<ContainerFiles.Mount> mounts = List.of(
        new ContainerFiles.Mount("/data", vol, true), new ContainerFiles.Mount("/etc/hostname", file, false));
    assertThat(ContainerFiles.inScope(root, mounts, "/data/x", false)).isEqualTo(vol.resolve("x"));
    assertThat(ContainerFiles.inScope(root, mounts, "/data", false)).isEqualTo(vol);
    assertThat(ContainerFiles.inScope(root, mounts, "/data/abs/passwd", false)).isEqualTo(root.resolve("etc/passwd"));
    assertThat(ContainerFiles.inScope(root, mounts, "/data/rel", true)).isEqualTo(vol.resolve("sub"));
    assertThat(ContainerFiles.inScope(root, mounts, "/toData/f", false)).isEqualTo(vol.resolve("sub/f"));
    assertThat(ContainerFiles.inScope(root, mounts, "/etc/hostname", false)).isEqualTo(file);
    assertThat(ContainerFiles.inScope(root, mounts, "/data/../etc/hostname", false)).isEqualTo(file);
    assertThat(ContainerFiles.mountOf(mounts, ContainerFiles.parts("/datax"))).isNull();
    assertThat(ContainerFiles.mountOf(mounts, ContainerFiles.parts("/etc/hostname")).rw()).isFalse();
  }

  @Test
  void readOnlyMountsAndRootfsRefuseWrites() {
    List<ContainerFiles.Mount> mounts = List.of(
        new ContainerFiles.Mount("/rw", tmp, true), new ContainerFiles.Mount("/ro", tmp, false));
    ContainerFiles.checkWritable(mounts, false, "/root");
    ContainerFiles.checkWritable(mounts, true, "/rw/sub");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContainerFiles.checkWritable(mounts, false, "/ro/sub"))
        .hasMessage("mounted volume is marked read-only")
        .isInstanceOf(dev.berth.errors.SystemException.class); // the daemon's plain errors: 500
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContainerFiles.checkWritable(mounts, true, "/root"))
        .hasMessage("container rootfs is marked read-only")
        .isInstanceOf(dev.berth.errors.SystemException.class);
  }

  @Test
  void aCopyOntoAHostSymlinkLandsAtItsTarget() throws Exception {
    Files.createDirectories(tmp.resolve("dir1"));
    Files.createSymbolicLink(tmp.resolve("toDir"), Path.of("dir1"));
    Files.createSymbolicLink(tmp.resolve("broken"), Path.of("fileX"));
    Files.createSymbolicLink(tmp.resolve("chain"), Path.of("toDir"));
    Files.createSymbolicLink(tmp.resolve("loop"), Path.of("loop"));
    assertThat(TreeCopy.followDestination(tmp.resolve("toDir"))).isEqualTo(tmp.resolve("dir1"));
    assertThat(TreeCopy.followDestination(tmp.resolve("chain"))).isEqualTo(tmp.resolve("dir1"));
    assertThat(TreeCopy.followDestination(tmp.resolve("broken"))).isEqualTo(tmp.resolve("fileX"));
    assertThat(TreeCopy.followDestination(tmp.resolve("plain"))).isEqualTo(tmp.resolve("plain"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeCopy.followDestination(tmp.resolve("loop")))
        .hasMessage("too many symlinks in " + tmp.resolve("loop"));
  }

  @Test
  void goTimeDropsTrailingZeros() {
    assertThat(PathStat.goTime(java.time.Instant.parse("2026-11-28T17:09:25.120Z"))).isEqualTo("2026-11-28T17:09:25.12Z");
    assertThat(PathStat.goTime(java.time.Instant.parse("2026-11-28T17:09:25Z"))).isEqualTo("2026-11-28T17:09:25Z");
  }
}
