package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth exec -t}; expected bytes are the docker CLI's against dockerd 20.10 (Run_ExecTty, raw). */
class ExecTtyTest {
  @TempDir Path dir;
  CliHarness berth;

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    berth = new CliHarness(dir);
    berth.importBusybox();
    assertThat(berth.run("run", "-d", "--name", "t1", "busybox", "sleep", "1000").exit()).isZero();
  }

  @AfterEach
  void tearDown() {
    if (berth != null) {
      berth.removeAll();
    }
  }

  @Test
  void theProcessGetsATerminalAndItsOutputIsRaw() {
    CliHarness.Result tty = berth.run("exec", "-t", "t1", "tty");
    assertThat(tty.exit()).as(tty.err()).isZero();
    assertThat(tty.out()).matches("/dev/pts/[0-9]+\r\n");
    CliHarness.Result noTty = berth.run("exec", "t1", "tty");
    assertThat(noTty.exit()).isEqualTo(1);
    assertThat(noTty.out()).isEqualTo("not a tty\n");
    CliHarness.Result both = berth.run("exec", "-t", "t1", "sh", "-c", "echo out; echo err >&2; exit 7");
    assertThat(both.exit()).isEqualTo(7);
    assertThat(both.out()).isEqualTo("out\r\nerr\r\n");
    assertThat(both.err()).isEmpty();
    CliHarness.Result partial = berth.run("exec", "-t", "t1", "sh", "-c", "printf 'a\\nb'");
    assertThat(partial.out()).isEqualTo("a\r\nb");
  }

  @Test
  void envWorkdirAndUserApplyUnderATerminal() {
    CliHarness.Result r = berth.run("exec", "-t", "-e", "FOO=bar", "-e", "HOSTNAME=h", "-w", "/tmp", "-u", "nobody",
        "t1", "sh", "-c", "echo $FOO $HOSTNAME; pwd; id -u; echo $TERM; test -t 0 && echo stdin-is-a-tty");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("bar h\r\n/tmp\r\n65534\r\nxterm\r\nstdin-is-a-tty\r\n");
  }

  @Test
  void aFailureToStartIsWrittenToStdout() {
    String message = "OCI runtime exec failed: exec failed: unable to start container process: exec: \"nosuch\":"
        + " executable file not found in $PATH: unknown";
    for (String[] args : new String[][] {{"exec", "-t", "t1", "nosuch"}, {"exec", "t1", "nosuch"}}) {
      CliHarness.Result r = berth.run(args);
      assertThat(r.exit()).isEqualTo(126);
      assertThat(r.out()).isEqualTo(message + "\r\n");
      assertThat(r.err()).isEmpty();
    }
  }
}
