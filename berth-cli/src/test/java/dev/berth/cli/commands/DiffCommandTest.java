package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth diff}; expected texts are the docker CLI's against dockerd 20.10 (scenario Container_Diff). */
class DiffCommandTest {
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
  void addedChangedAndDeletedPathsSortedWithTheirChangedDirectories() {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    CliHarness.Result run = berth.run("run", "--name", "changed", "busybox", "sh", "-c",
        "mkdir -p /a/b; echo x > /a/b/f; touch /bin/new; chmod 700 /bin; rm /bin/busybox");
    assertThat(run.exit()).as(run.err()).isZero();
    CliHarness.Result diff = berth.run("container", "diff", "changed");
    assertThat(diff.out()).isEqualTo("A /a\nA /a/b\nA /a/b/f\nC /bin\nD /bin/busybox\nA /bin/new\n");
  }

  @Test
  void aContainerThatNeverRanHasNoChangesAndArgumentsAreChecked() {
    assertThat(berth.run("create", "--name", "fresh", "busybox", "true").exit()).isZero();
    CliHarness.Result diff = berth.run("diff", "fresh");
    assertThat(diff.exit()).isZero();
    assertThat(diff.out()).isEmpty();
    CliHarness.Result none = berth.run("diff");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).startsWith("berth: 'berth diff' requires 1 argument\n\nUsage:  berth diff CONTAINER\n");
    assertThat(berth.run("diff", "nosuch").err()).isEqualTo("Error response from daemon: No such container: nosuch\n");
  }
}
