package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.NotFoundException;
import dev.berth.image.Filters;
import dev.berth.image.ImageImporter;
import dev.berth.image.ImageSummary;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness (issue 6): a child JVM runs a seeded mix of load, build, tag, rmi, image
 * prune, system prune, run and rm on one store ({@link CrashWorkload}) and is killed with SIGKILL
 * at a random moment, again and again. After every kill the store must check clean without repair
 * and keep everything whose command had returned: tags (with their image), removals, containers.
 * At the end every container must be removable and leave no mount behind.
 *
 * <p>{@code -Dberth.crash.points=N} (default 12; soak: 200) sets the number of kills,
 * {@code -Dberth.crash.seed=S} the seed (printed with every failure), {@code -Dberth.crash.keep=DIR}
 * keeps the database files each killed child left (the last three). A failed run keeps its
 * directory (store, the children's stdout and stderr). The child's lines go to a file
 * ({@link KillableChild}): a pipe lost the lines still unread at the kill.
 */
class CrashHarnessTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  /** Even after a failure: no container may stay mounted or running once the test is over. */
  @AfterEach
  void removeContainers() {
    if (Files.isDirectory(dir.resolve("root"))) {
      FaultFixtures.removeAllContainers(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    }
  }

  @Test
  void killedCommandsLoseNothingCommitted() throws Exception {
    int points = Integer.getInteger("berth.crash.points", 12);
    long seed = Long.getLong("berth.crash.seed", 20_250_601L);
    boolean run = FaultFixtures.runtimeAvailable();
    Random random = new Random(seed);
    StorePaths paths = new StorePaths(dir.resolve("root"), dir.resolve("run"));
    Model model = new Model();
    try (Engine e = Engine.open(paths)) {
      new ImageImporter(e.store()).importTar(new ByteArrayInputStream(FaultFixtures.layer("base", "base")), "base:1", null);
      if (run) {
        new ImageImporter(e.store()).importTar(FaultFixtures.busyboxRoot(dir), "busybox:1", null);
      }
    }
    int linesSeen = 0;
    long started = System.nanoTime();
    for (int k = 0; k < points; k++) {
      String context = "seed " + seed + ", kill " + k + " (reproduce: -Dberth.crash.seed=" + seed
          + " -Dberth.crash.points=" + points + ")";
      long childSeed = random.nextLong();
      long killAfterMs = random.nextInt(2000);
      Path stderr = dir.resolve("child-" + k + ".err");
      KillableChild child = KillableChild.start(
          List.of("--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1"),
          CrashWorkload.class,
          List.of(paths.root().toString(), paths.runRoot().toString(), Long.toString(childSeed), Integer.toString(k),
              Files.createDirectories(dir.resolve("scratch")).toString(), run ? "run" : "norun"),
          dir.resolve("child-" + k + ".out"), stderr);
      child.awaitLine("started", 60);
      Thread.sleep(killAfterMs);
      boolean diedByItself = !child.isAlive();
      child.kill();
      assertThat(diedByItself).as("%s: the workload failed by itself:\n%s", context, Files.readString(stderr)).isFalse();
      List<String> lines = child.lines();
      lines.forEach(model::apply);
      linesSeen += lines.size();
      context = context + "; the workload's last lines:\n  "
          + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
      keepDatabase(paths, k);
      try (Engine e = Engine.open(paths)) {
        assertThat(new StoreCheck(e.store()).run()).as("system check after %s", context).isEmpty();
        model.verify(e, context);
      }
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    try (Engine e = Engine.open(paths)) {
      for (ContainerRecord c : e.containers().list()) {
        e.containers().remove(c.id(), true);
      }
      assertThat(FaultFixtures.mountsUnder(paths.root())).as("mounts left after rm -f of every container").isEmpty();
      try (Stream<Path> left = Files.list(paths.containers())) {
        assertThat(left).as("container directories left after rm -f of every container").isEmpty();
      }
      for (ImageSummary s : e.images().list(true, Filters.empty())) {
        try {
          e.images().remove(s.id(), true, false);
        } catch (NotFoundException goneWithItsChild) {
          // an intermediate build image goes with the image built on it
        }
      }
      e.images().prune(Filters.empty().with("dangling", "false"));
      assertThat(e.images().list(true, Filters.empty())).isEmpty();
      try (Stream<Path> left = Files.list(paths.layers())) {
        assertThat(left).as("layer directories left after removing every image").isEmpty();
      }
      assertThat(new StoreCheck(e.store()).run()).isEmpty();
    }
    assertThat(model.committedTags).as("tags committed over the run").isPositive();
    System.out.printf("crash harness: %d kill points survived (seed %d, containers %s): %d tags and %d containers"
        + " committed, %d removals, %d workload lines, %d ms%n", points, seed, run ? "run" : "created only",
        model.committedTags, model.committedContainers, model.removals, linesSeen, elapsedMs);
  }

  /**
   * With {@code -Dberth.crash.keep=DIR}: the database files exactly as the killed child left
   * them (before the next open recovers and repairs), for the last three kills.
   */
  private static void keepDatabase(StorePaths paths, int k) throws java.io.IOException {
    String keep = System.getProperty("berth.crash.keep");
    if (keep == null) {
      return;
    }
    Path to = Files.createDirectories(Path.of(keep, "kill-" + k));
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path f = paths.root().resolve("berth.db" + suffix);
      if (Files.exists(f)) {
        Files.copy(f, to.resolve("berth.db" + suffix), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    BerthStore.deleteTree(Path.of(keep, "kill-" + (k - 3)));
  }

  /** What the parent knows must be in the store, from the child's lines. */
  static final class Model {
    final Map<String, String> tags = new HashMap<>();
    final Set<String> uncertainTags = new HashSet<>();
    final Set<String> goneTags = new HashSet<>();
    final Set<String> containers = new HashSet<>();
    final Set<String> uncertainContainers = new HashSet<>();
    final Set<String> goneContainers = new HashSet<>();
    int committedTags;
    int committedContainers;
    int removals;

    void apply(String line) {
      String[] p = line.split(" ");
      switch (p[0]) {
        case "tag" -> {
          tags.put(p[1], p[2]);
          uncertainTags.remove(p[1]);
          goneTags.remove(p[1]);
          committedTags++;
        }
        case "moving", "untagging" -> uncertainTags.add(p[1]);
        case "kept" -> uncertainTags.remove(p[1]);
        case "untagged" -> {
          tags.remove(p[1]);
          uncertainTags.remove(p[1]);
          goneTags.add(p[1]);
          removals++;
        }
        case "container" -> {
          containers.add(p[1]);
          committedContainers++;
        }
        case "removing-container" -> uncertainContainers.add(p[1]);
        case "removed-container" -> {
          containers.remove(p[1]);
          uncertainContainers.remove(p[1]);
          goneContainers.add(p[1]);
          removals++;
        }
        default -> {
          // "started"
        }
      }
    }

    /** The store's own record of why a reference went (rmi, prune, tag moved, load replaced it). */
    static List<String> removalsOf(Engine e, String name) {
      return e.store().db().read(c -> {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT cause, image_id, time_ns FROM ref_history WHERE name = ? ORDER BY seq")) {
          ps.setString(1, name);
          try (var rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1) + " " + rs.getString(2) + " at " + rs.getLong(3));
            }
          }
        }
        return out;
      });
    }

    void verify(Engine e, String context) {
      Map<String, String> actual = new HashMap<>();
      for (ImageSummary s : e.images().list(true, Filters.empty())) {
        if (s.repoTags() != null) {
          s.repoTags().forEach(t -> actual.put(t, s.id()));
        }
      }
      for (var t : tags.entrySet()) {
        if (!uncertainTags.contains(t.getKey())) {
          assertThat(actual.get(t.getKey()))
              .as("tag %s committed before %s\n(the store's removals of that name: %s)", t.getKey(), context,
                  removalsOf(e, t.getKey()))
              .isEqualTo(t.getValue());
        }
      }
      for (String t : goneTags) {
        assertThat(actual).as("tag %s removed before %s", t, context).doesNotContainKey(t);
      }
      Set<String> actualContainers = new HashSet<>();
      e.containers().list().forEach(c -> actualContainers.add(c.id()));
      for (String c : containers) {
        if (!uncertainContainers.contains(c)) {
          assertThat(actualContainers).as("container created before %s", context).contains(c);
        }
      }
      for (String c : goneContainers) {
        assertThat(actualContainers).as("container removed before %s", context).doesNotContain(c);
      }
      // what was in flight is now settled one way or the other
      for (String t : uncertainTags) {
        if (actual.containsKey(t)) {
          tags.put(t, actual.get(t));
          goneTags.remove(t);
        } else {
          tags.remove(t);
          goneTags.add(t);
        }
      }
      uncertainTags.clear();
      for (String c : uncertainContainers) {
        if (actualContainers.contains(c)) {
          containers.add(c);
        } else {
          containers.remove(c);
          goneContainers.add(c);
        }
      }
      uncertainContainers.clear();
    }
  }
}
