package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * A container's {@code --restart} policy and the daemon's rule for applying it when the container's
 * process ends: {@code always} restarts unless the restart was cancelled (stop, or a kill with
 * SIGKILL or the stop signal), {@code unless-stopped} also not after any kill, {@code on-failure[:N]}
 * only after a non-zero exit and at most N times (0: no limit).
 */
public record RestartPolicy(String name, int maximumRetryCount) {
  /** The first delay before a restart; each further one doubles, up to {@link #MAX_DELAY}. */
  static final Duration FIRST_DELAY = Duration.ofMillis(100);
  static final Duration MAX_DELAY = Duration.ofMinutes(1);
  /** A run at least this long starts the delays over. */
  static final Duration RESET_AFTER = Duration.ofSeconds(10);

  /** The policy of a container's stored config; {@code no} when none was given. */
  public static RestartPolicy of(JsonNode containerConfig) {
    JsonNode p = HostSettings.restartPolicy(HostSettings.of(containerConfig));
    String name = p.path("Name").asText("");
    return new RestartPolicy(name.isEmpty() ? "no" : name, p.path("MaximumRetryCount").asInt(0));
  }

  public boolean none() {
    return name.equals("no");
  }

  /**
   * Whether a container whose process ended with {@code exitCode} after running {@code ran} is
   * started again, given what happened before ({@code state}); the state to keep if so.
   */
  public Optional<RestartState> next(RestartState state, int exitCode, Duration ran) {
    if (none() || state.cancelled()) {
      return Optional.empty();
    }
    boolean restart = switch (name) {
      case "always" -> true;
      case "unless-stopped" -> !state.manuallyStopped();
      case "on-failure" -> exitCode != 0 && (maximumRetryCount == 0 || state.count() < maximumRetryCount);
      default -> false;
    };
    if (!restart) {
      return Optional.empty();
    }
    Duration previous = ran.compareTo(RESET_AFTER) >= 0 ? Duration.ZERO : state.delay();
    Duration delay = previous.isZero() ? FIRST_DELAY : previous.multipliedBy(2);
    if (delay.compareTo(MAX_DELAY) > 0) {
      delay = MAX_DELAY;
    }
    return Optional.of(new RestartState(state.count() + 1, delay, state.manuallyStopped(), false, 0));
  }
}
