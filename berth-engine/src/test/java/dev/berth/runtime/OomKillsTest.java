package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OomKillsTest {
  @TempDir Path root;

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void cgroupV1CountsKillsInMemoryOomControl() throws IOException {
    write(root.resolve("memory/berth/abc/memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
    write(root.resolve("memory/berth/ok/memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");
    OomKills kills = new OomKills(root);
    assertThat(kills.happened("berth/abc")).isTrue();
    assertThat(kills.happened("/berth/abc")).isTrue();
    assertThat(kills.happened("berth/ok")).isFalse();
  }

  @Test
  void cgroupV2CountsKillsInMemoryEvents() throws IOException {
    write(root.resolve("parent/abc/memory.events"), "low 0\nhigh 0\nmax 12\noom 1\noom_kill 2\noom_group_kill 0\n");
    assertThat(new OomKills(root).happened("parent/abc")).isTrue();
  }

  @Test
  void aMissingCgroupOrBundleIsNoKill() throws IOException {
    OomKills kills = new OomKills(root);
    assertThat(kills.happened("berth/gone")).isFalse();
    assertThat(kills.happened(root.resolve("no-bundle"))).isFalse();
    Path bundle = root.resolve("bundle");
    write(bundle.resolve("config.json"), "{\"linux\":{\"cgroupsPath\":\"berth/abc\"}}");
    write(root.resolve("memory/berth/abc/memory.oom_control"), "oom_kill 3\n");
    assertThat(kills.happened(bundle)).isTrue();
  }

  @Test
  void underOomIsReadFromTheV1OomControl() {
    assertThat(OomKills.underOom(java.util.List.of("oom_kill_disable 1", "under_oom 1", "oom_kill 0"))).isTrue();
    assertThat(OomKills.underOom(java.util.List.of("oom_kill_disable 1", "under_oom 0", "oom_kill 0"))).isFalse();
  }
}
