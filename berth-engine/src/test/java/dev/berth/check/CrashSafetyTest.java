package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Engine;
import dev.berth.image.Filters;
import dev.berth.image.ImageSummary;
import dev.berth.store.StorePaths;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of a process that writes to the store: the store must open, check
 * clean (after repairing crash leftovers) and keep every image whose commit had returned.
 * {@code -Dberth.crash.points=N} raises the number of kills (soak mode).
 */
class CrashSafetyTest {
  @TempDir Path dir;

  @Test
  void killedWritersLoseNothingCommitted() throws Exception {
    int points = Integer.getInteger("berth.crash.points", 4);
    Random random = new Random(42);
    Path root = dir.resolve("root");
    Set<String> committed = new HashSet<>();
    Set<String> removed = new HashSet<>();
    for (int k = 0; k < points; k++) {
      KillableChild child = KillableChild.start(List.of("--enable-native-access=ALL-UNNAMED"), CrashChild.class,
          List.of(root.toString()), dir.resolve("child-" + k + ".out"), null);
      long killAfter = random.nextInt(800);
      // kill at a random moment after the child is up and writing
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && child.isAlive() && child.lines().isEmpty()) {
        Thread.sleep(20);
      }
      Thread.sleep(killAfter);
      child.kill();
      for (String l : child.lines()) {
        String[] parts = l.split(" ");
        if (parts[0].equals("committed")) {
          committed.add(parts[1]);
          removed.remove(parts[1]);
        } else if (parts[0].equals("removed") || parts[0].equals("removing")) {
          removed.add(parts[1]);
        }
      }
      try (Engine e = Engine.open(new StorePaths(root, dir.resolve("run")))) {
        StoreCheck check = new StoreCheck(e.store());
        check.repair();
        assertThat(check.run()).as("store after kill %d", k).isEmpty();
        Set<String> tags = new HashSet<>();
        for (ImageSummary s : e.images().list(true, Filters.empty())) {
          if (s.repoTags() != null) {
            tags.addAll(s.repoTags());
          }
        }
        for (String c : committed) {
          if (!removed.contains(c)) {
            assertThat(tags).as("committed before kill %d", k).contains(c);
          }
        }
      }
    }
    assertThat(committed).isNotEmpty();
  }
}
