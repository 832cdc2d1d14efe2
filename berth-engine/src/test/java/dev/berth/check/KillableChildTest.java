package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harnesses learn what a killed child had committed from the lines it printed. A soak
 * run failed on a tag the child had removed: its "untagging" line was flushed before the removal
 * committed, but the parent read stdout through a pipe that {@link Process#destroyForcibly()}
 * closes, and the line was still unread in it. These tests kill a child whose lines nobody has
 * read yet.
 */
class KillableChildTest {
  private static final int LINES = 1000;

  @TempDir Path dir;

  private static List<String> expected() {
    List<String> out = new ArrayList<>(List.of("started"));
    for (int i = 0; i < LINES; i++) {
      out.add("line " + i);
    }
    return out;
  }

  private static void awaitFile(Path marker, java.util.function.BooleanSupplier alive) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(marker) && alive.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(marker).as("the child wrote its lines").exists();
  }

  @Test
  void everyLineFlushedBeforeTheKillIsThereAfterIt() throws Exception {
    Path marker = dir.resolve("written");
    KillableChild child = KillableChild.start(List.of(), LineWriterChild.class,
        List.of(Integer.toString(LINES), marker.toString()), dir.resolve("out"), null);
    awaitFile(marker, child::isAlive);
    child.kill();
    assertThat(child.lines()).isEqualTo(expected());
  }

  /** Why the harness does not read a pipe: what was unread in it when the kill came is gone. */
  @Test
  void aKilledChildsUnreadPipeOutputIsLost() throws Exception {
    Path marker = dir.resolve("written-pipe");
    Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), LineWriterChild.class.getName(), Integer.toString(LINES),
        marker.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    awaitFile(marker, child::isAlive);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> read = new ArrayList<>();
    Throwable failure = catchThrowable(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          read.add(line);
        }
      }
    });
    assertThat(failure).isInstanceOf(IOException.class).hasMessage("Stream closed");
    assertThat(read).isEmpty();
  }
}
