package dev.berth.check;

import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.ConflictException;
import dev.berth.errors.NotFoundException;
import dev.berth.image.Filters;
import dev.berth.image.ImageArchives;
import dev.berth.image.ImageSummary;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One process of {@link ConcurrencyHarnessTest}. It owns the repositories {@code w<N>-*} (nobody
 * else removes them) and shares the {@code pool} repository with every other worker: anyone may
 * load into it, untag from it and prune what it leaves dangling. It prints what it knows at the
 * end ({@code tag NAME ID}, {@code container ID}), how many operations of each kind it did
 * ({@code ops KIND COUNT}) and every failure Docker would not have had ({@code fail ...}).
 *
 * <p>Arguments: root, run root, worker number, seed, seconds, {@code run} or {@code norun}, and
 * the file whose creation starts the measured window (after this worker printed {@code ready}).
 */
public final class ConcurrencyWorker {
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    int worker = Integer.parseInt(args[2]);
    Random random = new Random(Long.parseLong(args[3]));
    long seconds = Long.parseLong(args[4]);
    boolean run = args[5].equals("run");
    String me = "w" + worker;
    Map<String, String> tags = new LinkedHashMap<>();
    List<String> containers = new ArrayList<>();
    Map<String, Integer> ops = new LinkedHashMap<>();
    Map<String, Long> nanos = new LinkedHashMap<>();
    try (Engine e = Engine.open(new StorePaths(Path.of(args[0]), Path.of(args[1])))) {
      // warm up (class loading and native linking take seconds on a busy machine), then wait
      // for every worker so that the measured window is concurrent work only
      String warm = me + "-warmup:latest";
      load(e, warm, "warm-up " + worker);
      e.images().tag(warm, "docker.io/library/" + me + "-warmup", "2");
      e.images().remove(me + "-warmup:2", false, false);
      e.images().remove(warm, false, false);
      out.println("ready");
      out.flush();
      Path go = Path.of(args[6]);
      while (!Files.exists(go)) {
        Thread.sleep(10);
      }
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      for (int i = 0; System.nanoTime() < deadline; i++) {
        int op = random.nextInt(100);
        String kind = "";
        long opStart = System.nanoTime();
        try {
          if (op < 20) {
            kind = "load";
            String name = me + "-l" + i + ":latest";
            // a few distinct contents only: layers are shared between workers and with the pool
            load(e, name, "content " + random.nextInt(6));
            tags.put(name, idOf(e, name));
          } else if (op < 30) {
            kind = "load";
            load(e, "pool:" + random.nextInt(8), "content " + random.nextInt(6));
          } else if (op < 50) {
            kind = "tag";
            List<ImageSummary> images = e.images().list(false, Filters.empty());
            ImageSummary s = images.isEmpty() ? null : images.get(random.nextInt(images.size()));
            List<String> sources = s == null || s.repoTags() == null ? List.of()
                : s.repoTags().stream().filter(t -> !t.equals("<none>:<none>")).toList(); // a dangling image's row
            if (!sources.isEmpty()) {
              String source = sources.get(random.nextInt(sources.size()));
              String target = me + "-t" + i;
              try {
                e.images().tag(source, "docker.io/library/" + target, "x");
                tags.put(target + ":x", idOfTag(e, target + ":x"));
              } catch (NotFoundException gone) {
                // another worker untagged the pool tag first: Docker fails the same way
                ops.merge("tag-raced", 1, Integer::sum);
              }
            }
          } else if (op < 65) {
            kind = "rmi";
            if (!tags.isEmpty()) {
              String name = new ArrayList<>(tags.keySet()).get(random.nextInt(tags.size()));
              try {
                e.images().remove(name, false, false);
                tags.remove(name);
              } catch (ConflictException used) {
                // its last tag and a container uses it: Docker refuses the same way
                ops.merge("rmi-refused", 1, Integer::sum);
              }
            }
          } else if (op < 72) {
            kind = "rmi";
            try {
              e.images().remove("pool:" + random.nextInt(8), false, false);
            } catch (NotFoundException | ConflictException expected) {
              ops.merge("rmi-raced", 1, Integer::sum);
            }
          } else if (op < 80) {
            kind = "prune";
            e.images().prune(Filters.empty().with("dangling", "true"));
          } else if (op < 92) {
            kind = run ? "run" : "create";
            if (!tags.isEmpty()) {
              String name = new ArrayList<>(tags.keySet()).get(random.nextInt(tags.size()));
              ContainerRecord c = e.containers().create(run ? "busybox:1" : name, null, "{\"Cmd\":[\"true\"]}");
              if (run) {
                e.lifecycle().runAttached(c.id(), null, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
              }
              containers.add(c.id());
            }
          } else {
            kind = "rm";
            if (!containers.isEmpty()) {
              String id = containers.remove(random.nextInt(containers.size()));
              e.containers().remove(id, true);
            }
          }
          ops.merge(kind, 1, Integer::sum);
          nanos.merge(kind, System.nanoTime() - opStart, Long::sum);
        } catch (RuntimeException failure) {
          out.println("fail " + kind + " " + failure.getClass().getSimpleName() + ": "
              + String.valueOf(failure.getMessage()).replace('\n', ' '));
        }
      }
    }
    tags.forEach((name, id) -> out.println("tag " + name + " " + id));
    containers.forEach(id -> out.println("container " + id));
    ops.forEach((kind, count) -> out.println("ops " + kind + " " + count));
    nanos.forEach((kind, total) -> out.println("nanos " + kind + " " + total));
    out.flush();
  }

  private static void load(Engine e, String name, String content) throws Exception {
    new ImageArchives(e.store()).load(new ByteArrayInputStream(
        FaultFixtures.dockerArchive(name, FaultFixtures.layer("data", content))));
  }

  /** The ID behind an owned tag: nobody else moves it, so reading it back is exact. */
  private static String idOf(Engine e, String name) {
    return idOfTag(e, name);
  }

  private static String idOfTag(Engine e, String name) {
    return e.images().list(true, Filters.empty()).stream()
        .filter(s -> s.repoTags() != null && s.repoTags().contains(name))
        .findFirst().orElseThrow().id();
  }
}
