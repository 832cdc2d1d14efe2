package dev.berth.check;

import dev.berth.build.BuildRequest;
import dev.berth.build.Builder;
import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.ConflictException;
import dev.berth.image.Filters;
import dev.berth.image.ImageArchives;
import dev.berth.image.ImageSummary;
import dev.berth.image.Names;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Child process of {@link CrashHarnessTest}: runs a seeded random mix of load, build, tag, rmi,
 * image prune, system prune, run and rm on one store until it is killed. Each line it prints is
 * a fact the parent relies on: {@code tag NAME ID} and {@code container ID} only after the
 * operation returned (committed), {@code moving}/{@code untagging}/{@code removing-container}
 * before an operation that may change that fact, {@code untagged}/{@code removed-container} after.
 *
 * <p>Arguments: root, run root, seed, generation (makes names unique), scratch directory,
 * {@code run} or {@code norun}.
 */
public final class CrashWorkload {
  private static final PrintStream OUT = System.out;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Random random = new Random(Long.parseLong(args[2]));
    int generation = Integer.parseInt(args[3]);
    Path scratch = Path.of(args[4]);
    boolean run = args[5].equals("run");
    try (Engine e = Engine.open(new StorePaths(root, Path.of(args[1])))) {
      // warm up (class loading and native linking take seconds on a busy machine), so that the
      // kill window after "started" covers real work rather than a JVM still starting
      String warm = "l-" + generation + "-warm:latest";
      load(e, warm, random);
      announce("untagging " + warm);
      e.images().remove(warm, false, false);
      announce("untagged " + warm);
      OUT.println("started");
      OUT.flush();
      for (int i = 0; ; i++) {
        String unique = generation + "-" + i;
        int op = random.nextInt(100);
        if (op < 20) {
          load(e, "l-" + unique + ":latest", random);
        } else if (op < 26) {
          List<String> loaded = owned(e, "l-");
          if (!loaded.isEmpty()) {
            String name = pick(loaded, random);
            announce("moving " + name);
            load(e, name, random);
          }
        } else if (op < 36) {
          build(e, "b-" + unique + ":1", scratch.resolve("ctx-" + unique), random, run);
        } else if (op < 54) {
          List<ImageSummary> images = ownedImages(e);
          if (!images.isEmpty()) {
            ImageSummary s = images.get(random.nextInt(images.size()));
            String source = ownedTags(s).get(0);
            e.images().tag(source, "docker.io/library/t-" + unique, "x");
            announce("tag t-" + unique + ":x " + s.id());
          }
        } else if (op < 68) {
          List<String> names = new ArrayList<>();
          names.addAll(owned(e, "l-"));
          names.addAll(owned(e, "b-"));
          names.addAll(owned(e, "t-"));
          if (!names.isEmpty()) {
            String name = pick(names, random);
            announce("untagging " + name);
            try {
              e.images().remove(name, false, false);
              announce("untagged " + name);
            } catch (ConflictException refused) {
              // the last tag of an image a container uses: Docker refuses too
              announce("kept " + name);
            }
          }
        } else if (op < 73) {
          e.images().prune(Filters.empty().with("dangling", "true"));
        } else if (op < 78) {
          for (ContainerRecord c : e.containers().list()) {
            if (!c.running()) {
              announce("removing-container " + c.id());
            }
          }
          var report = e.containers().prune(Filters.empty());
          for (String id : report.deleted()) {
            announce("removed-container " + id);
          }
          e.images().prune(Filters.empty().with("dangling", "true"));
        } else if (op < 92) {
          String base = run ? "busybox:1" : "base:1";
          boolean detached = random.nextInt(3) == 0;
          ContainerRecord c = e.containers().create(base, null, "{\"Cmd\":[\"true\"]}");
          announce("container " + c.id());
          if (run) {
            if (detached) {
              e.lifecycle().start(c.id());
            } else {
              e.lifecycle().runAttached(c.id(), null, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            }
          }
        } else {
          List<ContainerRecord> all = e.containers().list();
          if (!all.isEmpty()) {
            ContainerRecord c = all.get(random.nextInt(all.size()));
            announce("removing-container " + c.id());
            e.containers().remove(c.id(), true);
            announce("removed-container " + c.id());
          }
        }
      }
    }
  }

  private static void announce(String line) {
    OUT.println(line);
    OUT.flush();
  }

  private static void load(Engine e, String name, Random random) throws Exception {
    byte[] archive = FaultFixtures.dockerArchive(name, FaultFixtures.layer("data", "load " + random.nextLong()));
    new ImageArchives(e.store()).load(new ByteArrayInputStream(archive));
    announce("tag " + name + " " + idOf(e, name));
  }

  private static void build(Engine e, String name, Path ctx, Random random, boolean run) throws Exception {
    Files.createDirectories(ctx);
    Files.writeString(ctx.resolve("f"), "build " + random.nextInt(4));
    Files.writeString(ctx.resolve("Dockerfile"), run
        ? "FROM busybox:1\nCOPY f /f\nRUN true\nLABEL n=" + random.nextInt(4) + "\n"
        : "FROM base:1\nCOPY f /f\nLABEL n=" + random.nextInt(4) + "\n");
    String id = new Builder(e).build(
        new BuildRequest(ctx, null, List.of(Names.tagTarget(name)), false, true, false, Map.of(), Map.of()),
        OutputStream.nullOutputStream());
    announce("tag " + name + " " + id);
  }

  private static String idOf(Engine e, String name) {
    return e.images().list(true, Filters.empty()).stream()
        .filter(s -> s.repoTags() != null && s.repoTags().contains(name))
        .findFirst().orElseThrow().id();
  }

  private static List<ImageSummary> ownedImages(Engine e) {
    return e.images().list(false, Filters.empty()).stream().filter(s -> !ownedTags(s).isEmpty()).toList();
  }

  private static List<String> ownedTags(ImageSummary s) {
    return s.repoTags() == null ? List.of() : s.repoTags().stream().filter(CrashWorkload::owned).toList();
  }

  private static boolean owned(String name) {
    return name.startsWith("l-") || name.startsWith("b-") || name.startsWith("t-");
  }

  private static List<String> owned(Engine e, String prefix) {
    List<String> out = new ArrayList<>();
    for (ImageSummary s : e.images().list(false, Filters.empty())) {
      for (String t : ownedTags(s)) {
        if (t.startsWith(prefix)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static String pick(List<String> l, Random random) {
    return l.get(random.nextInt(l.size()));
  }
}
