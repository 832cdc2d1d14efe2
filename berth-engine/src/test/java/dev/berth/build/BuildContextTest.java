package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's context check and the size of the tar it sends (oracle TestBuildWithInaccessibleFilesInContext). */
class BuildContextTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theCheckOpensNoNamedPipeAndFollowsNoSymlink() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Files.createSymbolicLink(dir.resolve("g"), Path.of("../../../../azA"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    assertThatCode(() -> new BuildContext(dir).validate()).doesNotThrowAnyException();
  }

  @Test
  void aDirectoryDockerignoreLeavesOutIsNeitherCheckedNorCounted() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\nADD . /foo/\n");
    Files.writeString(dir.resolve(".dockerignore"), "directoryWeCantStat");
    Files.createDirectories(dir.resolve("directoryWeCantStat"));
    Files.writeString(dir.resolve("directoryWeCantStat/bar"), "foo");
    BuildContext ctx = new BuildContext(dir);
    ctx.validate();
    // Dockerfile (512 + 512) and .dockerignore (512 + 512), then the two end blocks
    assertThat(ctx.tarSize()).isEqualTo(1024 + 1024 + 1024);
  }
}
