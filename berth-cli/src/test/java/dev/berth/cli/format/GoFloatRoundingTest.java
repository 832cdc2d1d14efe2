package dev.berth.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcut rounding from the shortest decimal agrees with rounding the exact expansion. */
class GoFloatRoundingTest {
  @Test
  void agreesWithTheExactExpansionOnSeededRandomDoubles() {
    Random r = new Random(42L);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> r.nextDouble() * 1000;
        case 1 -> (double) r.nextLong(1, 1L << 40) / Math.pow(1000, r.nextInt(5));
        case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
        default -> r.nextInt(100_000) / 8.0; // many exact binary ties such as 10.625
      };
      int p = 1 + r.nextInt(14);
      assertThat(GoFloat.exact(v, p)).as("%s at %d digits", v, p).isEqualTo(GoFloat.exactExpansion(v, p));
    }
  }

  @ParameterizedTest
  @CsvSource({"10.625, 4, 10.62", "10.635, 4, 10.63", "999.95, 4, 1000", "9.9996, 4, 10", "1.5, 4, 1.5",
      "0.00012345, 3, 0.000123"})
  void formatsLikeGo(double v, int prec, String go) {
    assertThat(GoFloat.formatG(v, prec)).isEqualTo(go);
  }
}
