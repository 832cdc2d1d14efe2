package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import org.junit.jupiter.api.Test;

class ResourceUpdateTest {
  private static JsonNode json(String s) throws Exception {
    return ImageConfig.MAPPER.readTree(s);
  }

  @Test
  void zeroFieldsLeaveTheCurrentValues() throws Exception {
    JsonNode merged = ResourceUpdate.merge(json("{\"Memory\":314572800,\"MemorySwap\":629145600,\"CpuShares\":800}"),
        json("{\"Memory\":524288000,\"CpuShares\":0}"), false);
    assertThat(merged.path("Memory").asLong()).isEqualTo(524288000L);
    assertThat(merged.path("CpuShares").asLong()).isEqualTo(800);
    assertThat(merged.path("MemorySwap").asLong()).isEqualTo(629145600L);
  }

  @Test
  void aZeroOrNegativePidsLimitRemovesTheLimitAndIsStoredAsZero() throws Exception {
    JsonNode host = json("{\"PidsLimit\":32}");
    assertThat(ResourceUpdate.merge(host, json("{\"PidsLimit\":16}"), false).path("PidsLimit").asLong()).isEqualTo(16);
    assertThat(ResourceUpdate.merge(host, json("{\"CpuShares\":512}"), false).path("PidsLimit").asLong()).isEqualTo(32);
    for (String unset : new String[] {"0", "-1", "-2"}) {
      JsonNode merged = ResourceUpdate.merge(host, json("{\"PidsLimit\":" + unset + "}"), false);
      assertThat(merged.path("PidsLimit").isNumber()).isTrue();
      assertThat(merged.path("PidsLimit").asLong()).isZero();
    }
  }

  @Test
  void memoryOverTheSwapLimitNeedsANewSwapLimit() throws Exception {
    JsonNode host = json("{\"Memory\":314572800,\"MemorySwap\":629145600}");
    assertThatThrownBy(() -> ResourceUpdate.merge(host, json("{\"Memory\":838860800}"), false))
        .isInstanceOf(ConflictException.class).hasMessageStartingWith("Memory limit should be smaller");
    JsonNode merged = ResourceUpdate.merge(host, json("{\"Memory\":838860800,\"MemorySwap\":1048576000}"), false);
    assertThat(merged.path("MemorySwap").asLong()).isEqualTo(1048576000L);
  }

  @Test
  void cpuQuotaAndNanoCpusExcludeEachOther() throws Exception {
    assertThatThrownBy(() -> ResourceUpdate.merge(json("{\"NanoCpus\":500000000}"), json("{\"CpuQuota\":80000}"), false))
        .hasMessage("Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set");
    assertThatThrownBy(() -> ResourceUpdate.merge(json("{\"CpuQuota\":50000}"), json("{\"NanoCpus\":800000000}"), false))
        .hasMessage("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set");
    assertThat(ResourceUpdate.merge(json("{\"NanoCpus\":500000000}"), json("{\"NanoCpus\":800000000}"), false)
        .path("NanoCpus").asLong()).isEqualTo(800000000L);
  }

  @Test
  void aRestartPolicyCannotBeSetOnAnAutoRemoveContainer() throws Exception {
    JsonNode always = json("{\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":0}}");
    assertThatThrownBy(() -> ResourceUpdate.merge(json("{}"), always, true))
        .hasMessage("Restart policy cannot be updated because AutoRemove is enabled for the container");
    JsonNode no = json("{\"RestartPolicy\":{\"Name\":\"no\",\"MaximumRetryCount\":0}}");
    assertThat(ResourceUpdate.merge(json("{}"), no, true).path("RestartPolicy").path("Name").asText()).isEqualTo("no");
  }

  @Test
  void theUpdateItselfIsCheckedLikeACreate() throws Exception {
    assertThatThrownBy(() -> ResourceUpdate.validate(json("{\"Memory\":2097152}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("Minimum memory limit allowed is 6MB");
    assertThatThrownBy(() -> ResourceUpdate.validate(json("{\"RestartPolicy\":{\"Name\":\"sometimes\"}}")))
        .hasMessage("invalid restart policy 'sometimes'");
    JsonNode update = json("{\"Memory\":524288000}");
    ResourceUpdate.validate(update);
    assertThat(update.has("MemorySwap")).isFalse(); // checked on a copy: no default swap added to the update
  }
}
