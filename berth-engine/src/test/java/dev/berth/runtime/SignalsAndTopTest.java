package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalsAndTopTest {
  @Test
  void signalsByNameOrNumber() {
    assertThat(Signals.number("KILL")).isEqualTo(9);
    assertThat(Signals.number("SIGTERM")).isEqualTo(15);
    assertThat(Signals.number("usr1")).isEqualTo(10);
    assertThat(Signals.number("3")).isEqualTo(3);
    assertThat(Signals.number("RTMIN+2")).isEqualTo(36);
    assertThatThrownBy(() -> Signals.number("BOGUS")).hasMessage("Invalid signal: BOGUS");
  }

  @Test
  void topKeepsContainerRowsAndJoinsTheCommand() {
    String ps = "UID          PID    PPID  C STIME TTY          TIME CMD\n"
        + "root           1       0  0 02:00 ?        00:00:01 /sbin/init\n"
        + "root       17427   17406  8 02:54 ?        00:00:00 sleep 100\n";
    TopResult r = TopParser.parse(ps, List.of(17427L));
    assertThat(r.titles()).containsExactly("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME",
        "CMD");
    assertThat(r.processes()).containsExactly(
        List.of("root", "17427", "17406", "8", "02:54", "?", "00:00:00", "sleep 100"));
  }

  @Test
  void runcCreateErrorsMapToDockerTextAndExitStatus() {
    ContainerStartException e = ContainerStartException.fromRuncCreateError(
        "time=\"2026-11-28T03:00:00Z\" level=error msg=\"runc create failed: unable to start "
            + "container process: exec: \\\"nosuchcmd\\\": executable file not found in $PATH\"");
    assertThat(e.getMessage()).isEqualTo("failed to create shim task: OCI runtime create failed: "
        + "runc create failed: unable to start container process: exec: \"nosuchcmd\": "
        + "executable file not found in $PATH: unknown");
    assertThat(e.exitStatus()).isEqualTo(127);
    assertThat(ContainerStartException.fromRuncCreateError(
        "exec: \"/etc\": permission denied").exitStatus()).isEqualTo(126);
  }

  @Test
  void killParsesAnyNonZeroNumberAndTheDaemonDecidesWhatLinuxSupports() {
    assertThat(Signals.parseForKill("-1")).isEqualTo(-1);
    assertThat(Signals.parseForKill("65")).isEqualTo(65);
    assertThat(Signals.parseForKill("sigusr1")).isEqualTo(10);
    assertThatThrownBy(() -> Signals.parseForKill("0")).hasMessage("Invalid signal: 0");
    assertThatThrownBy(() -> Signals.parseForKill("SIG42")).hasMessage("Invalid signal: SIG42");
    assertThat(Signals.supported(-1)).isFalse();
    assertThat(Signals.supported(32)).isFalse();
    assertThat(Signals.supported(34)).isTrue();
    assertThat(Signals.supported(65)).isFalse();
  }
}
