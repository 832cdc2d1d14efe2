package dev.berth.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The container's capability set from Docker's default set, {@code --cap-add} and {@code --cap-drop}. */
public final class Capabilities {
  /** Every capability, in kernel number order (CAP_CHOWN is 0). */
  private static final List<String> ALL_KNOWN = List.of("CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
      "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST",
      "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE",
      "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
      "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
      "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

  private Capabilities() {}

  /**
   * Docker's rule (oci/caps TweakCapabilities): {@code ALL} in the additions gives every
   * capability the kernel has minus the drops; {@code ALL} in the drops gives just the additions;
   * otherwise the defaults minus the drops plus the additions. Names carry the {@code CAP_} prefix.
   */
  public static List<String> effective(List<String> add, List<String> drop) {
    List<String> out = new ArrayList<>();
    if (add.contains("ALL")) {
      kernel().stream().filter(c -> !drop.contains(c)).forEach(out::add);
    } else if (drop.contains("ALL")) {
      add.stream().filter(c -> !out.contains(c)).forEach(out::add);
    } else {
      OciSpecBuilder.DEFAULT_CAPABILITIES.stream().filter(c -> !drop.contains(c)).forEach(out::add);
      add.stream().filter(c -> !out.contains(c)).forEach(out::add);
    }
    return out;
  }

  /** The capabilities this kernel knows ({@code /proc/sys/kernel/cap_last_cap}). */
  static List<String> kernel() {
    int last = ALL_KNOWN.size() - 1;
    // read line-wise: a whole-file read of this procfs file can stop after its first byte
    try (var r = Files.newBufferedReader(Path.of("/proc/sys/kernel/cap_last_cap"))) {
      last = Math.min(last, Integer.parseInt(String.valueOf(r.readLine()).strip()));
    } catch (IOException | NumberFormatException e) {
      // an unreadable /proc: every capability berth knows
    }
    return ALL_KNOWN.subList(0, last + 1).stream().map(c -> "CAP_" + c).toList();
  }
}
