package dev.berth.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host options that become cgroup values, kernel parameters and extra mounts of the container:
 * {@code --cpu-shares}, {@code --pids-limit}, {@code --shm-size}, {@code --sysctl}, {@code --tmpfs} and
 * the {@link Cgroup} values of the CPU and memory flags.
 *
 * @param cpuShares the cgroup's relative CPU weight, 0 for the default
 * @param pidsLimit the most processes, 0 (or negative) for no limit
 * @param shmSize bytes of {@code /dev/shm}, 0 for the default 64 MiB
 * @param sysctls kernel parameters set in the container's namespaces
 * @param tmpfs destination to the options of a tmpfs mounted there, in the order given
 * @param cgroup the CPU and memory controls
 */
public record KernelSettings(long cpuShares, long pidsLimit, long shmSize, Map<String, String> sysctls,
    Map<String, String> tmpfs, Cgroup cgroup) {
  /**
   * {@code --cpu-quota}, {@code --cpu-period}, {@code --cpus} (nano CPUs), {@code --cpuset-cpus},
   * {@code --cpuset-mems}, {@code --memory-reservation}, {@code --memory-swappiness}: 0, empty or
   * {@code null} (swappiness) when not given.
   */
  public record Cgroup(long cpuQuota, long cpuPeriod, long nanoCpus, String cpusetCpus, String cpusetMems,
      long memoryReservation, Long memorySwappiness) {
    public static final Cgroup NONE = new Cgroup(0, 0, 0, "", "", 0, null);
    /** The period {@code --cpus} divides: the kernel's default, 100 ms. */
    static final long NANO_CPUS_PERIOD = 100_000;

    /** The CFS quota: {@code --cpu-quota}, or what {@code --cpus} gives over the default period. */
    public long quota() {
      return nanoCpus > 0 ? nanoCpus * NANO_CPUS_PERIOD / 1_000_000_000L : cpuQuota;
    }

    public long period() {
      return nanoCpus > 0 ? NANO_CPUS_PERIOD : cpuPeriod;
    }
  }

  /** The size of {@code /dev/shm} when none is given: 64 MiB. */
  public static final long DEFAULT_SHM_SIZE = 64L << 20;
  /** What the daemon puts before a tmpfs's own options. */
  private static final List<String> TMPFS_DEFAULTS = List.of("noexec", "nosuid", "nodev");
  /** Mount flags with their opposite (later wins). */
  private static final Map<String, String> OPPOSITES = Map.ofEntries(
      Map.entry("ro", "rw"), Map.entry("rw", "ro"), Map.entry("suid", "nosuid"), Map.entry("nosuid", "suid"),
      Map.entry("dev", "nodev"), Map.entry("nodev", "dev"), Map.entry("exec", "noexec"), Map.entry("noexec", "exec"),
      Map.entry("sync", "async"), Map.entry("async", "sync"), Map.entry("atime", "noatime"),
      Map.entry("noatime", "atime"), Map.entry("diratime", "nodiratime"), Map.entry("nodiratime", "diratime"),
      Map.entry("relatime", "norelatime"), Map.entry("norelatime", "relatime"),
      Map.entry("strictatime", "nostrictatime"), Map.entry("nostrictatime", "strictatime"),
      Map.entry("mand", "nomand"), Map.entry("nomand", "mand"));
  /** Other mount flags the daemon accepts in a tmpfs's options. */
  private static final List<String> FLAGS = List.of("defaults", "dirsync", "remount", "bind", "rbind",
      "unbindable", "runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave");
  /** The tmpfs data options the daemon accepts ({@code key=value}). */
  private static final List<String> DATA = List.of("size", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol");

  public KernelSettings {
    sysctls = sysctls == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(sysctls));
    tmpfs = tmpfs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tmpfs));
    cgroup = cgroup == null ? Cgroup.NONE : cgroup;
  }

  public static KernelSettings none() {
    return new KernelSettings(0, 0, 0, Map.of(), Map.of(), Cgroup.NONE);
  }

  /** The {@code size=} option of {@code /dev/shm}: kibibytes, as the daemon writes it. */
  public String shmSizeOption() {
    return "size=" + ((shmSize > 0 ? shmSize : DEFAULT_SHM_SIZE) / 1024) + "k";
  }

  /**
   * The mount options of a tmpfs: the daemon's defaults ({@code noexec,nosuid,nodev}) merged with
   * the user's, a later flag replacing its opposite and a later {@code key=} its earlier value.
   * Throws {@link IllegalArgumentException} with the daemon's message for an unknown option.
   */
  public static List<String> tmpfsOptions(String userOptions) {
    List<String> out = new java.util.ArrayList<>(TMPFS_DEFAULTS);
    for (String o : userOptions.isEmpty() ? new String[0] : userOptions.split(",")) {
      if (o.isEmpty()) {
        continue;
      }
      int eq = o.indexOf('=');
      String key = eq < 0 ? o : o.substring(0, eq);
      if (OPPOSITES.containsKey(o) || FLAGS.contains(o)) {
        out.remove(OPPOSITES.get(o));
        out.remove(o);
        out.add(o);
      } else if (DATA.contains(key)) {
        out.removeIf(x -> x.startsWith(key + "="));
        out.add(o);
      } else {
        throw new IllegalArgumentException("invalid tmpfs option " + goQuoted(o));
      }
    }
    return out;
  }

  /** Go's {@code %q} of the option split at its first {@code =}: {@code ["foobar"]}. */
  private static String goQuoted(String option) {
    int eq = option.indexOf('=');
    List<String> parts = eq < 0 ? List.of(option) : List.of(option.substring(0, eq), option.substring(eq + 1));
    return "[" + String.join(" ", parts.stream().map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .toList()) + "]";
  }
}
