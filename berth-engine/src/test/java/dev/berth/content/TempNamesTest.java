package dev.berth.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TempNamesTest {
  @Test
  void namesAreDistinctAndStartWithThePid() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(TempNames.unique())).isTrue();
    }
    assertThat(TempNames.unique()).startsWith(ProcessHandle.current().pid() + "-")
        .matches("[0-9]+-[0-9a-f]+-[0-9]+");
  }
}
