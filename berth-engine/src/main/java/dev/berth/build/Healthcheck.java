package dev.berth.build;

import dev.berth.units.GoDuration;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A HEALTHCHECK instruction's configuration, checked with Docker's rules and messages. Durations
 * are nanoseconds (0: not set).
 */
record Healthcheck(List<String> test, long interval, long timeout, long startPeriod, int retries) {
  private static final long MINIMUM = 1_000_000L; // Docker's container.MinimumDuration, 1ms

  /** @throws IllegalArgumentException with Docker's message */
  static Healthcheck parse(Instruction in) {
    List<String> a = in.args();
    String type = a.getFirst().toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (a.size() > 1) {
        throw new IllegalArgumentException("HEALTHCHECK NONE takes no arguments");
      }
      return new Healthcheck(List.of("NONE"), 0, 0, 0, 0);
    }
    if (!type.equals("CMD")) {
      throw new IllegalArgumentException("Unknown type " + GoQuote.quote(type) + " in HEALTHCHECK (try CMD)");
    }
    List<String> cmd = a.subList(1, a.size());
    if (cmd.isEmpty()) {
      throw new IllegalArgumentException("Missing command after HEALTHCHECK CMD");
    }
    List<String> test = new ArrayList<>();
    test.add(in.json() ? "CMD" : "CMD-SHELL");
    test.addAll(cmd);
    long interval = duration(in, "interval");
    long timeout = duration(in, "timeout");
    long start = duration(in, "start-period");
    String r = DockerfileParser.flag(in, "retries");
    int retries = 0;
    if (!r.isEmpty()) {
      long v;
      try {
        v = Long.parseLong(r);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("strconv.ParseInt: parsing " + GoQuote.quote(r) + ": invalid syntax");
      }
      if (v < 1) {
        throw new IllegalArgumentException("--retries must be at least 1 (not " + v + ")");
      }
      retries = (int) v;
    }
    return new Healthcheck(List.copyOf(test), interval, timeout, start, retries);
  }

  private static long duration(Instruction in, String name) {
    String s = DockerfileParser.flag(in, name);
    if (s.isEmpty()) {
      return 0;
    }
    long d = GoDuration.parse(s);
    if (d < MINIMUM) {
      throw new IllegalArgumentException("Interval " + GoQuote.quote(name) + " cannot be less than 1ms");
    }
    return d;
  }

  /** Go's {@code %q} of the {@code *HealthConfig}, as the history comment shows it. */
  String comment() {
    return "&{" + GoQuote.list(test) + " " + GoQuote.quote(GoDuration.format(interval)) + " "
        + GoQuote.quote(GoDuration.format(timeout)) + " " + GoQuote.quote(GoDuration.format(startPeriod)) + " "
        + GoQuote.rune(retries) + "}";
  }

  /** The config's {@code Healthcheck} object (zero fields omitted, as Go's omitempty does). */
  ObjectNode json() {
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.set("Test", Builder.array(test));
    if (interval != 0) {
      n.put("Interval", interval);
    }
    if (timeout != 0) {
      n.put("Timeout", timeout);
    }
    if (startPeriod != 0) {
      n.put("StartPeriod", startPeriod);
    }
    if (retries != 0) {
      n.put("Retries", retries);
    }
    return n;
  }
}
