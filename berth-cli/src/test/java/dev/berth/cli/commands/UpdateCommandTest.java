package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update --pids-limit}: 0 is a flag that sends nothing; 0 and negative values sent unset the limit. */
class UpdateCommandTest {
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

  private String pids() {
    return berth.run("inspect", "-f", "{{.HostConfig.PidsLimit}}", "cc").out();
  }

  @Test
  void pidsLimitZeroLeavesTheLimitAndNegativeValuesUnsetIt() {
    assertThat(berth.run("create", "--name", "cc", "--pids-limit", "32", "busybox", "true").exit()).isZero();
    CliHarness.Result none = berth.run("update", "cc");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("you must provide one or more flags when using this command");
    assertThat(berth.run("update", "--pids-limit", "0", "cc").out()).isEqualTo("cc\n");
    assertThat(pids()).isEqualTo("32\n");
    assertThat(berth.run("update", "--pids-limit", "16", "cc").out()).isEqualTo("cc\n");
    assertThat(pids()).isEqualTo("16\n");
    assertThat(berth.run("update", "--pids-limit", "-2", "cc").out()).isEqualTo("cc\n");
    assertThat(pids()).isEqualTo("0\n");
  }
}
