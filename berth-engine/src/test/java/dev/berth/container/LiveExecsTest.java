package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveExecsTest {
  @TempDir Path container;

  @Test
  void anInstanceIsListedWhileItsProcessLives() {
    LiveExecs.put(container, "aaa", ProcessHandle.current().pid());
    assertThat(LiveExecs.list(container)).containsExactly("aaa");
    LiveExecs.remove(container, "aaa");
    assertThat(LiveExecs.list(container)).isEmpty();
  }

  @Test
  void anInstanceWhoseProcessIsGoneIsNotListedAndItsEntryIsSwept() throws Exception {
    Process p = new ProcessBuilder("true").start();
    long pid = p.pid();
    LiveExecs.put(container, "gone", pid);
    p.waitFor();
    p.destroy();
    // a reaped child: its pid no longer names a live process (or names another one, started later)
    assertThat(LiveExecs.list(container)).isEmpty();
    assertThat(container.resolve("execs").resolve("gone")).doesNotExist();
  }

  @Test
  void garbageOnDiskIsNotAnInstance() throws Exception {
    Files.createDirectories(container.resolve("execs"));
    Files.writeString(container.resolve("execs").resolve("junk"), "not a pid");
    assertThat(LiveExecs.list(container)).isEmpty();
  }

  @Test
  void aContainerWithoutExecsListsNone() {
    assertThat(LiveExecs.list(container)).isEmpty();
  }
}
