package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI runs an inspect template on its typed container: the HostConfig's nil slices print []. */
class InspectHostConfigTest {
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
  void nilSlicesOfTheHostConfigPrintEmpty() {
    assertThat(berth.run("create", "--network", "none", "--name", "hc", "busybox", "true").exit()).isZero();
    assertThat(berth.run("inspect", "-f", "{{.HostConfig.Binds}} {{.HostConfig.Links}} {{.HostConfig.VolumesFrom}}",
        "hc").out()).isEqualTo("[] [] []\n");
    assertThat(berth.run("inspect", "-f", "{{json .HostConfig.Binds}}", "hc").out()).isEqualTo("null\n");
  }
}
