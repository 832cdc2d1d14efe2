package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
  private static final Duration SHORT = Duration.ofMillis(50);

  @Test
  void noPolicyNeverRestarts() {
    assertThat(new RestartPolicy("no", 0).next(RestartState.FRESH, 1, SHORT)).isEmpty();
  }

  @Test
  void alwaysRestartsAfterAnyExitUnlessCancelled() {
    RestartPolicy always = new RestartPolicy("always", 0);
    assertThat(always.next(RestartState.FRESH, 0, SHORT)).map(RestartState::count).contains(1);
    assertThat(always.next(RestartState.FRESH.stoppedByUser(), 0, SHORT)).isPresent();
    assertThat(always.next(RestartState.FRESH.cancel(), 0, SHORT)).isEmpty();
  }

  @Test
  void unlessStoppedDoesNotRestartAfterTheUserKilledIt() {
    RestartPolicy unlessStopped = new RestartPolicy("unless-stopped", 0);
    assertThat(unlessStopped.next(RestartState.FRESH, 2, SHORT)).isPresent();
    assertThat(unlessStopped.next(RestartState.FRESH.stoppedByUser(), 2, SHORT)).isEmpty();
  }

  @Test
  void onFailureRestartsOnlyNonZeroExitsUpToTheMaximum() {
    RestartPolicy threeTimes = new RestartPolicy("on-failure", 3);
    assertThat(threeTimes.next(RestartState.FRESH, 0, SHORT)).isEmpty();
    RestartState s = RestartState.FRESH;
    for (int i = 1; i <= 3; i++) {
      s = threeTimes.next(s, 1, SHORT).orElseThrow();
      assertThat(s.count()).isEqualTo(i);
    }
    assertThat(threeTimes.next(s, 1, SHORT)).isEmpty();
    // 0: no limit
    assertThat(new RestartPolicy("on-failure", 0).next(new RestartState(50, Duration.ZERO, false, false, 0), 1, SHORT))
        .isPresent();
  }

  @Test
  void delaysDoubleFrom100msUpToAMinuteAndStartOverAfterALongRun() {
    RestartPolicy always = new RestartPolicy("always", 0);
    RestartState s = RestartState.FRESH;
    long[] expected = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000};
    for (long millis : expected) {
      s = always.next(s, 1, SHORT).orElseThrow();
      assertThat(s.delay()).isEqualTo(Duration.ofMillis(millis));
    }
    Optional<RestartState> afterLongRun = always.next(s, 1, Duration.ofSeconds(10));
    assertThat(afterLongRun).map(RestartState::delay).contains(Duration.ofMillis(100));
  }

  @Test
  void readsThePolicyFromTheStoredConfig() {
    ObjectNode config = ImageConfig.MAPPER.createObjectNode();
    assertThat(RestartPolicy.of(config)).isEqualTo(new RestartPolicy("no", 0));
    ObjectNode policy = config.putObject(HostSettings.CONFIG_KEY).putObject("RestartPolicy");
    policy.put("Name", "on-failure");
    policy.put("MaximumRetryCount", 3);
    assertThat(RestartPolicy.of(config)).isEqualTo(new RestartPolicy("on-failure", 3));
  }
}
