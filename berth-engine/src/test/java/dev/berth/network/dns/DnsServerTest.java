package dev.berth.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Engine;
import dev.berth.store.StorePaths;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DNS process's lifecycle: one per run root, gone when it serves nothing. */
class DnsServerTest {
  @TempDir Path dir;

  @Test
  void exitsWhenNoContainerIsServedAndLeavesNoSocket() throws Exception {
    try (Engine engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")))) {
      long t0 = System.nanoTime();
      new DnsServer(engine.store()).run();
      assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(1500L, 10_000L);
      assertThat(DnsServer.socketPath(engine.store().paths())).doesNotExist();
      // the lock is free again
      try (FileChannel ch = FileChannel.open(DnsServer.lockPath(engine.store().paths()), StandardOpenOption.WRITE);
          FileLock l = ch.tryLock()) {
        assertThat(l).isNotNull();
      }
    }
  }

  @Test
  void aSecondProcessLeavesTheStoreToTheFirst() throws Exception {
    try (Engine engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")))) {
      Files.createDirectories(engine.store().paths().runRoot());
      try (FileChannel ch = FileChannel.open(DnsServer.lockPath(engine.store().paths()), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
          FileLock l = ch.lock()) {
        long t0 = System.nanoTime();
        new DnsServer(engine.store()).run();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000L);
        assertThat(DnsServer.socketPath(engine.store().paths())).doesNotExist();
      }
    }
  }

  @Test
  void aGoneProcessHasNoStartTime() {
    assertThat(DnsServer.startTime(ProcessHandle.current().pid())).isNotNull();
    assertThat(DnsServer.startTime(Integer.MAX_VALUE)).isNull();
  }

  @Test
  void withoutALauncherNothingIsStarted() {
    DnsClient.serve(new StorePaths(dir.resolve("root"), dir.resolve("run")), List.of(), "x", 1);
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void aServerThatDoesNotComeUpIsLoggedAndTheStartGoesOn() throws Exception {
    StorePaths paths = new StorePaths(dir.resolve("root"), dir.resolve("run"));
    long t0 = System.nanoTime();
    DnsClient.serve(paths, List.of("false"), "abc", 1, 1500);
    assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(1400L, 5000L);
    assertThat(Files.readString(paths.runRoot().resolve("dns.log"))).contains("embedded DNS for abc did not start");
  }

  @Test
  void hostResolversAreTheFirstThreeNameservers() throws Exception {
    Path conf = dir.resolve("resolv.conf");
    Files.writeString(conf, "# x\nnameserver 10.0.0.1\nsearch a\nnameserver 10.0.0.2\nnameserver ::1\nnameserver 10.0.0.4\n");
    assertThat(Forwarder.hostServers(conf)).containsExactly("10.0.0.1", "10.0.0.2", "::1");
  }
}
