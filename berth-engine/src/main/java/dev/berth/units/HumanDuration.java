package dev.berth.units;

import java.time.Duration;

/**
 * go-units' {@code HumanDuration}, in the engine because the daemon itself uses it (container
 * status texts) as well as the CLI ("3 hours ago").
 */
public final class HumanDuration {
  private HumanDuration() {}

  /** HumanDuration: "Less than a second", "About a minute", "3 hours", "2 weeks", ... */
  public static String of(Duration d) {
    long seconds = d.getSeconds();
    if (d.isNegative() && d.getNano() > 0) {
      seconds += 1; // truncate toward zero
    }
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds == 1) {
      return "1 second";
    }
    if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = d.toMinutes();
    if (minutes == 1) {
      return "About a minute";
    }
    if (minutes < 60) {
      return minutes + " minutes";
    }
    long nanos = d.toNanos();
    long hourNanos = 3_600_000_000_000L;
    double exactHours = (double) (nanos / hourNanos) + (double) (nanos % hourNanos) / 3.6e12;
    long hours = (long) (exactHours + 0.5);
    if (hours == 1) {
      return "About an hour";
    }
    if (hours < 48) {
      return hours + " hours";
    }
    if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    }
    if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return (long) exactHours / 24 / 365 + " years";
  }
}
