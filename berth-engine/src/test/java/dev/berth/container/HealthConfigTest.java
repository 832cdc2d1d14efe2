package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthConfigTest {
  private static ObjectNode json(String s) throws Exception {
    return (ObjectNode) ImageConfig.MAPPER.readTree(s);
  }

  @Test
  void appliesTheDaemonsDefaults() throws Exception {
    HealthConfig hc = HealthConfig.probeOf(json("{\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"true\"]}}")).orElseThrow();
    assertThat(hc.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(hc.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(hc.startPeriod()).isZero();
    assertThat(hc.retries()).isEqualTo(3);
  }

  @Test
  void noneAnUnknownTypeAndNoHealthcheckHaveNoProbe() throws Exception {
    assertThat(HealthConfig.probeOf(json("{\"Healthcheck\":{\"Test\":[\"NONE\"]}}"))).isEmpty();
    assertThat(HealthConfig.probeOf(json("{\"Healthcheck\":{\"Test\":[\"EXEC\",\"true\"]}}"))).isEmpty();
    assertThat(HealthConfig.probeOf(json("{}"))).isEmpty();
  }

  @Test
  void aShellTestRunsThroughTheContainersShell() throws Exception {
    HealthConfig hc = HealthConfig.probeOf(json("{\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"cat /x\"]}}")).orElseThrow();
    assertThat(hc.command(json("{}"))).containsExactly("/bin/sh", "-c", "cat /x");
    assertThat(hc.command(json("{\"Shell\":[\"/bin/bash\",\"-xc\"]}"))).containsExactly("/bin/bash", "-xc", "cat /x");
    HealthConfig exec = HealthConfig.probeOf(json("{\"Healthcheck\":{\"Test\":[\"CMD\",\"cat\",\"/my x\"]}}")).orElseThrow();
    assertThat(exec.command(json("{}"))).containsExactly("cat", "/my x");
  }

  @Test
  void rejectsDurationsUnderOneMillisecondAndNegativeRetries() throws Exception {
    assertThatThrownBy(() -> HealthConfig.validate(json("{\"Healthcheck\":{\"Interval\":999999}}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("Interval in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> HealthConfig.validate(json("{\"Healthcheck\":{\"Timeout\":1}}")))
        .hasMessage("Timeout in Healthcheck cannot be less than 1ms");
    assertThatThrownBy(() -> HealthConfig.validate(json("{\"Healthcheck\":{\"Retries\":-1}}")))
        .hasMessage("Retries in Healthcheck cannot be negative");
    assertThatThrownBy(() -> HealthConfig.validate(json("{\"Healthcheck\":{\"StartPeriod\":10}}")))
        .hasMessage("StartPeriod in Healthcheck cannot be less than 1ms");
    HealthConfig.validate(json("{\"Healthcheck\":{\"Interval\":1000000,\"Retries\":0}}"));
  }

  @Test
  void theImageFillsWhatTheUserLeftUnset() throws Exception {
    ObjectNode image = json("{\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"cat /status\"],\"Interval\":1000000000,"
        + "\"Timeout\":30000000000,\"Retries\":2}}");
    ObjectNode user = json("{\"Healthcheck\":{\"Interval\":5000000000}}");
    HealthConfig.mergeImage(user, image);
    assertThat(user.get("Healthcheck").toString()).isEqualTo(
        "{\"Test\":[\"CMD-SHELL\",\"cat /status\"],\"Interval\":5000000000,\"Timeout\":30000000000,\"Retries\":2}");
    ObjectNode none = json("{}");
    HealthConfig.mergeImage(none, image);
    assertThat(none.get("Healthcheck")).isEqualTo(image.get("Healthcheck"));
    ObjectNode disabled = json("{\"Healthcheck\":{\"Test\":[\"NONE\"]}}");
    HealthConfig.mergeImage(disabled, image);
    assertThat(HealthConfig.probeOf(disabled)).isEmpty();
    ObjectNode noImage = json("{\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"]}}");
    HealthConfig.mergeImage(noImage, json("{}"));
    assertThat(noImage.path("Healthcheck").path("Test").size()).isEqualTo(2);
    assertThat(List.of(noImage.path("Healthcheck").fieldNames().next())).containsExactly("Test");
  }
}
