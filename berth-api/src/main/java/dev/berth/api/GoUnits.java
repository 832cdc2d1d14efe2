package dev.berth.api;

/** go-units' {@code HumanDuration}, which the daemon uses for a container's status. */
final class GoUnits {
  private GoUnits() {}

  static String humanDuration(long ns) {
    long seconds = ns / 1_000_000_000L;
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds == 1) {
      return "1 second";
    }
    if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = seconds / 60;
    if (minutes == 1) {
      return "About a minute";
    }
    if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = Math.round(ns / 3_600_000_000_000.0);
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
    return (ns / 3_600_000_000_000L) / 24 / 365 + " years";
  }
}
