package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.stats.ContainerStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsRowTest {
  private static ContainerStats sample(long total, long preTotal, long system, long preSystem, long usage,
      long inactive, long limit) {
    return new ContainerStats(Instant.EPOCH, Instant.EPOCH, 1, 0,
        new ContainerStats.Blkio(List.of(new ContainerStats.BlkioEntry(8, 0, "Read", 4096),
            new ContainerStats.BlkioEntry(8, 0, "Write", 1_500_000), new ContainerStats.BlkioEntry(8, 0, "Total", 9)),
            null, null, null, null, null, null, null),
        new ContainerStats.Cpu(total, null, 0, 0, system, 2, 0, 0, 0),
        new ContainerStats.Cpu(preTotal, null, 0, 0, preSystem, 2, 0, 0, 0),
        new ContainerStats.Memory(usage, 0, Map.of("total_inactive_file", inactive), 0, limit), "/web",
        "4190f30adf8f9805e0c6fe8a14e2fe694513b1fed22b2bf5ea5ca0eff029b634");
  }

  @Test
  void figuresAreTheCliCalculations() {
    StatsRow r = StatsRow.of("web", sample(1_000_000_000L, 500_000_000L, 4_000_000_000L, 2_000_000_000L, 311296 + 4096,
        4096, 25276510208L));
    assertThat(r.get("CPUPerc", List.of())).isEqualTo("50.00%");
    assertThat(r.get("MemUsage", List.of())).isEqualTo("304KiB / 23.54GiB");
    assertThat(r.get("MemPerc", List.of())).isEqualTo("0.00%");
    assertThat(r.get("BlockIO", List.of())).isEqualTo("4.1kB / 1.5MB");
    assertThat(r.get("NetIO", List.of())).isEqualTo("0B / 0B");
    assertThat(r.get("PIDs", List.of())).isEqualTo("1");
    assertThat(r.get("Name", List.of())).isEqualTo("web");
    assertThat(r.get("ID", List.of())).isEqualTo("4190f30adf8f");
    assertThat(r.truncating(false).get("ID", List.of())).asString().hasSize(64);
  }

  @Test
  void noDeltaIsZeroPercentAndAnInvalidRowReadsDashes() {
    StatsRow r = StatsRow.of("web", sample(5, 5, 10, 10, 100, 200, 0));
    assertThat(r.get("CPUPerc", List.of())).isEqualTo("0.00%");
    assertThat(r.get("MemUsage", List.of())).as("cache larger than usage: usage").isEqualTo("100B / 0B");
    StatsRow bad = r.reset();
    assertThat(bad.get("CPUPerc", List.of())).isEqualTo("--");
    assertThat(bad.get("MemUsage", List.of())).isEqualTo("-- / --");
    assertThat(bad.get("PIDs", List.of())).isEqualTo("--");
    assertThat(bad.get("Name", List.of())).isEqualTo("web");
    assertThat(StatsRow.initial("x").get("Name", List.of())).isEqualTo("--");
  }

  @Test
  void redrawRepeatsTheLinesWithEraseCodes() {
    assertThat(StatsCommand.redraw("a\nb\n"))
        .isEqualTo("\033[Ha\nb\n\033[Ha \033[K\nb \033[K\n \033[K\n\033[J");
  }
}
