package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth build}'s client side: which Dockerfile is used; expected texts are the docker CLI 28's. */
class BuildCommandTest {
  @TempDir Path dir;
  CliHarness berth;

  @BeforeEach
  void setUp() throws Exception {
    berth = new CliHarness(dir);
    berth.importBusybox();
  }

  @AfterEach
  void tearDown() {
    berth.removeAll();
  }

  @Test
  void aLowercaseDockerfileIsUsedOnlyWhenDockerfileIsMissing() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("Dockerfile"));
    Files.writeString(ctx.resolve("dockerfile"), "FROM busybox\nLABEL from=lower\n");
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("dockerfile"));
    CliHarness.Result lower = berth.run("build", "-t", "t1", ctx.toString());
    assertThat(lower.exit()).as(lower.err()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.Config.Labels.from}}", "t1").out()).isEqualTo("lower\n");

    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nLABEL from=upper\n");
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("Dockerfile"));
    CliHarness.Result upper = berth.run("build", "-t", "t1", ctx.toString());
    assertThat(upper.exit()).as(upper.err()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.Config.Labels.from}}", "t1").out()).isEqualTo("upper\n");
  }

  @Test
  void aDockerfileOnStdinWithDashFIsAmbiguous() {
    CliHarness.Result r = berth.runWithInput("FROM busybox\n".getBytes(StandardCharsets.UTF_8),
        "build", "-t", "t1", "-f", "baz", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as("after the legacy-builder notice").endsWith(
        "unable to prepare context: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles\n");
  }
}
