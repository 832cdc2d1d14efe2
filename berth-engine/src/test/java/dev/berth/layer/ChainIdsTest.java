package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.content.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainIdsTest {
  // diff IDs and layerdb chain IDs of the real 20.10 daemon after loading archive/mini.tar
  static final Digest BASE = Digest.parse("sha256:9989fb9f57a86ba692767a635a86ee83388e32ce31ce0b597e0ee2a94e39e1c7");
  static final Digest SECOND = Digest.parse("sha256:cc4da5b3f7072f472eeae7748147557d8f805d5714205749f8f6a68f1f08f758");

  @Test
  void chainOfTwoLayersMatchesDocker() {
    assertThat(ChainIds.of(List.of(BASE, SECOND)))
        .containsExactly(BASE, Digest.ofHex("0a935fa62e50284dd684a41a2212ffcfed8b4dd2c59ec448dba16139b01c2aca"));
    assertThat(ChainIds.top(List.of(BASE))).isEqualTo(BASE);
  }

  @Test
  void digestHelpers() {
    assertThat(BASE.shortId()).isEqualTo("9989fb9f57a8");
    assertThat(BASE.toString()).startsWith("sha256:9989");
    assertThat(Digest.isValid("sha256:abc")).isFalse();
    assertThat(Digest.isValid(BASE.toString())).isTrue();
  }
}
