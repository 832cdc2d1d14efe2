package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** go-units' HumanSize as the daemon's progress bars print it. */
class LoadProgressTest {
  @Test
  void humanSizeHasFourSignificantDigitsWithoutTrailingZeros() {
    assertThat(LoadProgress.humanSize(0)).isEqualTo("0B");
    assertThat(LoadProgress.humanSize(512)).isEqualTo("512B");
    assertThat(LoadProgress.humanSize(2048)).isEqualTo("2.048kB");
    assertThat(LoadProgress.humanSize(10240)).isEqualTo("10.24kB");
    assertThat(LoadProgress.humanSize(2000)).isEqualTo("2kB");
    // 999.999kB has four significant digits of 1000, and stays in kB, as in Go
    assertThat(LoadProgress.humanSize(999_999)).isEqualTo("1000kB");
    // the busybox fixture's layer.tar, as dockerd reported it loading
    assertThat(LoadProgress.humanSize(1_996_800)).isEqualTo("1.997MB");
  }

  @Test
  void aDoneLayerFillsTheBar() {
    assertThat(LoadProgress.done("sha256:506c84093aa002eca64f46ce5dece2a48cbab683ff96cfe29daaacff094edd65", 2048))
        .isEqualTo("{\"status\":\"Loading layer\",\"progressDetail\":{\"current\":2048,\"total\":2048},"
            + "\"progress\":\"[==================================================\\u003e]  2.048kB/2.048kB\","
            + "\"id\":\"506c84093aa0\"}");
  }
}
