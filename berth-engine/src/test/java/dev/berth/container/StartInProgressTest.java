package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.runtime.ContainerStatus;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartInProgressTest {
  @Test
  void waitsWhileCreatedThenGoesOn() {
    AtomicInteger calls = new AtomicInteger();
    boolean started = StartInProgress.await(
        () -> calls.incrementAndGet() < 4 ? ContainerStatus.State.CREATED : ContainerStatus.State.RUNNING,
        Duration.ofSeconds(10));
    assertThat(started).isTrue();
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void aRunningOrExitedContainerIsNotWaitedFor() {
    assertThat(StartInProgress.await(() -> ContainerStatus.State.RUNNING, Duration.ZERO)).isTrue();
    assertThat(StartInProgress.await(() -> ContainerStatus.State.EXITED, Duration.ZERO)).isTrue();
  }

  @Test
  void givesUpAfterTheLimit() {
    long t0 = System.nanoTime();
    assertThat(StartInProgress.await(() -> ContainerStatus.State.CREATED, Duration.ofMillis(100))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }
}
