package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth commit} through the CLI; expected texts are the docker CLI's against dockerd 20.10. */
class CommitCommandTest {
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
  void changesAreAppliedToTheCommittedConfig() {
    assertThat(berth.run("create", "--name", "c1", "busybox", "sh", "-c", "echo hi").exit()).isZero();
    CliHarness.Result commit = berth.run("commit", "-c", "ENV A=1 B=$A", "--change", "CMD [\"cat\",\"/f\"]", "-c",
        "WORKDIR /w", "-c", "WORKDIR sub", "-c", "EXPOSE 80 90/udp", "-m", "msg", "c1", "cc:1");
    assertThat(commit.exit()).as(commit.err()).isZero();
    assertThat(commit.out()).matches("sha256:[0-9a-f]{64}\n");
    CliHarness.Result inspect = berth.run("inspect", "--format",
        "{{json .Config.Env}} {{json .Config.Cmd}} {{.Config.WorkingDir}} {{json .Config.ExposedPorts}} {{.Comment}}",
        "cc:1");
    assertThat(inspect.out()).isEqualTo(
        "[\"A=1\",\"B=\"] [\"cat\",\"/f\"] /w/sub {\"80/tcp\":{},\"90/udp\":{}} msg\n");
    CliHarness.Result history = berth.run("history", "--format", "{{.CreatedBy}}|{{.Size}}|{{.Comment}}", "cc:1");
    assertThat(history.out().lines().findFirst()).hasValue("sh -c echo hi|0B|msg");
  }

  @Test
  void rejectedChangesFailWithTheDaemonsMessage() {
    assertThat(berth.run("create", "--name", "c1", "busybox", "true").exit()).isZero();
    CliHarness.Result run = berth.run("commit", "-c", "RUN x", "c1");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("Error response from daemon: run is not a valid change command\n");
    CliHarness.Result env = berth.run("commit", "-c", "ENV x", "c1");
    assertThat(env.err()).isEqualTo("Error response from daemon: ENV must have two arguments\n");
    assertThat(berth.run("images", "-q").out().lines().count()).as("nothing committed").isEqualTo(1);
  }

  @Test
  void aRunningContainerIsPausedForTheCopyAndKeepsRunning() {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    assertThat(berth.run("run", "-d", "--name", "r1", "busybox", "sleep", "1000").exit()).isZero();
    assertThat(berth.run("exec", "r1", "sh", "-c", "echo data > /f").exit()).isZero();
    CliHarness.Result commit = berth.run("commit", "r1", "rc:1");
    assertThat(commit.exit()).as(commit.err()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.State.Status}} {{.State.Paused}}", "r1").out())
        .isEqualTo("running false\n");
    CliHarness.Result live = berth.run("commit", "--pause=false", "r1", "rc:2");
    assertThat(live.exit()).as(live.err()).isZero();
    assertThat(berth.run("pause", "r1").exit()).isZero();
    assertThat(berth.run("commit", "r1", "rc:3").exit()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.State.Status}}", "r1").out()).as("stays paused")
        .isEqualTo("paused\n");
    assertThat(berth.run("unpause", "r1").exit()).isZero();
    for (String image : new String[] {"rc:1", "rc:2", "rc:3"}) {
      CliHarness.Result cat = berth.run("run", "--rm", image, "cat", "/f");
      assertThat(cat.out()).as(image).isEqualTo("data\n");
    }
    String events = berth.run("events", "--since", "0", "--until", String.valueOf(System.currentTimeMillis() / 1000 + 1),
        "-f", "event=pause", "-f", "event=unpause", "-f", "event=commit", "--format", "{{.Action}}").out();
    assertThat(events.lines().toList()).containsExactly("pause", "commit", "unpause", "commit", "pause", "commit",
        "unpause");
  }
}
