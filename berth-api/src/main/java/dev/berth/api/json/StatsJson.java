package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.stats.ContainerStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One answer of {@code GET /containers/{id}/stats} (Docker's {@code types.StatsJSON}, API 1.41):
 * written with Go's field order and omitempty rules, read back by the CLI's remote mode.
 */
public final class StatsJson {
  private static final String[] BLKIO_KEYS = {"io_service_bytes_recursive", "io_serviced_recursive",
      "io_queue_recursive", "io_service_time_recursive", "io_wait_time_recursive", "io_merged_recursive",
      "io_time_recursive", "sectors_recursive"};

  private StatsJson() {}

  /** The JSON text (without the encoder's newline). */
  public static String write(ContainerStats s) {
    StringBuilder b = new StringBuilder(2048);
    b.append("{\"read\":\"").append(time(s.read())).append("\",\"preread\":\"").append(time(s.preRead()))
        .append("\",\"pids_stats\":{");
    List<String> pids = new ArrayList<>();
    if (s.pidsCurrent() != 0) {
      pids.add("\"current\":" + u(s.pidsCurrent()));
    }
    if (s.pidsLimit() != 0) {
      pids.add("\"limit\":" + u(s.pidsLimit()));
    }
    b.append(String.join(",", pids)).append("},\"blkio_stats\":{");
    List<List<ContainerStats.BlkioEntry>> lists = s.blkio() == null ? null : s.blkio().all();
    for (int i = 0; i < BLKIO_KEYS.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"').append(BLKIO_KEYS[i]).append("\":");
      List<ContainerStats.BlkioEntry> l = lists == null ? null : lists.get(i);
      if (l == null) {
        b.append("null");
        continue;
      }
      b.append('[');
      for (int j = 0; j < l.size(); j++) {
        ContainerStats.BlkioEntry e = l.get(j);
        b.append(j > 0 ? "," : "").append("{\"major\":").append(u(e.major())).append(",\"minor\":")
            .append(u(e.minor())).append(",\"op\":").append(quote(e.op())).append(",\"value\":")
            .append(u(e.value())).append('}');
      }
      b.append(']');
    }
    b.append("},\"num_procs\":0,\"storage_stats\":{},\"cpu_stats\":");
    cpu(b, s.cpu());
    b.append(",\"precpu_stats\":");
    cpu(b, s.preCpu());
    b.append(",\"memory_stats\":{");
    ContainerStats.Memory m = s.memory();
    if (m != null) {
      List<String> f = new ArrayList<>();
      if (m.usage() != 0) {
        f.add("\"usage\":" + u(m.usage()));
      }
      if (m.maxUsage() != 0) {
        f.add("\"max_usage\":" + u(m.maxUsage()));
      }
      if (m.stats() != null && !m.stats().isEmpty()) {
        StringBuilder st = new StringBuilder("\"stats\":{");
        boolean first = true;
        for (Map.Entry<String, Long> e : new TreeMap<>(m.stats()).entrySet()) {
          st.append(first ? "" : ",").append(quote(e.getKey())).append(':').append(u(e.getValue()));
          first = false;
        }
        f.add(st.append('}').toString());
      }
      if (m.failcnt() != 0) {
        f.add("\"failcnt\":" + u(m.failcnt()));
      }
      if (m.limit() != 0) {
        f.add("\"limit\":" + u(m.limit()));
      }
      b.append(String.join(",", f));
    }
    b.append('}');
    if (!s.name().isEmpty()) {
      b.append(",\"name\":").append(quote(s.name()));
    }
    if (!s.id().isEmpty()) {
      b.append(",\"id\":").append(quote(s.id()));
    }
    return b.append('}').toString();
  }

  private static void cpu(StringBuilder b, ContainerStats.Cpu c) {
    b.append("{\"cpu_usage\":{\"total_usage\":").append(u(c.totalUsage()));
    if (c.perCpu() != null && !c.perCpu().isEmpty()) {
      b.append(",\"percpu_usage\":[");
      for (int i = 0; i < c.perCpu().size(); i++) {
        b.append(i > 0 ? "," : "").append(u(c.perCpu().get(i)));
      }
      b.append(']');
    }
    b.append(",\"usage_in_kernelmode\":").append(u(c.usageInKernelmode())).append(",\"usage_in_usermode\":")
        .append(u(c.usageInUsermode())).append('}');
    if (c.systemUsage() != 0) {
      b.append(",\"system_cpu_usage\":").append(u(c.systemUsage()));
    }
    if (c.onlineCpus() != 0) {
      b.append(",\"online_cpus\":").append(Integer.toUnsignedString(c.onlineCpus()));
    }
    b.append(",\"throttling_data\":{\"periods\":").append(u(c.periods())).append(",\"throttled_periods\":")
        .append(u(c.throttledPeriods())).append(",\"throttled_time\":").append(u(c.throttledTime())).append("}}");
  }

  /** Reads one answer (missing fields are zero, as Go's decoder leaves them). */
  public static ContainerStats read(JsonNode o) {
    ContainerStats.Blkio blkio = null;
    JsonNode bs = o.path("blkio_stats");
    List<List<ContainerStats.BlkioEntry>> lists = new ArrayList<>();
    boolean any = false;
    for (String k : BLKIO_KEYS) {
      JsonNode l = bs.get(k);
      if (l == null || !l.isArray()) {
        lists.add(null);
        continue;
      }
      any = true;
      List<ContainerStats.BlkioEntry> entries = new ArrayList<>();
      for (JsonNode e : l) {
        entries.add(new ContainerStats.BlkioEntry(num(e.get("major")), num(e.get("minor")), e.path("op").asText(""),
            num(e.get("value"))));
      }
      lists.add(entries);
    }
    if (any) {
      blkio = new ContainerStats.Blkio(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4),
          lists.get(5), lists.get(6), lists.get(7));
    }
    ContainerStats.Memory memory = null;
    JsonNode ms = o.get("memory_stats");
    if (ms != null && ms.isObject() && ms.size() > 0) {
      Map<String, Long> stats = null;
      if (ms.get("stats") != null && ms.get("stats").isObject()) {
        stats = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : ms.get("stats").properties()) {
          stats.put(e.getKey(), num(e.getValue()));
        }
      }
      memory = new ContainerStats.Memory(num(ms.get("usage")), num(ms.get("max_usage")), stats, num(ms.get("failcnt")),
          num(ms.get("limit")));
    }
    JsonNode pids = o.path("pids_stats");
    return new ContainerStats(instant(o.path("read").asText("")), instant(o.path("preread").asText("")),
        num(pids.get("current")), num(pids.get("limit")), blkio, cpuOf(o.path("cpu_stats")),
        cpuOf(o.path("precpu_stats")), memory, o.path("name").asText(""), o.path("id").asText(""));
  }

  private static ContainerStats.Cpu cpuOf(JsonNode c) {
    JsonNode u = c.path("cpu_usage");
    List<Long> per = null;
    if (u.get("percpu_usage") != null && u.get("percpu_usage").isArray()) {
      per = new ArrayList<>();
      for (JsonNode n : u.get("percpu_usage")) {
        per.add(num(n));
      }
    }
    JsonNode t = c.path("throttling_data");
    return new ContainerStats.Cpu(num(u.get("total_usage")), per, num(u.get("usage_in_kernelmode")),
        num(u.get("usage_in_usermode")), num(c.get("system_cpu_usage")), (int) num(c.get("online_cpus")),
        num(t.get("periods")), num(t.get("throttled_periods")), num(t.get("throttled_time")));
  }

  /** A uint64 (kept in a long's bits). */
  private static long num(JsonNode n) {
    if (n == null || !n.isNumber()) {
      return 0;
    }
    return n.isBigInteger() ? n.bigIntegerValue().longValue() : n.asLong();
  }

  private static String u(long v) {
    return Long.toUnsignedString(v);
  }

  /** Go's RFC 3339 with nanoseconds (trailing zeros dropped); null is Go's zero time. */
  static String time(Instant t) {
    if (t == null) {
      return "0001-01-01T00:00:00Z";
    }
    return dev.berth.image.ImageService.rfc3339Nano(t.getEpochSecond() * 1_000_000_000L + t.getNano());
  }

  private static Instant instant(String s) {
    if (s.isEmpty() || s.startsWith("0001-01-01T00:00:00")) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(s).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Container names and IDs need no escapes beyond quotes and backslashes. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        default -> {
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
