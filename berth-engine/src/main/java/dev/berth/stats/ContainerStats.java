package dev.berth.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One resource sample of a container, as the daemon's {@code types.StatsJSON} holds it (API 1.41):
 * what the container's cgroup said at {@code read}, with the previous sample's time and CPU
 * figures ({@code preRead}, {@code preCpu}) so that a client can compute rates. Numbers are Go's
 * {@code uint64}s kept in {@code long}s (print them unsigned). A container that is not running has
 * the empty sample: only {@code name} and {@code id}, every other field zero or absent.
 *
 * @param read null: Go's zero time
 * @param preRead null: Go's zero time
 * @param blkio null: no block I/O figures ({@code null} lists in the JSON)
 * @param memory null: no memory figures (an empty object in the JSON)
 * @param name with the daemon's leading slash
 */
public record ContainerStats(
    Instant read,
    Instant preRead,
    long pidsCurrent,
    long pidsLimit,
    Blkio blkio,
    Cpu cpu,
    Cpu preCpu,
    Memory memory,
    String name,
    String id) {

  /** One line of a blkio file: device numbers, operation ("" when the file has none), value. */
  public record BlkioEntry(long major, long minor, String op, long value) {}

  /** The eight lists of {@code blkio_stats}, in the daemon's order. */
  public record Blkio(
      List<BlkioEntry> ioServiceBytesRecursive,
      List<BlkioEntry> ioServicedRecursive,
      List<BlkioEntry> ioQueueRecursive,
      List<BlkioEntry> ioServiceTimeRecursive,
      List<BlkioEntry> ioWaitTimeRecursive,
      List<BlkioEntry> ioMergedRecursive,
      List<BlkioEntry> ioTimeRecursive,
      List<BlkioEntry> sectorsRecursive) {

    public List<List<BlkioEntry>> all() {
      return java.util.Arrays.asList(ioServiceBytesRecursive, ioServicedRecursive, ioQueueRecursive,
          ioServiceTimeRecursive, ioWaitTimeRecursive, ioMergedRecursive, ioTimeRecursive, sectorsRecursive);
    }
  }

  /**
   * {@code cpu_stats}: nanoseconds. {@code perCpu} null: not reported (cgroup v2);
   * {@code systemUsage} and {@code onlineCpus} 0: not reported.
   */
  public record Cpu(long totalUsage, List<Long> perCpu, long usageInKernelmode, long usageInUsermode,
      long systemUsage, int onlineCpus, long periods, long throttledPeriods, long throttledTime) {
    public static final Cpu ZERO = new Cpu(0, null, 0, 0, 0, 0, 0, 0, 0);

    public Cpu withSystem(long system, int online) {
      return new Cpu(totalUsage, perCpu, usageInKernelmode, usageInUsermode, system, online, periods,
          throttledPeriods, throttledTime);
    }
  }

  /** {@code memory_stats}: bytes; {@code stats} null: absent; zeros are left out of the JSON. */
  public record Memory(long usage, long maxUsage, Map<String, Long> stats, long failcnt, long limit) {}

  /** The daemon's answer for a container that is not running: its name and ID only. */
  public static ContainerStats empty(String name, String id) {
    return new ContainerStats(null, null, 0, 0, null, Cpu.ZERO, Cpu.ZERO, null, name, id);
  }

  /** This sample with the identity of the container it belongs to. */
  public ContainerStats named(String newName, String newId) {
    return new ContainerStats(read, preRead, pidsCurrent, pidsLimit, blkio, cpu, preCpu, memory, newName, newId);
  }

  /** This sample following {@code previous}: its read time and CPU figures become the "pre" ones. */
  public ContainerStats after(Instant previousRead, Cpu previousCpu) {
    return new ContainerStats(read, previousRead, pidsCurrent, pidsLimit, blkio, cpu, previousCpu, memory, name, id);
  }
}
