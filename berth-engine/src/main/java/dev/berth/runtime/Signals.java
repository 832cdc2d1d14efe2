package dev.berth.runtime;

import dev.berth.errors.InvalidArgumentException;
import java.util.List;
import java.util.Locale;

/** Linux signal names and numbers, parsed the way Docker accepts them (KILL, SIGKILL, 9). */
public final class Signals {
  // Index = signal number (x86-64/arm64 numbering).
  private static final List<String> NAMES =
      List.of("", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
          "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
          "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");

  public static final int SIGTERM = 15;
  public static final int SIGKILL = 9;

  private Signals() {}

  /** The number of a signal given as a name (with or without SIG) or a number. */
  public static int number(String signal) {
    String s = signal.strip().toUpperCase(Locale.ROOT);
    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(s);
      if (n >= 1 && n <= 64) {
        return n;
      }
    } else {
      String name = s.startsWith("SIG") ? s.substring(3) : s;
      int i = NAMES.indexOf(name);
      if (i > 0) {
        return i;
      }
      if (name.equals("IOT")) {
        return 6;
      }
      if (name.equals("POLL")) {
        return 29;
      }
      int rt = name.startsWith("RTMIN") ? realtime(34, name.substring(5))
          : name.startsWith("RTMAX") ? realtime(64, name.substring(5)) : -1;
      if (rt > 0) {
        return rt;
      }
    }
    throw new InvalidArgumentException("Invalid signal: " + signal);
  }

  // RTMIN+n / RTMAX-n; -1 when the offset is not a valid number in range.
  private static int realtime(int base, String offset) {
    if (offset.isEmpty()) {
      return base;
    }
    try {
      int n = base + Integer.parseInt(offset);
      return n >= 34 && n <= 64 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * A signal as the daemon's kill endpoint parses it, before it looks the container up: any
   * integer but 0 (Go's {@code strconv.Atoi}), else a name of the platform's signal table.
   *
   * @throws InvalidArgumentException {@code Invalid signal: RAW}
   */
  public static long parseForKill(String raw) {
    if (raw.matches("[+-]?[0-9]+")) {
      long n;
      try {
        n = Long.parseLong(raw.startsWith("+") ? raw.substring(1) : raw);
      } catch (NumberFormatException e) {
        throw new InvalidArgumentException("Invalid signal: " + raw);
      }
      if (n == 0) {
        throw new InvalidArgumentException("Invalid signal: " + raw);
      }
      return n;
    }
    return number(raw);
  }

  /** Whether Linux has signal {@code n} in Docker's table: 1-31 and the real-time 34-64. */
  public static boolean supported(long n) {
    return (n >= 1 && n <= 31) || (n >= 34 && n <= 64);
  }
}
