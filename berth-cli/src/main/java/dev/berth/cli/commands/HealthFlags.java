package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.units.GoDuration;
import picocli.CommandLine.Option;

/**
 * The {@code create}/{@code run} healthcheck flags. The checks here are the docker CLI's own
 * (negative values, {@code --no-healthcheck} with another health flag); the daemon's (under 1ms)
 * are the engine's.
 */
public final class HealthFlags {
  @Option(names = "--health-cmd")
  String cmd;

  @Option(names = "--health-interval")
  String interval;

  @Option(names = "--health-timeout")
  String timeout;

  @Option(names = "--health-start-period")
  String startPeriod;

  @Option(names = "--health-retries")
  Integer retries;

  @Option(names = "--no-healthcheck")
  boolean noHealthcheck;

  /** Writes {@code Healthcheck} into {@code config} when a flag asks for one (zero values left out). */
  void apply(ObjectNode config) {
    long intervalNs = duration(interval, "--health-interval");
    long timeoutNs = duration(timeout, "--health-timeout");
    long startNs = duration(startPeriod, "--health-start-period");
    int tries = retries == null ? 0 : retries;
    boolean any = (cmd != null && !cmd.isEmpty()) || intervalNs != 0 || timeoutNs != 0 || startNs != 0 || tries != 0;
    if (noHealthcheck) {
      if (any) {
        throw new HostFlags.Invalid("--no-healthcheck conflicts with --health-* options", false);
      }
      config.putObject("Healthcheck").putArray("Test").add("NONE");
      return;
    }
    if (!any) {
      return;
    }
    for (Object[] check : new Object[][] {{intervalNs, "--health-interval"}, {timeoutNs, "--health-timeout"},
        {(long) tries, "--health-retries"}, {startNs, "--health-start-period"}}) {
      if ((long) check[0] < 0) {
        throw new HostFlags.Invalid(check[1] + " cannot be negative", false);
      }
    }
    ObjectNode hc = config.putObject("Healthcheck");
    if (cmd != null && !cmd.isEmpty()) {
      hc.putArray("Test").add("CMD-SHELL").add(cmd);
    }
    if (intervalNs != 0) {
      hc.put("Interval", intervalNs);
    }
    if (timeoutNs != 0) {
      hc.put("Timeout", timeoutNs);
    }
    if (startNs != 0) {
      hc.put("StartPeriod", startNs);
    }
    if (tries != 0) {
      hc.put("Retries", tries);
    }
  }

  private static long duration(String value, String flag) {
    if (value == null) {
      return 0;
    }
    try {
      return GoDuration.parse(value);
    } catch (IllegalArgumentException e) {
      throw new HostFlags.Invalid("invalid argument \"" + value + "\" for \"" + flag + "\" flag: " + e.getMessage(), true);
    }
  }
}
