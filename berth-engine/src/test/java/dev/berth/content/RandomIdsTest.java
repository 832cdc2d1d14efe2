package dev.berth.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RandomIdsTest {
  @Test
  void idsAre64HexDigitsAndDiffer() {
    String a = RandomIds.id();
    assertThat(a).matches("[0-9a-f]{64}");
    assertThat(RandomIds.id()).isNotEqualTo(a);
    assertThat(RandomIds.hex(6)).matches("[0-9a-f]{12}");
  }
}
