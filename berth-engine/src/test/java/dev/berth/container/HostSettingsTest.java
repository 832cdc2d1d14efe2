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
  void portBindingsAreCheckedLikeTheDaemon() {
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"PortBindings\":{\"8080/tcp\":[{\"HostIp\":\"\",\"HostPort\":\"aa80\"}]}}}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("invalid port specification: \"aa80\"");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"PortBindings\":{\"19039;1230\":[{}]}}}")))
        .hasMessage("invalid port specification: \"19039;1230\"");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"PortBindings\":{\"70000/udp\":[]}}}")))
        .hasMessage("invalid port specification: \"70000\"");
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"90-80\"}]}}}")))
        .hasMessage("invalid port specification: \"90-80\"");
    HostSettings.validate(config("{\"HostOptions\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"8000-8010\"},"
        + "{\"HostPort\":\"\"},{}],\"53/udp\":[{\"HostPort\":\"53/udp\"}]}}}"));
  }

  @Test
  void cpuAndMemoryControlsAreCheckedWithTheDaemonsMessages() {
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"NanoCpus\":500000000,\"CpuPeriod\":100000}}")))
        .hasMessage("Conflicting options: Nano CPUs and CPU Period cannot both be set");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"CpuPeriod\":-3}}")))
        .hasMessage("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
    assertThatThrownBy(() -> HostSettings.validate(config(
        "{\"HostOptions\":{\"Memory\":524288000,\"MemoryReservation\":838860800}}")))
        .hasMessage("Minimum memory limit can not be less than memory reservation limit, see usage");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"MemoryReservation\":1024}}")))
        .hasMessage("Minimum memory reservation allowed is 6MB");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"Memory\":16777216,\"MemorySwap\":15728640}}")))
        .hasMessage("Minimum memoryswap limit should be larger than memory limit, see usage");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"Tmpfs\":{\"/run\":\"foobar\"}}}")))
        .hasMessage("invalid tmpfs option [\"foobar\"]");
    assertThatThrownBy(() -> HostSettings.validate(config("{\"HostOptions\":{\"CpuShares\":-1}}")))
        .hasMessage("shares: invalid argument");
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

  @org.junit.jupiter.api.Test
  void aBlkioWeightThisKernelCannotApplyIsDiscardedWithDockerdsWarning() {
    java.util.List<String> warnings = new java.util.ArrayList<>();
    String config = "{\"HostOptions\":{\"BlkioWeight\":5}}";
    if (KernelCgroups.blkioWeight()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> HostSettings.discardUnsupported(config, warnings))
          .hasMessage("Range of blkio weight is from 10 to 1000.");
      return;
    }
    String kept = HostSettings.discardUnsupported(config, warnings);
    org.assertj.core.api.Assertions.assertThat(warnings).containsExactly(
        "Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.");
    org.assertj.core.api.Assertions.assertThat(kept).isEqualTo("{\"HostOptions\":{\"BlkioWeight\":0}}");
  }

  @Test
  void aPidsLimitOfZeroOrLessIsStoredAsNone() {
    java.util.List<String> warnings = new java.util.ArrayList<>();
    for (String v : new String[] {"0", "-1", "-5"}) {
      assertThat(HostSettings.discardUnsupported("{\"HostOptions\":{\"PidsLimit\":" + v + "}}", warnings))
          .isEqualTo("{\"HostOptions\":{\"PidsLimit\":null}}");
    }
    assertThat(HostSettings.discardUnsupported("{\"HostOptions\":{\"PidsLimit\":32}}", warnings))
        .isEqualTo("{\"HostOptions\":{\"PidsLimit\":32}}");
    assertThat(warnings).isEmpty();
  }

  @Test
  void theNetworkModesConflictsAreTheDaemons() {
    java.util.function.Function<String, String> err = json -> {
      try {
        HostSettings.checkNetworkMode(ContainerConfigs.parse(json));
        return "";
      } catch (dev.berth.errors.InvalidArgumentException e) {
        return e.getMessage();
      }
    };
    String c = "\"NetworkMode\":\"container:x\"";
    assertThat(err.apply("{" + c + ",\"HostOptions\":{\"PortBindings\":{\"80/tcp\":[]}},\"ExposedPorts\":{\"80/tcp\":{}}}"))
        .isEqualTo("conflicting options: port publishing and the container type network mode");
    assertThat(err.apply("{" + c + ",\"ExposedPorts\":{\"80/tcp\":{}}}"))
        .isEqualTo("conflicting options: port exposing and the container type network mode");
    assertThat(err.apply("{" + c + ",\"HostOptions\":{\"Links\":[\"a\"],\"Dns\":[\"1.1.1.1\"]}}"))
        .isEqualTo(Links.CONTAINER_NETWORK_AND_LINKS);
    assertThat(err.apply("{" + c + ",\"Hostname\":\"h\",\"HostOptions\":{\"Links\":[\"a\"]}}"))
        .isEqualTo("conflicting options: hostname and the network mode");
    assertThat(err.apply("{\"NetworkMode\":\"host\",\"HostOptions\":{\"Links\":[\"a\"]}}"))
        .isEqualTo(Links.HOST_NETWORK_AND_LINKS);
    assertThat(err.apply("{\"NetworkMode\":\"none\",\"ExposedPorts\":{\"80/tcp\":{}},\"HostOptions\":{\"Links\":[\"a\"]}}"))
        .isEmpty();
  }
}
