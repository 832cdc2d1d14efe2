package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelSettingsTest {
  @Test
  void tmpfsGetsTheDaemonsDefaultsBeforeItsOwnOptions() {
    assertThat(KernelSettings.tmpfsOptions("")).containsExactly("noexec", "nosuid", "nodev");
    assertThat(KernelSettings.tmpfsOptions("rw")).containsExactly("noexec", "nosuid", "nodev", "rw");
  }

  @Test
  void aLaterFlagReplacesItsOppositeAndALaterSizeTheEarlierOne() {
    // as `docker run --tmpfs /tmp:rw,exec,size=8192k` and `/tmp:rw,size=8192k,exec,size=4096k,noexec`
    assertThat(KernelSettings.tmpfsOptions("rw,exec,size=8192k"))
        .containsExactly("nosuid", "nodev", "rw", "exec", "size=8192k");
    assertThat(KernelSettings.tmpfsOptions("rw,size=8192k,exec,size=4096k,noexec"))
        .containsExactly("nosuid", "nodev", "rw", "size=4096k", "noexec");
  }

  @Test
  void anUnknownOptionIsRefusedWithTheDaemonsMessage() {
    assertThatThrownBy(() -> KernelSettings.tmpfsOptions("foobar"))
        .hasMessage("invalid tmpfs option [\"foobar\"]");
    assertThatThrownBy(() -> KernelSettings.tmpfsOptions("noexec,color=blue"))
        .hasMessage("invalid tmpfs option [\"color\" \"blue\"]");
  }

  @Test
  void shmSizeIsWrittenInKibibytesWith64MiBByDefault() {
    assertThat(KernelSettings.none().shmSizeOption()).isEqualTo("size=65536k");
    assertThat(new KernelSettings(0, 0, 1L << 30, Map.of(), Map.of(), null).shmSizeOption()).isEqualTo("size=1048576k");
  }

  @Test
  void keepsTheTmpfsMountsInTheOrderGiven() {
    Map<String, String> tmpfs = new java.util.LinkedHashMap<>();
    tmpfs.put("/z", "");
    tmpfs.put("/a", "size=1k");
    assertThat(new KernelSettings(0, 0, 0, Map.of(), tmpfs, null).tmpfs().keySet()).containsExactly("/z", "/a");
  }
}
