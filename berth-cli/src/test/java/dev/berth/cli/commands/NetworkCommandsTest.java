package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network commands on a local store, with the outputs of the TestDockerNetwork* transcripts. */
class NetworkCommandsTest {
  @TempDir Path dir;

  @Test
  void lsListsThePredefinedNetworksByName() {
    CliHarness berth = new CliHarness(dir);
    CliHarness.Result r = berth.run("network", "ls");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches("NETWORK ID     NAME      DRIVER    SCOPE\n"
        + "[0-9a-f]{12}   host      host      local\n[0-9a-f]{12}   none      null      local\n");
    assertThat(berth.run("network", "ls", "--no-trunc", "-q").out()).matches("[0-9a-f]{64}\n[0-9a-f]{64}\n");
    assertThat(berth.run("network", "list", "--format", "{{.Name}} {{.IPv6}} {{.Internal}}").out())
        .isEqualTo("host false false\nnone false false\n");
  }

  @Test
  void rmOfAPredefinedNetworkFailsWithExitStatusLine() {
    CliHarness.Result r = new CliHarness(dir).run("network", "rm", "test", "none");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error response from daemon: network test not found\n"
        + "Error response from daemon: none is a pre-defined network and cannot be removed\nexit status 1\n");
  }

  @Test
  void createOfAPredefinedNameIsRefused() {
    CliHarness.Result r = new CliHarness(dir).run("network", "create", "host");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error response from daemon: operation is not permitted on predefined host network\n");
  }

  @Test
  void inspectPrintsFoundNetworksAndTheDaemonErrorOfMissingOnes() {
    CliHarness berth = new CliHarness(dir);
    CliHarness.Result r = berth.run("network", "inspect", "--format", "{{.Name}} {{.Driver}} {{len .ID}}", "nonexistent", "host");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("host host 64\n");
    assertThat(r.err()).isEqualTo("Error response from daemon: network nonexistent not found\n");
    assertThat(berth.run("inspect", "--format", "{{.Name}} {{.Scope}}", "none").out()).isEqualTo("none local\n");
  }
}
