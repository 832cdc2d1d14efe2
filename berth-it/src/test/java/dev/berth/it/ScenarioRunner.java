package dev.berth.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one oracle scenario on berth's CLI (oracle/run-scenario.sh cli NAME) against a fresh, private
 * store root and returns the transcript normalised by oracle/normalize.py --prog berth.
 */
final class ScenarioRunner {
  /** Per engine command (the scenario runner's own timeout). */
  static final int COMMAND_TIMEOUT_SECONDS = 60;
  /** Whole scenario, as a safety net against a hung shell. */
  static final long SCENARIO_TIMEOUT_MINUTES = 15;

  private final OracleFiles oracle;
  private final Path workDir;

  /** @param workDir scratch space (temp dirs of every run are created and removed below it) */
  ScenarioRunner(OracleFiles oracle, Path workDir) {
    this.oracle = oracle;
    this.workDir = workDir;
  }

  /** The normalised transcript of scenario {@code name} on berth. */
  String run(String name) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path tmp = Files.createTempDirectory(storeBase(name), "berth-it-" + name + "-");
    // The run root holds conmon's attach sockets, whose paths must fit in 108 bytes: not below
    // target/ of a checkout at any depth, but in a short directory of its own.
    Path runRoot = Files.createTempDirectory(Path.of("/tmp"), "berth-it-");
    try {
      Path root = tmp.resolve("root");
      Path raw = tmp.resolve("transcript.raw");
      String berth = oracle.launcher() + " --root " + root + " --runroot " + runRoot;
      String stopAll = removeContainers(berth, root);
      Map<String, String> env = Map.of(
          "BERTH", berth,
          "BERTH_NO_REBUILD", "1",
          // the fixture loads of the setup are played once per fixture set (run-scenario.sh)
          "BERTH_STORE", root.toString(),
          "FIXTURE_CACHE", fixtureCache().toString(),
          // a fresh, empty store for every scenario instead of the generic rm/rmi cleanup
          "ENGINE_RESET", stopAll + "rm -rf '" + root + "' && mkdir -p '" + root + "'",
          // ...which is empty by construction: no three listing commands to prove it
          "ENGINE_RESET_VERIFY", "0",
          "CMD_TIMEOUT", Integer.toString(COMMAND_TIMEOUT_SECONDS),
          // the scenario's own $TMP (acc-NAME.XXXXXX, removed by run-scenario.sh) lives under /tmp as
          // when the transcripts were recorded: bind-mount sources show its start in tables
          "ACCEPTANCE_TMP", "/tmp",
          "FIXTURES_DIR", fixturesDir().toString());
      return transcript("cli", name, raw, env, "berth");
    } finally {
      String berth = oracle.launcher() + " --root " + tmp.resolve("root") + " --runroot " + runRoot;
      exec(List.of("bash", "-c", removeContainers(berth, tmp.resolve("root")) + "true"),
          Map.of("BERTH_NO_REBUILD", "1"));
      deleteTree(tmp);
      deleteTree(runRoot);
    }
  }

  /**
   * The normalised transcript of scenario {@code name} played by the real docker CLI {@code dockerCli}
   * against {@code berth serve} on a fresh store (the oracle's "api" engine).
   */
  String runThroughServe(String name, Path dockerCli) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path tmp = Files.createTempDirectory(storeBase(name), "berth-api-" + name + "-");
    Path runRoot = Files.createTempDirectory(Path.of("/tmp"), "berth-api-");
    Path socket = runRoot.resolve("api.sock");
    ProcessBuilder pb = new ProcessBuilder(oracle.launcher().toString(), "--root", tmp.resolve("root").toString(),
        "--runroot", runRoot.toString(), "serve", "--host", "unix://" + socket)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("serve.log").toFile());
    pb.environment().put("BERTH_NO_REBUILD", "1");
    // A scenario's server lives seconds: C2's compilations would not pay off there and take CPU from
    // the two other scenarios running beside it (the JIT changes no behaviour).
    pb.environment().put("BERTH_JVM_OPTS", "-XX:TieredStopAtLevel=1");
    Process serve = pb.start();
    Map<String, String> env = Map.of(
        "DOCKER_HOST", "unix://" + socket,
        "DOCKER_BIN", dockerCli.toString(),
        // the server was started on a fresh, empty store
        "ENGINE_RESET", "true",
        "ENGINE_RESET_VERIFY", "0",
        "CMD_TIMEOUT", Integer.toString(COMMAND_TIMEOUT_SECONDS),
        "ACCEPTANCE_TMP", "/tmp",
        "FIXTURES_DIR", fixturesDir().toString());
    try {
      ApiPing.await(socket, serve, tmp.resolve("serve.log"));
      return transcript("api", name, tmp.resolve("transcript.raw"), env, null);
    } finally {
      exec(List.of("bash", "-c", "ids=$(\"$DOCKER_BIN\" ps -aq 2>/dev/null); "
          + "[ -z \"$ids\" ] || \"$DOCKER_BIN\" rm -f $ids >/dev/null 2>&1; true"), env);
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor();
      }
      deleteTree(tmp);
      deleteTree(runRoot);
    }
  }

  /** Plays the scenario on {@code engine} (run-scenario.sh) and normalises its raw transcript. */
  private String transcript(String engine, String name, Path raw, Map<String, String> env, String prog)
      throws IOException, InterruptedException {
    ProcessResult scenario = exec(List.of("bash", oracle.runScenario().toString(), engine, name, raw.toString()), env);
    if (!Files.exists(raw) || Files.size(raw) == 0) {
      throw new IllegalStateException("run-scenario.sh wrote no transcript for " + name
          + " (exit " + scenario.exitCode() + "):\n" + scenario.stderr());
    }
    List<String> normalize = new java.util.ArrayList<>(List.of("python3", oracle.normalizer().toString()));
    if (prog != null) {
      normalize.addAll(List.of("--prog", prog));
    }
    normalize.add(raw.toString());
    ProcessResult normalised = exec(normalize, env);
    if (normalised.exitCode() != 0) {
      throw new IllegalStateException("normalize.py failed for " + name + ":\n" + normalised.stderr());
    }
    return normalised.stdout();
  }

  /**
   * Shell code that removes every container of the store at {@code root} through berth, because running
   * containers hold overlay mounts that a plain {@code rm -rf} cannot remove. Each container has a
   * directory named by its ID under {@code root/containers}: listing them costs no berth command (a JVM
   * start), and when there is none the removal is skipped too.
   */
  private static String removeContainers(String berth, Path root) {
    return "ids=$(ls -A '" + root + "/containers' 2>/dev/null); [ -z \"$ids\" ] || " + berth
        + " rm -f $ids >/dev/null 2>&1; ";
  }

  /**
   * Where run-scenario.sh keeps the stores its fixture loads made ({@code FIXTURE_CACHE}): one directory
   * per berth jar, so that a rebuilt berth loads the fixtures again.
   */
  private Path fixtureCache() throws IOException {
    Path jar = oracle.repo().resolve("target/berth.jar");
    String build = Files.exists(jar)
        ? Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis()
        : "no-jar";
    return workDir.resolve("fixture-cache-" + build);
  }

  /**
   * Where the store of scenario {@code name} lives: a tmpfs when there is one. The suite creates and
   * deletes a store for every scenario; on ext4 each load then pays for inode allocation among recently
   * deleted inodes (sys time of a busybox load: 0.22 s on ext4, 0.1 s on tmpfs; the whole suite: -8% CPU,
   * -11% wall). A scenario whose output shows what the file system decides (directory sizes in
   * {@code ls -l} inside a container) says {@code # store: disk} in its header and gets the disk the
   * real daemon had.
   */
  private Path storeBase(String name) throws IOException {
    String configured = System.getProperty("berth.it.storeBase");
    if (configured != null) {
      return Path.of(configured);
    }
    if (wantsDisk(oracle.scenario(name))) {
      return workDir;
    }
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : workDir;
  }

  /** True when the scenario's header comments include {@code # store: disk}. */
  static boolean wantsDisk(Path scenarioFile) throws IOException {
    if (!Files.exists(scenarioFile)) {
      return false;
    }
    try (Stream<String> lines = Files.lines(scenarioFile, StandardCharsets.UTF_8)) {
      return lines.takeWhile(line -> line.startsWith("#")).anyMatch(line -> line.strip().equals("# store: disk"));
    }
  }

  /** The deterministic fixture archives, generated once per build into this module's target dir. */
  Path fixturesDir() {
    return workDir.resolve("fixtures");
  }

  private record ProcessResult(int exitCode, String stdout, String stderr) {}

  private ProcessResult exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out-", ".txt");
    Path err = Files.createTempFile(workDir, "err-", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command)
          .directory(oracle.repo().toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      pb.environment().putAll(env);
      Process process = pb.start();
      if (!process.waitFor(SCENARIO_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("timed out after " + SCENARIO_TIMEOUT_MINUTES + " min: " + command);
      }
      return new ProcessResult(process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir, e);
    }
  }
}
