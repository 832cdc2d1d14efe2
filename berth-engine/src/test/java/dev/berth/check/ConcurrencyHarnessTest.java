package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Engine;
import dev.berth.image.Filters;
import dev.berth.image.ImageImporter;
import dev.berth.image.ImageSummary;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concurrency harness (issue 6): N processes ({@link ConcurrencyWorker}) tag, rmi, load,
 * prune, create and run on one store at the same time. Afterwards every tag and container a
 * worker believes it has must exist (each worker owns its repositories; the shared {@code pool}
 * is the only thing raced over), no worker may have seen a failure Docker would not produce, and
 * the store must check clean. The measured throughput is printed, not asserted.
 *
 * <p>{@code -Dberth.concurrency.processes=N} (default 6; soak: 16), {@code
 * -Dberth.concurrency.seconds=S} (default 15; soak: 60), {@code -Dberth.concurrency.seed=S}.
 */
class ConcurrencyHarnessTest {
  @TempDir Path dir;

  @AfterEach
  void removeContainers() {
    if (Files.isDirectory(dir.resolve("root"))) {
      FaultFixtures.removeAllContainers(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    }
  }

  @Test
  void concurrentProcessesLoseNoUpdateAndFailOnlyAsDockerDoes() throws Exception {
    int processes = Integer.getInteger("berth.concurrency.processes", 6);
    int seconds = Integer.getInteger("berth.concurrency.seconds", 15);
    long seed = Long.getLong("berth.concurrency.seed", 20_250_602L);
    boolean run = FaultFixtures.runtimeAvailable();
    String context = "seed " + seed + ", " + processes + " processes x " + seconds + " s (reproduce: -Dberth.concurrency.seed="
        + seed + " -Dberth.concurrency.processes=" + processes + " -Dberth.concurrency.seconds=" + seconds + ")";
    StorePaths paths = new StorePaths(dir.resolve("root"), dir.resolve("run"));
    try (Engine e = Engine.open(paths)) {
      new ImageImporter(e.store()).importTar(new ByteArrayInputStream(FaultFixtures.layer("base", "base")), "base:1", null);
      if (run) {
        new ImageImporter(e.store()).importTar(FaultFixtures.busyboxRoot(dir), "busybox:1", null);
      }
    }
    Random random = new Random(seed);
    List<Process> workers = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    Path go = dir.resolve("go");
    for (int w = 0; w < processes; w++) {
      Path output = dir.resolve("worker-" + w + ".out");
      outputs.add(output);
      workers.add(new ProcessBuilder(
              ProcessHandle.current().info().command().orElse("java"),
              "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-Xmx256m",
              "-cp", System.getProperty("java.class.path"), ConcurrencyWorker.class.getName(),
              paths.root().toString(), paths.runRoot().toString(), Integer.toString(w), Long.toString(random.nextLong()),
              Integer.toString(seconds), run ? "run" : "norun", go.toString())
          .redirectOutput(output.toFile())
          .redirectError(dir.resolve("worker-" + w + ".err").toFile())
          .start());
    }
    // every worker warms up first; the measured window starts when all are ready
    long readyDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    for (int w = 0; w < processes; w++) {
      while (!Files.readString(outputs.get(w)).startsWith("ready") && System.nanoTime() < readyDeadline) {
        assertThat(workers.get(w).isAlive()).as("worker %d warming up, %s: %s", w, context,
            Files.readString(dir.resolve("worker-" + w + ".err"))).isTrue();
        Thread.sleep(50);
      }
    }
    Files.createFile(go);
    long started = System.nanoTime();
    for (int w = 0; w < processes; w++) {
      assertThat(workers.get(w).waitFor(seconds + 120L, TimeUnit.SECONDS)).as("worker %d finished, %s", w, context).isTrue();
      assertThat(workers.get(w).exitValue()).as("worker %d exit, %s: %s", w, context,
          Files.readString(dir.resolve("worker-" + w + ".err"))).isZero();
    }
    // from the start signal until the last worker exited: a little more than the window (conservative)
    double elapsed = (System.nanoTime() - started) / 1e9;
    Map<String, String> expectedTags = new HashMap<>();
    Set<String> expectedContainers = new HashSet<>();
    Map<String, Integer> ops = new TreeMap<>();
    Map<String, Long> nanos = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path output : outputs) {
      for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
        String[] p = line.split(" ", 3);
        switch (p[0]) {
          case "tag" -> expectedTags.put(p[1], p[2]);
          case "container" -> expectedContainers.add(p[1]);
          case "ops" -> ops.merge(p[1], Integer.parseInt(p[2]), Integer::sum);
          case "nanos" -> nanos.merge(p[1], Long.parseLong(p[2]), Long::sum);
          case "fail" -> failures.add(output.getFileName() + ": " + line);
          case "ready" -> {
            // the end of the warm-up
          }
          default -> failures.add(output.getFileName() + ": unexpected output " + line);
        }
      }
    }
    assertThat(failures).as("failures Docker would not have, %s", context).isEmpty();
    try (Engine e = Engine.open(paths)) {
      Map<String, String> actual = new HashMap<>();
      for (ImageSummary s : e.images().list(true, Filters.empty())) {
        if (s.repoTags() != null) {
          s.repoTags().forEach(t -> actual.put(t, s.id()));
        }
      }
      for (var t : expectedTags.entrySet()) {
        assertThat(actual.get(t.getKey())).as("tag %s, %s", t.getKey(), context).isEqualTo(t.getValue());
      }
      Set<String> actualContainers = new HashSet<>();
      e.containers().list().forEach(c -> actualContainers.add(c.id()));
      assertThat(actualContainers).as("containers, %s", context).containsAll(expectedContainers);
      assertThat(new StoreCheck(e.store()).run()).as("system check, %s", context).isEmpty();
    }
    int total = ops.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder report = new StringBuilder(String.format(
        "concurrency harness: %d processes x %d s (seed %d, containers %s): %d operations in %.1f s = %.1f ops/s;",
        processes, seconds, seed, run ? "run" : "created only", total, elapsed, total / elapsed));
    ops.forEach((kind, count) -> report.append(String.format(" %s %d (%.1f/s, mean %.0f ms)", kind, count,
        count / elapsed, nanos.getOrDefault(kind, 0L) / 1e6 / count)));
    System.out.println(report);
    assertThat(ops.getOrDefault("load", 0)).as("loads done, %s", context).isPositive();
  }
}
