package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.image.ImageConfig;
import org.junit.jupiter.api.Test;

class NonRecursiveTargetsTest {
  @Test
  void onlyBindsAskedToBeNonRecursive() throws Exception {
    var config = ImageConfig.MAPPER.readTree("{\"Mounts\":["
        + "{\"Type\":\"bind\",\"Source\":\"/a\",\"Target\":\"/foo/\",\"BindOptions\":{\"NonRecursive\":true}},"
        + "{\"Type\":\"bind\",\"Source\":\"/a\",\"Target\":\"/bar\",\"BindOptions\":{}},"
        + "{\"Type\":\"volume\",\"Target\":\"/baz\"}]}");
    assertThat(ContainerLifecycle.nonRecursiveTargets(config)).containsExactly("/foo");
  }
}
