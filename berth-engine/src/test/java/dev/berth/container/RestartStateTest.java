package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartStateTest {
  @TempDir Path dir;

  @Test
  void aContainerNeverRestartedHasTheFreshState() {
    assertThat(RestartState.read(dir)).isEqualTo(RestartState.FRESH);
  }

  @Test
  void roundTripsThroughTheContainerDirectory() {
    RestartState s = new RestartState(3, Duration.ofMillis(400), true, false, 4242);
    s.write(dir);
    assertThat(RestartState.read(dir)).isEqualTo(s);
    RestartState.reset(dir);
    assertThat(RestartState.read(dir)).isEqualTo(RestartState.FRESH);
  }

  @Test
  void aTornFileOnlyForgetsTheCount() throws IOException {
    Files.writeString(dir.resolve("restart-state"), "{\"count\": 3, \"del");
    assertThat(RestartState.read(dir)).isEqualTo(RestartState.FRESH);
  }

  @Test
  void cancellingAlsoCountsAsAManualStop() {
    RestartState c = RestartState.FRESH.cancel();
    assertThat(c.cancelled()).isTrue();
    assertThat(c.manuallyStopped()).isTrue();
    assertThat(RestartState.FRESH.stoppedByUser().cancelled()).isFalse();
  }

  @Test
  void aWaiterIsAliveOnlyWhileItsProcessRuns() {
    assertThat(RestartState.FRESH.waiterAlive()).isFalse();
    assertThat(RestartState.FRESH.waitedOnBy(ProcessHandle.current().pid()).waiterAlive()).isTrue();
    assertThat(RestartState.FRESH.waitedOnBy(Integer.MAX_VALUE - 1).waiterAlive()).isFalse();
  }

  @Test
  void aWaiterPastItsDelayIsStartingWhileItLives() {
    long self = ProcessHandle.current().pid();
    assertThat(RestartState.FRESH.waitedOnBy(-self).starting()).isTrue();
    assertThat(RestartState.FRESH.waitedOnBy(-self).waiterAlive()).isTrue();
    assertThat(RestartState.FRESH.waitedOnBy(self).starting()).isFalse();
    assertThat(RestartState.FRESH.waitedOnBy(0).starting()).isFalse();
  }
}
