package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeArtifactsTest {
  @TempDir
  Path upper;

  @Test
  void mountPointsAndTheirEmptyDirectoriesAreTheRuntimes() throws Exception {
    Files.createDirectories(upper.resolve("etc"));
    Files.createFile(upper.resolve("etc/hosts"));
    Files.createDirectories(upper.resolve("proc"));
    assertThat(RuntimeArtifacts.of(upper))
        .containsExactly(upper.resolve("etc/hosts"), upper.resolve("proc"), upper.resolve("etc"));
  }

  @Test
  void aDirectoryTheContainerChangedStays() throws Exception {
    Files.createDirectories(upper.resolve("etc"));
    Files.createFile(upper.resolve("etc/hosts"));
    assertThat(RuntimeArtifacts.of(upper, dir -> dir.equals("etc"))).containsExactly(upper.resolve("etc/hosts"));
  }

  @Test
  void aWrittenFileIsNeverAnArtifact() throws Exception {
    Files.createDirectories(upper.resolve("etc"));
    Files.writeString(upper.resolve("etc/hosts"), "x");
    assertThat(RuntimeArtifacts.of(upper)).isEmpty();
  }
}
