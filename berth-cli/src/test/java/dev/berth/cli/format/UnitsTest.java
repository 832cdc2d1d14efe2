package dev.berth.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** go-units v0.5.0 vectors of cli-format.md section 5. */
class UnitsTest {
  private static List<String> lines(String name) throws IOException {
    try (var r = new BufferedReader(new InputStreamReader(UnitsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Stream<Arguments> sizes() throws IOException {
    return lines("units-sizes.csv").stream().map(l -> Arguments.of((Object[]) l.split(",")));
  }

  @ParameterizedTest(name = "{0} B")
  @MethodSource("sizes")
  void sizes(String bytes, String precision3, String human, String binary) {
    double b = new BigDecimal(bytes).doubleValue();
    assertThat(Units.humanSizeWithPrecision(b, 3)).isEqualTo(precision3);
    assertThat(Units.humanSize(b)).isEqualTo(human);
    assertThat(Units.bytesSize(b)).isEqualTo(binary);
  }

  @Test
  void sizeTableIsComplete() throws IOException {
    assertThat(lines("units-sizes.csv")).hasSizeGreaterThan(70);
  }

  @Test
  void realDockerOutputs() {
    assertThat(Units.bytesSize(25276514304.0)).isEqualTo("23.54GiB");
    assertThat(Units.humanSize(5003)).isEqualTo("5.003kB");
    assertThat(Units.humanSizeWithPrecision(1982256, 3)).isEqualTo("1.98MB");
  }

  private static final Pattern PART = Pattern.compile("(-?[0-9.]+)(ms|s|m|h|d)");

  static Duration parse(String spec) {
    Duration d = Duration.ZERO;
    Matcher m = PART.matcher(spec);
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group(1));
      long unitNanos =
          switch (m.group(2)) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
          };
      d = d.plusNanos(v.multiply(BigDecimal.valueOf(unitNanos)).longValueExact());
    }
    return d;
  }

  static Stream<Arguments> durations() throws IOException {
    return lines("units-durations.txt").stream().map(l -> Arguments.of((Object[]) l.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void durations(String duration, String expected) {
    assertThat(Units.humanDuration(parse(duration))).isEqualTo(expected);
  }

  @Test
  void durationParserReadsTheSpecNotation() {
    assertThat(parse("13d 23h30m")).isEqualTo(Duration.ofDays(13).plusHours(23).plusMinutes(30));
    assertThat(parse("-5s")).isEqualTo(Duration.ofSeconds(-5));
    assertThat(parse("1.999s")).isEqualTo(Duration.ofMillis(1999));
  }

  @Test
  void goFloatFormatting() {
    assertThat(GoFloat.formatG(999.5, 3)).isEqualTo("1e+03");
    assertThat(GoFloat.formatG(1.125, 3)).isEqualTo("1.12");
    assertThat(GoFloat.formatG(67108864, -1)).isEqualTo("6.7108864e+07");
    assertThat(GoFloat.formatG(0, 3)).isEqualTo("0");
    assertThat(GoFloat.formatJson(1e21)).isEqualTo("1e+21");
    assertThat(GoFloat.formatJson(1e-7)).isEqualTo("1e-7");
    assertThat(GoFloat.formatJson(67108864.5)).isEqualTo("67108864.5");
  }
}
