package dev.berth.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a container's resource figures from the cgroups of its init process, as containerd's
 * cgroups library does for the daemon's stats (cgroup v1: cpuacct, cpu, memory, pids, blkio;
 * cgroup v2: cpu.stat, memory.*, pids.*, io.stat), and turns them into the daemon's sample
 * (daemon/daemon_unix.go statsV1 / statsV2). The memory limit is at most the machine's memory.
 */
public final class CgroupStats {
  private static final long NANOS_PER_TICK = 1_000_000_000L / 100; // USER_HZ

  /** Keys of the v1 {@code memory_stats.stats} map, each from the same-named line of memory.stat. */
  static final List<String> V1_MEMORY_KEYS = List.of("cache", "rss", "rss_huge", "mapped_file", "dirty", "writeback",
      "pgpgin", "pgpgout", "pgfault", "pgmajfault", "inactive_anon", "active_anon", "inactive_file", "active_file",
      "unevictable", "hierarchical_memory_limit", "hierarchical_memsw_limit", "total_cache", "total_rss",
      "total_rss_huge", "total_mapped_file", "total_dirty", "total_writeback", "total_pgpgin", "total_pgpgout",
      "total_pgfault", "total_pgmajfault", "total_inactive_anon", "total_active_anon", "total_inactive_file",
      "total_active_file", "total_unevictable");

  /** Keys of the v2 {@code memory_stats.stats} map. */
  static final List<String> V2_MEMORY_KEYS = List.of("anon", "file", "kernel_stack", "slab", "sock", "shmem",
      "file_mapped", "file_dirty", "file_writeback", "anon_thp", "inactive_anon", "active_anon", "inactive_file",
      "active_file", "unevictable", "slab_reclaimable", "slab_unreclaimable", "pgfault", "pgmajfault",
      "workingset_refault", "workingset_activate", "workingset_nodereclaim", "pgrefill", "pgscan", "pgsteal",
      "pgactivate", "pgdeactivate", "pglazyfree", "pglazyfreed", "thp_fault_alloc", "thp_collapse_alloc");

  /** The v1 CFQ files read first, in the order of the daemon's lists they fill. */
  private static final List<String> V1_CFQ_FILES = List.of("io_service_bytes_recursive", "io_serviced_recursive",
      "io_queued_recursive", "io_service_time_recursive", "io_wait_time_recursive", "io_merged_recursive",
      "time_recursive", "sectors_recursive");

  private final Path cgroupRoot;
  private final Path procRoot;
  private final long machineMemory;

  public CgroupStats(Path cgroupRoot, Path procRoot, long machineMemory) {
    this.cgroupRoot = cgroupRoot;
    this.procRoot = procRoot;
    this.machineMemory = machineMemory;
  }

  /** This host's cgroups and memory. */
  public static CgroupStats host() {
    return new CgroupStats(Path.of("/sys/fs/cgroup"), Path.of("/proc"), HostCpu.memTotal(Path.of("/proc")));
  }

  /**
   * A sample of the cgroups process {@code pid} is in (no name, ID, system CPU or "pre" figures).
   *
   * @throws IOException when the process is gone or its cgroup cannot be read
   */
  public ContainerStats sample(long pid) throws IOException {
    Map<String, String> paths = cgroupsOf(procRoot.resolve(Long.toString(pid)).resolve("cgroup"));
    Instant read = Instant.now();
    if (Files.exists(cgroupRoot.resolve("cgroup.controllers"))) {
      String path = paths.get("");
      if (path == null) {
        throw new IOException("process " + pid + " has no cgroup v2 path");
      }
      return v2(cgroupRoot.resolve(relative(path)), read);
    }
    return v1(paths, read);
  }

  /** Controller name ("" for the unified hierarchy) to the cgroup path, from /proc/PID/cgroup. */
  static Map<String, String> cgroupsOf(Path procCgroup) throws IOException {
    Map<String, String> paths = new HashMap<>();
    for (String line : Files.readAllLines(procCgroup)) {
      String[] f = line.split(":", 3);
      if (f.length != 3) {
        continue;
      }
      for (String controller : f[1].split(",")) {
        paths.put(controller, f[2]);
      }
    }
    return paths;
  }

  private static String relative(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  // ------------------------------------------------------------------ cgroup v1

  private ContainerStats v1(Map<String, String> paths, Instant read) throws IOException {
    Path cpuacct = v1Dir(paths, "cpuacct");
    if (cpuacct == null || !Files.isDirectory(cpuacct)) {
      throw new IOException("no cpuacct cgroup");
    }
    long pidsCurrent = 0;
    long pidsLimit = 0;
    Path pids = v1Dir(paths, "pids");
    if (pids != null && Files.isDirectory(pids)) {
      pidsCurrent = readUint(pids.resolve("pids.current"));
      pidsLimit = readMax(pids.resolve("pids.max"));
    }
    Map<String, Long> acct = keyValues(cpuacct.resolve("cpuacct.stat"));
    List<Long> perCpu = new ArrayList<>();
    for (String v : Files.readString(cpuacct.resolve("cpuacct.usage_percpu")).trim().split("\\s+")) {
      if (!v.isEmpty()) {
        perCpu.add(Long.parseUnsignedLong(v));
      }
    }
    Map<String, Long> throttling = Map.of();
    Path cpu = v1Dir(paths, "cpu");
    if (cpu != null && Files.exists(cpu.resolve("cpu.stat"))) {
      throttling = keyValues(cpu.resolve("cpu.stat"));
    }
    ContainerStats.Cpu cpuStats = new ContainerStats.Cpu(readUint(cpuacct.resolve("cpuacct.usage")), perCpu,
        acct.getOrDefault("system", 0L) * NANOS_PER_TICK, acct.getOrDefault("user", 0L) * NANOS_PER_TICK, 0, 0,
        throttling.getOrDefault("nr_periods", 0L), throttling.getOrDefault("nr_throttled", 0L),
        throttling.getOrDefault("throttled_time", 0L));
    ContainerStats.Memory memory = null;
    Path mem = v1Dir(paths, "memory");
    if (mem != null && Files.isDirectory(mem)) {
      Map<String, Long> raw = keyValues(mem.resolve("memory.stat"));
      Map<String, Long> stats = new TreeMap<>();
      for (String k : V1_MEMORY_KEYS) {
        stats.put(k, raw.getOrDefault(k, 0L));
      }
      memory = new ContainerStats.Memory(readUint(mem.resolve("memory.usage_in_bytes")),
          readUint(mem.resolve("memory.max_usage_in_bytes")), stats, readUint(mem.resolve("memory.failcnt")),
          capped(readUint(mem.resolve("memory.limit_in_bytes"))));
    }
    ContainerStats.Blkio blkio = null;
    Path blk = v1Dir(paths, "blkio");
    if (blk != null && Files.isDirectory(blk)) {
      blkio = v1Blkio(blk);
    }
    return new ContainerStats(read, null, pidsCurrent, pidsLimit, blkio, cpuStats, ContainerStats.Cpu.ZERO, memory,
        "", "");
  }

  private Path v1Dir(Map<String, String> paths, String controller) {
    String path = paths.get(controller);
    return path == null ? null : cgroupRoot.resolve(controller).resolve(relative(path));
  }

  /** CFQ's recursive files when they say anything, else the throttle files (as containerd). */
  private static ContainerStats.Blkio v1Blkio(Path dir) throws IOException {
    List<List<ContainerStats.BlkioEntry>> lists = new ArrayList<>();
    int size = 0;
    if (Files.exists(dir.resolve("blkio.io_serviced_recursive"))) {
      for (String f : V1_CFQ_FILES) {
        List<ContainerStats.BlkioEntry> l = blkioEntries(dir.resolve("blkio." + f));
        size += l.size();
        lists.add(l);
      }
    }
    if (size == 0) {
      lists.clear();
      lists.add(blkioEntries(dir.resolve("blkio.throttle.io_service_bytes")));
      lists.add(blkioEntries(dir.resolve("blkio.throttle.io_serviced")));
      for (int i = 2; i < 8; i++) {
        lists.add(List.of());
      }
    }
    return new ContainerStats.Blkio(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4),
        lists.get(5), lists.get(6), lists.get(7));
  }

  /** Lines {@code MAJ:MIN [OP] VALUE}; the {@code Total} line is skipped. */
  static List<ContainerStats.BlkioEntry> blkioEntries(Path file) throws IOException {
    List<ContainerStats.BlkioEntry> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split("[ :]+");
      if (f.length < 3) {
        continue;
      }
      String op = f.length == 4 ? f[2] : "";
      out.add(new ContainerStats.BlkioEntry(Long.parseUnsignedLong(f[0]), Long.parseUnsignedLong(f[1]), op,
          Long.parseUnsignedLong(f[f.length == 4 ? 3 : 2])));
    }
    return out;
  }

  // ------------------------------------------------------------------ cgroup v2

  private ContainerStats v2(Path dir, Instant read) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no cgroup " + dir);
    }
    long pidsCurrent = 0;
    long pidsLimit = 0;
    if (Files.exists(dir.resolve("pids.current"))) {
      pidsCurrent = readUint(dir.resolve("pids.current"));
      pidsLimit = readMax(dir.resolve("pids.max"));
    }
    Map<String, Long> cpu = keyValues(dir.resolve("cpu.stat"));
    ContainerStats.Cpu cpuStats = new ContainerStats.Cpu(cpu.getOrDefault("usage_usec", 0L) * 1000, null,
        cpu.getOrDefault("system_usec", 0L) * 1000, cpu.getOrDefault("user_usec", 0L) * 1000, 0, 0,
        cpu.getOrDefault("nr_periods", 0L), cpu.getOrDefault("nr_throttled", 0L),
        cpu.getOrDefault("throttled_usec", 0L) * 1000);
    ContainerStats.Memory memory = null;
    if (Files.exists(dir.resolve("memory.stat"))) {
      Map<String, Long> raw = keyValues(dir.resolve("memory.stat"));
      Map<String, Long> stats = new TreeMap<>();
      for (String k : V2_MEMORY_KEYS) {
        stats.put(k, raw.getOrDefault(k, 0L));
      }
      long oom = Files.exists(dir.resolve("memory.events"))
          ? keyValues(dir.resolve("memory.events")).getOrDefault("oom", 0L) : 0;
      long limit = readMax(dir.resolve("memory.max"));
      memory = new ContainerStats.Memory(readUint(dir.resolve("memory.current")), 0, stats, oom,
          capped(limit));
    }
    List<ContainerStats.BlkioEntry> bytes = null;
    if (Files.exists(dir.resolve("io.stat"))) {
      for (String line : Files.readAllLines(dir.resolve("io.stat"))) {
        String[] f = line.trim().split("\\s+");
        String[] dev = f[0].split(":");
        if (dev.length != 2) {
          continue;
        }
        long rbytes = 0;
        long wbytes = 0;
        for (int i = 1; i < f.length; i++) {
          if (f[i].startsWith("rbytes=")) {
            rbytes = Long.parseUnsignedLong(f[i].substring(7));
          } else if (f[i].startsWith("wbytes=")) {
            wbytes = Long.parseUnsignedLong(f[i].substring(7));
          }
        }
        if (bytes == null) {
          bytes = new ArrayList<>();
        }
        long major = Long.parseUnsignedLong(dev[0]);
        long minor = Long.parseUnsignedLong(dev[1]);
        bytes.add(new ContainerStats.BlkioEntry(major, minor, "read", rbytes));
        bytes.add(new ContainerStats.BlkioEntry(major, minor, "write", wbytes));
      }
    }
    ContainerStats.Blkio blkio = new ContainerStats.Blkio(bytes, null, null, null, null, null, null, null);
    return new ContainerStats(read, null, pidsCurrent, pidsLimit, blkio, cpuStats, ContainerStats.Cpu.ZERO, memory,
        "", "");
  }

  // ------------------------------------------------------------------ files

  /** A limit above the machine's memory (no limit) reads as the machine's memory. */
  private long capped(long limit) {
    return machineMemory > 0 && Long.compareUnsigned(limit, machineMemory) > 0 ? machineMemory : limit;
  }

  static long readUint(Path file) throws IOException {
    String s = Files.readString(file).trim();
    return s.isEmpty() ? 0 : Long.parseUnsignedLong(s);
  }

  /** A {@code *.max} file: "max" is no limit (0 for pids, all ones for memory: -1 here). */
  static long readMax(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    String s = Files.readString(file).trim();
    if (s.equals("max")) {
      return file.getFileName().toString().startsWith("memory") ? -1 : 0;
    }
    return s.isEmpty() ? 0 : Long.parseUnsignedLong(s);
  }

  /** Lines {@code KEY VALUE}. */
  static Map<String, Long> keyValues(Path file) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        try {
          out.put(f[0], Long.parseUnsignedLong(f[1]));
        } catch (NumberFormatException e) {
          // not a counter
        }
      }
    }
    return out;
  }
}
