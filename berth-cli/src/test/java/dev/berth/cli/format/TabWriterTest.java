package dev.berth.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TabWriterTest {
  private static final TabWriter DOCKER = TabWriter.dockerTable(RuneWidth.fromEnvironment(Map.of()));

  @ParameterizedTest
  @ValueSource(strings = {
      "REPOSITORY\tTAG\tIMAGE ID\nbusybox\tlatest\t1234\n",
      "A\tB\nlonger-than-ten\tx\n\nafter\tblank\n",
      "a\tb\tc\nx\n1\t2\t3\tno newline",
      "", "\n", "\t\t\n", "one\ttrailing\t\n",
      "日本語\tx\nab\ty\n",
  })
  void tabsAndNewlinesAsTheGeneralWriter(String text) {
    assertThat(DOCKER.formatTabsAndNewlines(text)).isEqualTo(DOCKER.formatGeneral(text));
  }

  @ParameterizedTest
  @MethodSource("randomTables")
  void randomTablesAsTheGeneralWriter(String text) {
    assertThat(DOCKER.formatTabsAndNewlines(text)).isEqualTo(DOCKER.formatGeneral(text));
    assertThat(DOCKER.format(text)).isEqualTo(DOCKER.formatGeneral(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\tb\fc\td\n", "a\u000bb\nccccccccccccccc\u000bd\n"})
  void formFeedsAndVerticalTabsUseTheGeneralWriter(String text) {
    assertThat(DOCKER.format(text)).isEqualTo(DOCKER.formatGeneral(text));
  }

  @org.junit.jupiter.api.Test
  void padsToTheWidestCellPlusThree() {
    assertThat(DOCKER.format("REPOSITORY\tTAG\nbusybox-with-a-long-name\tlatest\n"))
        .isEqualTo("REPOSITORY                 TAG\nbusybox-with-a-long-name   latest\n");
  }

  static Stream<String> randomTables() {
    Random r = new Random(20261128L);
    String alphabet = "ab\t\n xyz-0123456789";
    return Stream.generate(() -> {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(200);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return sb.toString();
    }).limit(300);
  }
}
