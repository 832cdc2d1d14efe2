package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.runtime.InitBinary;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run/create --init} through the CLI; expected texts are the docker CLI's against dockerd 20.10 (Run_Init). */
class RunInitTest {
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
  void hostConfigInitIsAbsentTrueOrFalse() {
    assertThat(berth.run("create", "--name", "in1", "--init", "busybox", "true").exit()).isZero();
    assertThat(berth.run("create", "--name", "in2", "busybox", "true").exit()).isZero();
    assertThat(berth.run("create", "--name", "in3", "--init=false", "busybox", "true").exit()).isZero();
    CliHarness.Result r = berth.run("inspect", "-f", "{{.Name}} {{json .HostConfig.Init}} {{.HostConfig.Init}} {{.Path}}",
        "in1", "in2", "in3");
    assertThat(r.out()).isEqualTo("/in1 true true true\n/in2 null <nil> true\n/in3 false false true\n");
  }

  @Test
  void dockerInitIsPidOneWithTheCommandAfterDashes() {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    assumeTrue(InitBinary.find().isPresent(), "needs tini (docker-init)");
    CliHarness.Result r = berth.run("run", "--rm", "--init", "busybox", "cat", "/proc/1/cmdline");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("/sbin/docker-init\0--\0cat\0/proc/1/cmdline\0");
    CliHarness.Result code = berth.run("run", "--name", "in4", "--init", "busybox", "sh", "-c", "exit 3");
    assertThat(code.exit()).as("the command's exit code, through tini").isEqualTo(3);
  }
}
