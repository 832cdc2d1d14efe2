package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container's healthcheck ({@code Config.Healthcheck}) with the daemon's defaults applied: a probe
 * every 30 s, 30 s to answer, 3 failures in a row to be unhealthy, no start period.
 *
 * @param test {@code ["CMD", argv...]} or {@code ["CMD-SHELL", command]}
 */
public record HealthConfig(List<String> test, Duration interval, Duration timeout, Duration startPeriod, int retries) {
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_RETRIES = 3;
  private static final long MINIMUM_NS = 1_000_000L; // the API's container.MinimumDuration, 1ms

  /**
   * The probe of a container config, if it has one that runs: none without a healthcheck, for
   * {@code NONE}, and for a test type the daemon does not know (it only warns).
   */
  public static Optional<HealthConfig> probeOf(JsonNode config) {
    JsonNode hc = config.path("Healthcheck");
    List<String> test = strings(hc.path("Test"));
    if (test.isEmpty() || !(test.getFirst().equals("CMD") || test.getFirst().equals("CMD-SHELL"))) {
      return Optional.empty();
    }
    return Optional.of(new HealthConfig(List.copyOf(test), orDefault(hc.path("Interval").asLong(0), DEFAULT_INTERVAL),
        orDefault(hc.path("Timeout").asLong(0), DEFAULT_TIMEOUT), Duration.ofNanos(hc.path("StartPeriod").asLong(0)),
        hc.path("Retries").asInt(0) <= 0 ? DEFAULT_RETRIES : hc.path("Retries").asInt()));
  }

  /** The command an exec runs: a shell form through the container's shell ({@code /bin/sh -c} by default). */
  public List<String> command(JsonNode config) {
    List<String> out = new ArrayList<>();
    if (test.getFirst().equals("CMD-SHELL")) {
      List<String> shell = strings(config.path("Shell"));
      out.addAll(shell.isEmpty() ? List.of("/bin/sh", "-c") : shell);
    }
    out.addAll(test.subList(1, test.size()));
    return out;
  }

  /** The daemon's checks of a healthcheck given at create (durations under 1ms, negative retries). */
  public static void validate(JsonNode config) {
    JsonNode hc = config.path("Healthcheck");
    if (!hc.isObject()) {
      return;
    }
    check(hc, "Interval", "Interval");
    check(hc, "Timeout", "Timeout");
    if (hc.path("Retries").asLong(0) < 0) {
      throw new InvalidArgumentException("Retries in Healthcheck cannot be negative");
    }
    check(hc, "StartPeriod", "StartPeriod");
  }

  private static void check(JsonNode hc, String field, String name) {
    long ns = hc.path(field).asLong(0);
    if (ns != 0 && ns < MINIMUM_NS) {
      throw new InvalidArgumentException(name + " in Healthcheck cannot be less than 1ms");
    }
  }

  /**
   * The daemon's merge at create: the image's healthcheck fills what the user's leaves unset (the
   * test, each duration, the retries), or stands alone when the user gave none.
   */
  public static void mergeImage(ObjectNode config, JsonNode imageConfig) {
    JsonNode image = imageConfig.path("Healthcheck");
    if (!image.isObject()) {
      return;
    }
    if (!(config.get("Healthcheck") instanceof ObjectNode user)) {
      config.set("Healthcheck", image.deepCopy());
      return;
    }
    ObjectNode merged = ImageConfig.MAPPER.createObjectNode();
    merged.set("Test", strings(user.path("Test")).isEmpty() ? image.get("Test") : user.get("Test"));
    for (String f : List.of("Interval", "Timeout", "StartPeriod", "Retries")) {
      JsonNode v = user.path(f).asLong(0) == 0 ? image.get(f) : user.get(f);
      if (v != null && !v.isNull() && v.asLong(0) != 0) {
        merged.set(f, v);
      }
    }
    if (merged.get("Test") == null || merged.get("Test").isNull()) {
      merged.remove("Test");
    }
    config.set("Healthcheck", merged);
  }

  private static Duration orDefault(long ns, Duration dflt) {
    return ns == 0 ? dflt : Duration.ofNanos(ns);
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
