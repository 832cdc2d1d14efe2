package dev.berth.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupStatsTest {
  @TempDir
  Path tmp;

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void cgroupV1SampleIsTheDaemonsStatsV1() throws IOException {
    Path cg = tmp.resolve("cg");
    Path proc = tmp.resolve("proc");
    write(proc.resolve("42/cgroup"), "12:pids:/berth/c1\n4:cpu,cpuacct:/berth/c1\n9:memory:/berth/c1\n"
        + "3:blkio:/berth/c1\n1:name=systemd:/x\n0::/y\n");
    write(cg.resolve("pids/berth/c1/pids.current"), "3\n");
    write(cg.resolve("pids/berth/c1/pids.max"), "max\n");
    write(cg.resolve("cpuacct/berth/c1/cpuacct.usage"), "37822357\n");
    write(cg.resolve("cpuacct/berth/c1/cpuacct.usage_percpu"), "19190368 18631989 \n");
    write(cg.resolve("cpuacct/berth/c1/cpuacct.stat"), "user 1\nsystem 2\n");
    write(cg.resolve("cpu/berth/c1/cpu.stat"), "nr_periods 5\nnr_throttled 1\nthrottled_time 77\n");
    write(cg.resolve("memory/berth/c1/memory.stat"), "cache 4096\nrss 53248\ntotal_inactive_file 8192\nshmem 1\n");
    write(cg.resolve("memory/berth/c1/memory.usage_in_bytes"), "626688\n");
    write(cg.resolve("memory/berth/c1/memory.max_usage_in_bytes"), "3821568\n");
    write(cg.resolve("memory/berth/c1/memory.failcnt"), "0\n");
    write(cg.resolve("memory/berth/c1/memory.limit_in_bytes"), "9223372036854771712\n");
    write(cg.resolve("blkio/berth/c1/blkio.throttle.io_service_bytes"),
        "8:0 Read 4096\n8:0 Write 0\n8:0 Total 4096\nTotal 4096\n");
    write(cg.resolve("blkio/berth/c1/blkio.throttle.io_serviced"), "8:0 Read 1\nTotal 1\n");

    ContainerStats s = new CgroupStats(cg, proc, 1_000_000).sample(42);

    assertThat(s.pidsCurrent()).isEqualTo(3);
    assertThat(s.pidsLimit()).isZero();
    assertThat(s.cpu().totalUsage()).isEqualTo(37822357);
    assertThat(s.cpu().perCpu()).containsExactly(19190368L, 18631989L);
    assertThat(s.cpu().usageInUsermode()).isEqualTo(10_000_000);
    assertThat(s.cpu().usageInKernelmode()).isEqualTo(20_000_000);
    assertThat(s.cpu().periods()).isEqualTo(5);
    assertThat(s.cpu().throttledTime()).isEqualTo(77);
    assertThat(s.memory().usage()).isEqualTo(626688);
    assertThat(s.memory().limit()).as("capped at the machine's memory").isEqualTo(1_000_000);
    assertThat(s.memory().stats()).hasSize(32).containsEntry("rss", 53248L).containsEntry("total_cache", 0L)
        .doesNotContainKey("shmem");
    assertThat(s.blkio().ioServiceBytesRecursive()).containsExactly(
        new ContainerStats.BlkioEntry(8, 0, "Read", 4096), new ContainerStats.BlkioEntry(8, 0, "Write", 0),
        new ContainerStats.BlkioEntry(8, 0, "Total", 4096));
    assertThat(s.blkio().ioServicedRecursive()).hasSize(1);
    assertThat(s.blkio().sectorsRecursive()).isEmpty();
    assertThat(s.read()).isNotNull();
  }

  @Test
  void cgroupV2SampleIsTheDaemonsStatsV2() throws IOException {
    Path cg = tmp.resolve("cg");
    Path proc = tmp.resolve("proc");
    write(proc.resolve("7/cgroup"), "0::/berth/c2\n");
    write(cg.resolve("cgroup.controllers"), "cpu io memory pids\n");
    Path dir = cg.resolve("berth/c2");
    write(dir.resolve("pids.current"), "2\n");
    write(dir.resolve("pids.max"), "100\n");
    write(dir.resolve("cpu.stat"), "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\nnr_periods 0\n");
    write(dir.resolve("memory.stat"), "anon 4096\nfile 8192\ninactive_file 4096\n");
    write(dir.resolve("memory.current"), "20480\n");
    write(dir.resolve("memory.max"), "max\n");
    write(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 0\noom 2\noom_kill 1\n");
    write(dir.resolve("io.stat"), "8:16 rbytes=1024 wbytes=2048 rios=1 wios=2 dbytes=0 dios=0\n");

    ContainerStats s = new CgroupStats(cg, proc, 1 << 30).sample(7);

    assertThat(s.pidsCurrent()).isEqualTo(2);
    assertThat(s.pidsLimit()).isEqualTo(100);
    assertThat(s.cpu().totalUsage()).isEqualTo(1_500_000);
    assertThat(s.cpu().perCpu()).isNull();
    assertThat(s.cpu().usageInKernelmode()).isEqualTo(500_000);
    assertThat(s.memory().limit()).isEqualTo(1 << 30);
    assertThat(s.memory().failcnt()).isEqualTo(2);
    assertThat(s.memory().stats()).hasSize(31).containsEntry("file", 8192L);
    assertThat(s.blkio().ioServiceBytesRecursive()).containsExactly(
        new ContainerStats.BlkioEntry(8, 16, "read", 1024), new ContainerStats.BlkioEntry(8, 16, "write", 2048));
    assertThat(s.blkio().ioServicedRecursive()).isNull();
  }

  @Test
  void aGoneProcessCannotBeSampled() {
    assertThatThrownBy(() -> new CgroupStats(tmp, tmp, 0).sample(99)).isInstanceOf(IOException.class);
  }

  @Test
  void hostFigures() throws IOException {
    write(tmp.resolve("stat"), "cpu  100 2 30 400 5 0 6 7 0 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n");
    assertThat(HostCpu.systemUsage(tmp)).isEqualTo(543L * 10_000_000L);
    assertThat(HostCpu.countList("0-3,8,10-11")).isEqualTo(7);
    write(tmp.resolve("meminfo"), "MemTotal:       24684092 kB\n");
    assertThat(HostCpu.memTotal(tmp)).isEqualTo(25276510208L);
    assertThat(CgroupStats.V1_MEMORY_KEYS).doesNotHaveDuplicates();
    assertThat(List.copyOf(CgroupStats.V2_MEMORY_KEYS)).doesNotHaveDuplicates();
  }
}
