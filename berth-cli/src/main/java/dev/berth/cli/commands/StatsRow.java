package dev.berth.cli.commands;

import dev.berth.cli.format.GoFloat;
import dev.berth.cli.format.Units;
import dev.berth.stats.ContainerStats;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code docker stats}: the docker CLI's StatsEntry (figures computed from a sample as its
 * collector does) and the fields of its stats formatter context. {@code invalid}: the last sample
 * is missing or failed; the figures then read {@code --}.
 */
record StatsRow(String container, String name, String id, double cpuPercentage, double memory,
    double memoryLimit, double memoryPercentage, double networkRx, double networkTx, double blockRead,
    double blockWrite, long pidsCurrent, boolean invalid, boolean trunc) implements RowContext {

  static final String DEFAULT_TABLE =
      "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

  static final List<String> FIELDS = List.of("BlockIO", "CPUPerc", "Container", "ID", "MemPerc", "MemUsage", "Name",
      "NetIO", "PIDs");

  static final Map<String, String> HEADERS = Map.of(
      "Container", "CONTAINER",
      "Name", "NAME",
      "ID", "CONTAINER ID",
      "CPUPerc", "CPU %",
      "MemUsage", "MEM USAGE / LIMIT",
      "MemPerc", "MEM %",
      "NetIO", "NET I/O",
      "BlockIO", "BLOCK I/O",
      "PIDs", "PIDS");

  /** A container's row before its first sample. */
  static StatsRow initial(String container) {
    return new StatsRow(container, "", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, false, true);
  }

  /** The row of a sample (the CLI's figures for a Linux daemon). */
  static StatsRow of(String container, ContainerStats v) {
    double cpu = cpuPercent(v);
    long[] blk = blockIo(v.blkio());
    double mem = memUsageNoCache(v.memory());
    double limit = v.memory() == null ? 0 : unsigned(v.memory().limit());
    double memPercent = limit != 0 ? mem / limit * 100.0 : 0;
    return new StatsRow(container, v.name(), v.id(), cpu, mem, limit, memPercent, 0, 0, unsigned(blk[0]),
        unsigned(blk[1]), v.pidsCurrent(), false, true);
  }

  StatsRow invalidated() {
    return new StatsRow(container, name, id, cpuPercentage, memory, memoryLimit, memoryPercentage, networkRx,
        networkTx, blockRead, blockWrite, pidsCurrent, true, trunc);
  }

  /** The CLI's SetErrorAndReset: figures zeroed, marked invalid; name and ID kept. */
  StatsRow reset() {
    return new StatsRow(container, name, id, 0, 0, 0, 0, 0, 0, 0, 0, 0, true, trunc);
  }

  StatsRow truncating(boolean t) {
    return new StatsRow(container, name, id, cpuPercentage, memory, memoryLimit, memoryPercentage, networkRx,
        networkTx, blockRead, blockWrite, pidsCurrent, invalid, t);
  }

  static double cpuPercent(ContainerStats v) {
    double cpuDelta = unsigned(v.cpu().totalUsage()) - unsigned(v.preCpu().totalUsage());
    double systemDelta = unsigned(v.cpu().systemUsage()) - unsigned(v.preCpu().systemUsage());
    double online = v.cpu().onlineCpus();
    if (online == 0.0) {
      online = v.cpu().perCpu() == null ? 0 : v.cpu().perCpu().size();
    }
    if (systemDelta > 0.0 && cpuDelta > 0.0) {
      return cpuDelta / systemDelta * online * 100.0;
    }
    return 0.0;
  }

  static long[] blockIo(ContainerStats.Blkio blkio) {
    long read = 0;
    long write = 0;
    if (blkio != null && blkio.ioServiceBytesRecursive() != null) {
      for (ContainerStats.BlkioEntry e : blkio.ioServiceBytesRecursive()) {
        if (e.op().isEmpty()) {
          continue;
        }
        switch (e.op().charAt(0)) {
          case 'r', 'R' -> read += e.value();
          case 'w', 'W' -> write += e.value();
          default -> { }
        }
      }
    }
    return new long[] {read, write};
  }

  /** Usage without the inactive file cache (total_inactive_file on cgroup v1, inactive_file on v2). */
  static double memUsageNoCache(ContainerStats.Memory m) {
    if (m == null) {
      return 0;
    }
    Map<String, Long> stats = m.stats() == null ? Map.of() : m.stats();
    Long v1 = stats.get("total_inactive_file");
    if (v1 != null && Long.compareUnsigned(v1, m.usage()) < 0) {
      return unsigned(m.usage() - v1);
    }
    long v2 = stats.getOrDefault("inactive_file", 0L);
    if (Long.compareUnsigned(v2, m.usage()) < 0) {
      return unsigned(m.usage() - v2);
    }
    return unsigned(m.usage());
  }

  private static double unsigned(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
  }

  @Override
  public String goTypeName() {
    return "*container.statsContext";
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String field, List<Object> args) {
    return switch (field) {
      case "Container" -> container;
      case "Name" -> name.length() > 1 ? name.substring(1) : "--";
      case "ID" -> trunc ? truncateId(id) : id;
      case "CPUPerc" -> invalid ? "--" : percentage(cpuPercentage);
      case "MemUsage" -> invalid ? "-- / --" : Units.bytesSize(memory) + " / " + Units.bytesSize(memoryLimit);
      case "MemPerc" -> invalid ? "--" : percentage(memoryPercentage);
      case "NetIO" -> invalid ? "--"
          : Units.humanSizeWithPrecision(networkRx, 3) + " / " + Units.humanSizeWithPrecision(networkTx, 3);
      case "BlockIO" -> invalid ? "--"
          : Units.humanSizeWithPrecision(blockRead, 3) + " / " + Units.humanSizeWithPrecision(blockWrite, 3);
      case "PIDs" -> invalid ? "--" : Long.toUnsignedString(pidsCurrent);
      default -> null;
    };
  }

  private static String truncateId(String id) {
    int colon = id.indexOf(':');
    String s = colon >= 0 ? id.substring(colon + 1) : id;
    return s.length() > 12 ? s.substring(0, 12) : s;
  }

  private static String percentage(double v) {
    return GoFloat.formatF(v, 2) + "%";
  }
}
