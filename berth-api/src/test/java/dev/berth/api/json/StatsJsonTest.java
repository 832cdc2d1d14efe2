package dev.berth.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.stats.ContainerStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatsJsonTest {
  /** dockerd 20.10.24's answer for a created container, byte for byte. */
  @Test
  void emptySampleIsTheDaemonsZeroStats() {
    String id = "e6e6f09b50d74c637ba96a639412970c7e69c673cd84b6a2daf83cfe0dc064bd";
    assertThat(StatsJson.write(ContainerStats.empty("/c1", id))).isEqualTo("{\"read\":\"0001-01-01T00:00:00Z\","
        + "\"preread\":\"0001-01-01T00:00:00Z\",\"pids_stats\":{},\"blkio_stats\":{\"io_service_bytes_recursive\":null,"
        + "\"io_serviced_recursive\":null,\"io_queue_recursive\":null,\"io_service_time_recursive\":null,"
        + "\"io_wait_time_recursive\":null,\"io_merged_recursive\":null,\"io_time_recursive\":null,"
        + "\"sectors_recursive\":null},\"num_procs\":0,\"storage_stats\":{},\"cpu_stats\":{\"cpu_usage\":"
        + "{\"total_usage\":0,\"usage_in_kernelmode\":0,\"usage_in_usermode\":0},\"throttling_data\":{\"periods\":0,"
        + "\"throttled_periods\":0,\"throttled_time\":0}},\"precpu_stats\":{\"cpu_usage\":{\"total_usage\":0,"
        + "\"usage_in_kernelmode\":0,\"usage_in_usermode\":0},\"throttling_data\":{\"periods\":0,"
        + "\"throttled_periods\":0,\"throttled_time\":0}},\"memory_stats\":{},\"name\":\"/c1\",\"id\":\"" + id + "\"}");
  }

  private static ContainerStats sample() {
    List<ContainerStats.BlkioEntry> none = List.of();
    Map<String, Long> mem = new TreeMap<>(Map.of("rss", 53248L, "cache", 0L, "total_inactive_file", 0L));
    return new ContainerStats(Instant.parse("2026-11-29T09:38:14.780867281Z"),
        Instant.parse("2026-11-29T09:38:13.7744625Z"), 1, 0,
        new ContainerStats.Blkio(List.of(new ContainerStats.BlkioEntry(8, 0, "Read", 4096)), none, none, none, none,
            none, none, none),
        new ContainerStats.Cpu(37822357, List.of(19190368L, 18631989L), 10000000, 10000000, 48343140000000L, 2, 0, 0,
            0),
        new ContainerStats.Cpu(37822357, List.of(19190368L, 18631989L), 10000000, 10000000, 48341160000000L, 2, 0, 0,
            0),
        new ContainerStats.Memory(626688, 3821568, mem, 0, 25276510208L), "/s1", "4190f30adf8f");
  }

  @Test
  void sampleHasGoFieldOrderAndOmitsEmptyFields() {
    String json = StatsJson.write(sample());
    assertThat(json).startsWith("{\"read\":\"2026-11-29T09:38:14.780867281Z\",\"preread\":\"2026-11-29T09:38:13.7744625Z\","
        + "\"pids_stats\":{\"current\":1},\"blkio_stats\":{\"io_service_bytes_recursive\":[{\"major\":8,\"minor\":0,"
        + "\"op\":\"Read\",\"value\":4096}],\"io_serviced_recursive\":[],");
    assertThat(json).contains("\"cpu_stats\":{\"cpu_usage\":{\"total_usage\":37822357,\"percpu_usage\":[19190368,"
        + "18631989],\"usage_in_kernelmode\":10000000,\"usage_in_usermode\":10000000},\"system_cpu_usage\":"
        + "48343140000000,\"online_cpus\":2,\"throttling_data\":");
    assertThat(json).endsWith("\"memory_stats\":{\"usage\":626688,\"max_usage\":3821568,\"stats\":{\"cache\":0,"
        + "\"rss\":53248,\"total_inactive_file\":0},\"limit\":25276510208},\"name\":\"/s1\",\"id\":\"4190f30adf8f\"}");
  }

  @Test
  void readIsTheInverseOfWrite() throws Exception {
    for (ContainerStats s : List.of(sample(), ContainerStats.empty("/x", "abc"))) {
      ContainerStats back = StatsJson.read(JsonFields.MAPPER.readTree(StatsJson.write(s)));
      assertThat(StatsJson.write(back)).isEqualTo(StatsJson.write(s));
    }
  }
}
