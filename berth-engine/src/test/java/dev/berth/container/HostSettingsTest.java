package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import org.junit.jupiter.api.Test;

/** Expected texts from dockerd 20.10.24 (docker create with the same flags). */
class HostSettingsTest {
  private static ObjectNode config(String json) {
    return (ObjectNode) ContainerConfigs.parse(json);
  }

  @Test
  void restartPoliciesAreCheckedWithTheDaemonsMessages() {
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":-1}}}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("maximum retry count cannot be negative");
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"RestartPolicy\":{\"Name\":\"bogus\"}}}")))
        .hasMessage("invalid restart policy 'bogus'");
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":3}}}")))
        .hasMessage("maximum retry count cannot be used with restart policy 'always'");
  }

  @Test
  void restartPolicyDefaultsToNoAndKeepsAnEmptyName() {
    assertThat(HostSettings.restartPolicy(ImageConfig.MAPPER.createObjectNode()).toString())
        .isEqualTo("{\"Name\":\"no\",\"MaximumRetryCount\":0}");
    assertThat(HostSettings.restartPolicy(config("{\"RestartPolicy\":{\"Name\":\"\"}}")).toString())
        .isEqualTo("{\"Name\":\"\",\"MaximumRetryCount\":0}");
  }

  @Test
  void resourceAndLogChecks() {
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"Memory\":1}}")))
        .hasMessage("Minimum memory limit allowed is 6MB");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"OomScoreAdj\":1001}}")))
        .hasMessage("Invalid value 1001, range for oom score adj is [-1000, 1000]");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"CpusetCpus\":\"1-10,11--\"}}")))
        .hasMessage("Invalid value 1-10,11-- for cpuset cpus: invalid format: 1-10,11--");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"CapAdd\":[\"CAP_CHPASS\"]}}")))
        .hasMessage("invalid CapAdd: unknown capability: \"CAP_CHPASS\"");
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"LogConfig\":{\"Type\":\"\",\"Config\":{\"invalid\":\"true\"}}}}")))
        .hasMessage("unknown log opt 'invalid' for json-file log driver");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"StopSignal\":\"FOO\"}")))
        .hasMessage("Invalid signal: FOO");
  }

  @Test
  void aMemoryLimitGetsAsMuchSwap() {
    ObjectNode c = config("{\"HostOptions\":{\"Memory\":314572800}}");
    HostSettings.validate(c);
    assertThat(c.path("HostOptions").path("MemorySwap").asLong()).isEqualTo(629145600L);
  }

  @Test
  void logDetailsAreTheNamedLabelsAndEnvSortedByKey() {
    ObjectNode c = config("{\"Labels\":{\"foo\":\"bar\",\"x\":\"y\"},\"Env\":[\"PATH=/bin\",\"baz=qux\"],"
        + "\"HostOptions\":{\"LogConfig\":{\"Config\":{\"labels\":\"foo\",\"env\":\"baz\"}}}}");
    assertThat(HostSettings.logDetails(c)).isEqualTo("baz=qux,foo=bar");
    assertThat(HostSettings.logDetails(config("{}"))).isEmpty();
  }
}
