package dev.berth.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
  }

  @Test
  void changedLineIsShownAsRemovalThenAdditionWithContext() {
    String expected = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String actual = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    assertThat(UnifiedDiff.of("docker", expected, "berth", actual)).isEqualTo("""
        --- docker
        +++ berth
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void missingTrailingLinesAreRemovals() {
    assertThat(UnifiedDiff.of("docker", "a\nb\n", "berth", "a\n")).isEqualTo("""
        --- docker
        +++ berth
        @@ -1,2 +1,1 @@
         a
        -b
        """);
  }

  @Test
  void differenceOnlyInTheFinalNewlineIsReported() {
    assertThat(UnifiedDiff.of("docker", "a\n", "berth", "a")).isNotEmpty();
  }
}
