package dev.berth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * berth's CLI must reproduce, byte for byte after normalisation, the transcripts the real Docker daemon
 * produced for the same scenarios (oracle/transcripts, recorded by oracle/record.sh).
 *
 * <p>Only the scenarios listed in oracle/passing.txt are enforced: the list is a ratchet, a scenario is
 * added once berth matches it and must keep matching. {@link #reportAllTranscripts()} measures the rest
 * when asked to ({@code -Doracle.report=true}); it never fails the build.
 */
class OracleTranscriptTest {
  private static final OracleFiles ORACLE = OracleFiles.locate();
  private static final Path TARGET =
      Path.of(System.getProperty("berth.it.target", ORACLE.repo().resolve("berth-it/target").toString()));
  private static final Path WORK = TARGET.resolve("oracle-work");

  /** The docker CLI the transcripts were recorded with (oracle/README.md). */
  private static final Path DOCKER_CLI = Path.of(System.getenv().getOrDefault("DOCKER_BIN", "/usr/local/bin/docker"));
  private static final String DOCKER_CLI_VERSION = "28.2.2";

  static List<String> passingScenarios() {
    return ORACLE.passing();
  }

  static List<String> apiPassingScenarios() {
    return ORACLE.apiPassing();
  }

  @BeforeAll
  static void toolsArePresent() {
    String jarProblem = ORACLE.jarProblem();
    // In CI a skipped oracle suite would hide every regression: there it is a failure.
    if (System.getenv("CI") != null) {
      assertThat(jarProblem).as("oracle tests cannot run").isNull();
    }
    Assumptions.assumeTrue(jarProblem == null, () -> "oracle tests skipped: " + jarProblem);
    for (String tool : List.of("/usr/bin/busybox", "/bin/bash")) {
      assertThat(Path.of(tool)).as("the oracle scenarios need %s", tool).exists();
    }
    assertThat(onPath("python3")).as("the oracle scenarios need python3 on the PATH").isTrue();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("passingScenarios")
  @Execution(ExecutionMode.CONCURRENT)
  void berthMatchesTheRealDaemon(String scenario) throws IOException, InterruptedException {
    Path expectedFile = ORACLE.transcript(scenario);
    assertThat(expectedFile).as("recorded transcript of %s (oracle/record.sh %s)", scenario, scenario).exists();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    String actual = new ScenarioRunner(ORACLE, WORK).run(scenario);
    if (!expected.equals(actual)) {
      fail("berth differs from the real daemon in scenario " + scenario + ":\n"
          + UnifiedDiff.of(scenario + " (docker)", expected, scenario + " (berth)", actual));
    }
  }

  /**
   * The same transcripts, played by the real docker CLI against {@code berth serve} (oracle engine
   * "api"), for the scenarios of oracle/api-passing.txt. The docker CLI is no Debian package: without
   * the one the transcripts were recorded with, this is skipped.
   */
  @ParameterizedTest(name = "api {0}", allowZeroInvocations = true)
  @MethodSource("apiPassingScenarios")
  @Execution(ExecutionMode.CONCURRENT)
  void theDockerCliThroughBerthServeMatchesTheRealDaemon(String scenario) throws IOException, InterruptedException {
    Assumptions.assumeTrue(DockerCli.versionOf(DOCKER_CLI).equals(DOCKER_CLI_VERSION),
        () -> "api-mode oracle tests need the docker CLI " + DOCKER_CLI_VERSION + " at " + DOCKER_CLI);
    String expected = Files.readString(ORACLE.transcript(scenario), StandardCharsets.UTF_8);
    String actual = new ScenarioRunner(ORACLE, WORK).runThroughServe(scenario, DOCKER_CLI);
    if (!expected.equals(actual)) {
      fail("the docker CLI through berth serve differs from the real daemon in scenario " + scenario + ":\n"
          + UnifiedDiff.of(scenario + " (docker)", expected, scenario + " (docker CLI -> berth serve)", actual));
    }
  }

  /** Runs every recorded scenario and writes target/oracle-report.txt; informative only. */
  @Test
  void reportAllTranscripts() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("oracle.report"),
        "set -Doracle.report=true to measure all oracle transcripts (slow)");
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    ScenarioRunner runner = new ScenarioRunner(ORACLE, WORK);
    for (String scenario : ORACLE.recorded()) {
      String expected = Files.readString(ORACLE.transcript(scenario), StandardCharsets.UTF_8);
      String actual;
      try {
        actual = runner.run(scenario);
      } catch (IOException | RuntimeException e) {
        actual = "### runner error: " + e.getMessage() + "\n";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (expected.equals(actual)) {
        passed.add(scenario);
      } else {
        failed.add(scenario);
        details.append(UnifiedDiff.of(scenario + " (docker)", expected, scenario + " (berth)", actual)).append('\n');
      }
    }
    List<String> ratchet = ORACLE.passing();
    List<String> candidates = passed.stream().filter(s -> !ratchet.contains(s)).toList();
    String report = "oracle transcripts: " + passed.size() + " of " + (passed.size() + failed.size()) + " pass\n"
        + "passing: " + String.join(" ", passed) + "\n"
        + "failing: " + String.join(" ", failed) + "\n"
        + "passing but not yet in oracle/passing.txt: " + String.join(" ", candidates) + "\n\n"
        + details;
    Files.createDirectories(TARGET);
    Files.writeString(TARGET.resolve("oracle-report.txt"), report, StandardCharsets.UTF_8);
    System.out.println(report.lines().limit(4).reduce("", (a, b) -> a + b + "\n"));
    assertThat(passed.size() + failed.size()).isEqualTo(ORACLE.recorded().size());
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
