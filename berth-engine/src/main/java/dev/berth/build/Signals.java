package dev.berth.build;

import java.util.Locale;
import java.util.Set;

/** Docker's signal parsing for STOPSIGNAL: a non-zero number or a Linux signal name, SIG optional. */
final class Signals {
  private static final Set<String> NAMES = Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL",
      "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
      "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX",
      "UNUSED");

  private Signals() {}

  static boolean valid(String raw) {
    try {
      return Integer.parseInt(raw) != 0;
    } catch (NumberFormatException e) {
      String n = raw.toUpperCase(Locale.ROOT);
      n = n.startsWith("SIG") ? n.substring(3) : n;
      if (NAMES.contains(n)) {
        return true;
      }
      if (n.matches("RTMIN\\+([1-9]|1[0-5])") || n.matches("RTMAX-([1-9]|1[0-4])")) {
        return true;
      }
      return false;
    }
  }
}
