package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthStateTest {
  private static final Instant STARTED = Instant.parse("2026-01-01T00:00:00Z");
  private static final HealthConfig THREE_RETRIES = new HealthConfig(List.of("CMD", "true"), Duration.ofSeconds(1),
      Duration.ofSeconds(30), Duration.ofSeconds(10), 3);

  private static HealthState.Result result(int code, int secondsAfterStart) {
    Instant t = STARTED.plusSeconds(secondsAfterStart);
    return new HealthState.Result(t, t.plusMillis(5), code, code == 0 ? "OK\n" : "");
  }

  private static HealthState starting() {
    return new HealthState(HealthState.STARTING, 0, List.of(), "run1");
  }

  @Test
  void aPassingProbeMakesItHealthyAndResetsTheStreak() {
    HealthState s = new HealthState(HealthState.UNHEALTHY, 4, List.of(), "run1").withResult(result(0, 20), THREE_RETRIES, STARTED);
    assertThat(s.status()).isEqualTo(HealthState.HEALTHY);
    assertThat(s.failingStreak()).isZero();
  }

  @Test
  void failuresInsideTheStartPeriodDoNotCountWhileStarting() {
    HealthState s = starting();
    for (int i = 1; i <= 5; i++) {
      s = s.withResult(result(1, i), THREE_RETRIES, STARTED);
    }
    assertThat(s.status()).isEqualTo(HealthState.STARTING);
    assertThat(s.failingStreak()).isZero();
    s = s.withResult(result(1, 11), THREE_RETRIES, STARTED).withResult(result(1, 12), THREE_RETRIES, STARTED);
    assertThat(s.status()).isEqualTo(HealthState.STARTING);
    s = s.withResult(result(1, 13), THREE_RETRIES, STARTED);
    assertThat(s.status()).isEqualTo(HealthState.UNHEALTHY);
    assertThat(s.failingStreak()).isEqualTo(3);
  }

  @Test
  void onceHealthyTheStartPeriodNoLongerShieldsFailures() {
    HealthState s = starting().withResult(result(0, 1), THREE_RETRIES, STARTED);
    for (int i = 2; i <= 4; i++) {
      s = s.withResult(result(1, i), THREE_RETRIES, STARTED);
    }
    assertThat(s.status()).isEqualTo(HealthState.UNHEALTHY);
  }

  @Test
  void keepsTheLastFiveResults() {
    HealthState s = starting();
    for (int i = 1; i <= 7; i++) {
      s = s.withResult(result(0, i), THREE_RETRIES, STARTED);
    }
    assertThat(s.log()).hasSize(5);
    assertThat(s.log().getFirst().start()).isEqualTo(STARTED.plusSeconds(3));
  }

  @Test
  void psShowsStartingAsHealthStarting() {
    assertThat(starting().statusText()).isEqualTo("health: starting");
    assertThat(new HealthState(HealthState.HEALTHY, 0, List.of(), "r").statusText()).isEqualTo("healthy");
  }

  @Test
  void aStartKeepsTheLogAndAStopMakesItUnhealthy(@TempDir Path dir) {
    assertThat(HealthState.read(dir)).isEmpty();
    HealthState.monitorStopped(dir);
    assertThat(Files.exists(dir.resolve("health.json"))).isFalse(); // no healthcheck: nothing written
    HealthState.started(dir, "run1");
    HealthState.update(dir, now -> Optional.of(now.orElseThrow().withResult(result(0, 1), THREE_RETRIES, STARTED)));
    HealthState.monitorStopped(dir);
    HealthState stopped = HealthState.read(dir).orElseThrow();
    assertThat(stopped.status()).isEqualTo(HealthState.UNHEALTHY);
    assertThat(stopped.log()).hasSize(1);
    HealthState.started(dir, "run2");
    HealthState again = HealthState.read(dir).orElseThrow();
    assertThat(again.status()).isEqualTo(HealthState.STARTING);
    assertThat(again.startedAt()).isEqualTo("run2");
    assertThat(again.log()).hasSize(1);
    assertThat(again.toJson().toString()).startsWith("{\"Status\":\"starting\",\"FailingStreak\":0,\"Log\":[{\"Start\":");
  }

  @Test
  void theMonitorKeepsOnly4096BytesOfOutput() throws Exception {
    HealthMonitor.LimitedOutput out = new HealthMonitor.LimitedOutput();
    out.write(new byte[4000], 0, 4000);
    out.write("x".repeat(200).getBytes(), 0, 200);
    assertThat(out.text()).hasSize(4096 + 3).endsWith("x...");
  }
}
