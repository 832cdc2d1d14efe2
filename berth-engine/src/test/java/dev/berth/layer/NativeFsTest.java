package dev.berth.layer;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeFsTest {
  @TempDir Path dir;

  @Test
  void chmodKeepsSetuidSetgidAndStickyBits() throws IOException {
    Path file = Files.createFile(dir.resolve("f"));
    NativeFs.chmod(file, 06755);
    assertThat((Integer) Files.getAttribute(file, "unix:mode") & 07777).isEqualTo(06755);
    Path sub = Files.createDirectory(dir.resolve("d"));
    NativeFs.chmod(sub, 01777);
    assertThat((Integer) Files.getAttribute(sub, "unix:mode") & 07777).isEqualTo(01777);
  }

  @Test
  void symlinkKeepsTheTargetAsWritten() throws IOException {
    NativeFs.symlink("/tmp/", dir.resolve("slash"));
    NativeFs.symlink("a//b", dir.resolve("doubled"));
    NativeFs.symlink("plain", dir.resolve("plain"));
    assertThat(Files.readSymbolicLink(dir.resolve("slash")).toString()).isEqualTo("/tmp/");
    assertThat(Files.readSymbolicLink(dir.resolve("doubled")).toString()).isEqualTo("a//b");
    assertThat(Files.readSymbolicLink(dir.resolve("plain")).toString()).isEqualTo("plain");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NativeFs.symlink("x/", dir.resolve("slash")))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  @Test
  void lutimesSetsALinksOwnTimeAndLeavesItsTargetAlone() throws IOException {
    Path target = Files.createFile(dir.resolve("target"));
    FileTime before = Files.getLastModifiedTime(target);
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("target"));
    NativeFs.lutimes(link, 1_577_836_800L, 5);
    assertThat(Files.getLastModifiedTime(link, NOFOLLOW_LINKS).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_577_836_800L, 5));
    assertThat(Files.getLastModifiedTime(target)).isEqualTo(before);
  }

  @Test
  void lutimesOnAFifoDoesNotWaitForAWriter() throws Exception {
    Path fifo = dir.resolve("fifo");
    NativeFs.mknod(fifo, NativeFs.S_IFIFO, 0644, 0, 0);
    CompletableFuture<Void> set = CompletableFuture.runAsync(() -> {
      try {
        NativeFs.lutimes(fifo, 1_000_000_000L, 0);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    set.get(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS);
    assertThat(Files.getLastModifiedTime(fifo, NOFOLLOW_LINKS).toInstant()).isEqualTo(Instant.ofEpochSecond(1_000_000_000L));
  }

  @Test
  void lutimesOnAnUnreadableFileStillWorks() throws IOException {
    Path file = Files.createFile(dir.resolve("secret"));
    NativeFs.chmod(file, 0);
    NativeFs.lutimes(file, 1_234_567_890L, 0);
    assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.ofEpochSecond(1_234_567_890L));
  }
}
