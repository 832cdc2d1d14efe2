package dev.berth.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RamSizeTest {
  @ParameterizedTest
  @CsvSource({"0,0", "32,32", "32b,32", "32k,32768", "32K,32768", "32kb,32768", "32Kib,32768", "1m,1048576",
      "1.5m,1572864", "2 g,2147483648", "1t,1099511627776", "1p,1125899906842624"})
  void binaryMultiples(String value, long bytes) {
    assertThat(RamSize.parse(value)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "-1", "1x", "1mm", "k"})
  void goUnitsError(String value) {
    assertThatThrownBy(() -> RamSize.parse(value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size: '" + value + "'");
  }
}
