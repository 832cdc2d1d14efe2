package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogWindowTest {
  @Test
  void untilZeroAndAbsentBoundsAreNoBounds() {
    // moby's TestLogsSince: `docker logs --until=0` prints every line
    assertThat(LogWindow.until("0")).isNull();
    assertThat(LogWindow.until("")).isNull();
    assertThat(LogWindow.since(null)).isNull();
    assertThat(LogWindow.since("0")).isEqualTo(Instant.EPOCH);
  }

  @Test
  void secondsAndFractionsAreTheClientsText() {
    assertThat(LogWindow.since("1000000000.5")).isEqualTo(Instant.ofEpochSecond(1_000_000_000L, 500_000_000));
    assertThat(LogWindow.until("4102444800")).isEqualTo(Instant.ofEpochSecond(4_102_444_800L));
    assertThatThrownBy(() -> LogWindow.since("x1")).hasMessage("strconv.ParseInt: parsing \"x1\": invalid syntax");
  }
}
