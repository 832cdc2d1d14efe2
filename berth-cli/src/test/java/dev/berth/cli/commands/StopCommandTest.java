package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stop --time} and the events of {@code cp}; texts are the docker CLI's against dockerd 20.10. */
class StopCommandTest {
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
  void theDeprecatedTimeFlagIsAnnouncedOnStdout() {
    assertThat(berth.run("create", "--name", "c1", "busybox", "true").exit()).isZero();
    CliHarness.Result stop = berth.run("stop", "--time=2", "c1");
    assertThat(stop.exit()).isZero();
    assertThat(stop.out()).isEqualTo("Flag --time has been deprecated, use --timeout instead\nc1\n");
    assertThat(berth.run("stop", "-t", "2", "c1").out()).isEqualTo("c1\n");
  }

  @Test
  void copiesAreContainerEvents() throws Exception {
    assertThat(berth.run("create", "--name", "cp", "busybox", "true").exit()).isZero();
    Path file = dir.resolve("f");
    Files.writeString(file, "x");
    assertThat(berth.run("cp", file.toString(), "cp:/f").exit()).isZero();
    assertThat(berth.run("cp", "cp:/f", dir.resolve("back").toString()).exit()).isZero();
    CliHarness.Result events = berth.run("events", "--since", "0", "--until", Long.toString(
        System.currentTimeMillis() / 1000 + 1), "--format", "{{.Action}}", "-f", "container=cp");
    assertThat(events.out()).isEqualTo("create\nextract-to-dir\narchive-path\n");
  }
}
