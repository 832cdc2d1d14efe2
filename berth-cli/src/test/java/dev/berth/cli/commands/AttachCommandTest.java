package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth attach}; expected texts are the docker CLI's against dockerd 20.10 (scenario Attach_Errors). */
class AttachCommandTest {
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
  void argumentsAndAStoppedContainerAreRefused() {
    CliHarness.Result none = berth.run("attach");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).startsWith("berth: 'berth attach' requires 1 argument\n");
    assertThat(berth.run("create", "--name", "c0", "busybox", "true").exit()).isZero();
    CliHarness.Result stopped = berth.run("attach", "c0");
    assertThat(stopped.exit()).isEqualTo(1);
    assertThat(stopped.err()).isEqualTo("You cannot attach to a stopped container, start it first\n");
  }

  @Test
  void theExitCodeIsTheContainers() {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    assertThat(berth.run("run", "-d", "--name", "c1", "busybox", "sh", "-c", "sleep 2; echo out; exit 3").exit())
        .isZero();
    CliHarness.Result attach = berth.run("attach", "--no-stdin", "c1");
    assertThat(attach.out()).isEqualTo("out\n");
    assertThat(attach.exit()).isEqualTo(3);
  }

  @Test
  void terminalSizeIsRowsThenColumns() {
    assertThat(Terminal.parseSize("24 80\n")).containsExactly(24, 80);
    assertThat(Terminal.parseSize("")).containsExactly(0, 0);
  }
}
