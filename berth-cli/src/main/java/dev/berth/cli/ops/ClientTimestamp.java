package dev.berth.cli.ops;

import dev.berth.cli.CommandFailed;
import dev.berth.errors.BerthException;
import dev.berth.image.TimeFilter;
import java.util.regex.Pattern;

/**
 * What the docker CLI sends for {@code --since}/{@code --until} ({@code GetTimestamp}): a duration
 * as whole seconds before now, a date as {@code seconds.nanoseconds}, a Unix timestamp as given;
 * anything else fails on the client.
 */
public final class ClientTimestamp {
  private static final Pattern DURATION = Pattern.compile("[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h))+");
  private static final Pattern UNIX = Pattern.compile("[-+]?\\d+(\\.[-+]?\\d+)?");

  private ClientTimestamp() {}

  /** {@link #of} for a logs request: the client's error names the parameter. */
  public static String forLogs(String param, String value, long nowNs) {
    try {
      return of(value, nowNs);
    } catch (CommandFailed e) {
      throw new CommandFailed("invalid value for \"" + param + "\": " + e.getMessage(), 1);
    }
  }

  /** "" for a value that is null or empty. */
  public static String of(String value, long nowNs) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    long ns;
    try {
      ns = TimeFilter.parse(value, nowNs);
    } catch (BerthException e) {
      throw new CommandFailed(e.getMessage(), 1);
    }
    if (DURATION.matcher(value).matches() && !value.equals("0")) {
      return Long.toString(Math.floorDiv(ns, 1_000_000_000L));
    }
    if (UNIX.matcher(value).matches() && !value.contains("-")) {
      return value;
    }
    return Math.floorDiv(ns, 1_000_000_000L) + "." + String.format("%09d", Math.floorMod(ns, 1_000_000_000L));
  }
}
