package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShmMountTest {
  @Test
  void theDaemonsPlaceAndOptions() {
    assertThat(ShmMount.path(Path.of("/var/lib/berth/containers/abc")))
        .isEqualTo(Path.of("/var/lib/berth/containers/abc/mounts/shm"));
    assertThat(ShmMount.options(0)).isEqualTo("nosuid,nodev,noexec,mode=1777,size=67108864");
    assertThat(ShmMount.options(1 << 20)).isEqualTo("nosuid,nodev,noexec,mode=1777,size=1048576");
  }

  @Test
  void unmountingWhatWasNeverMountedDoesNothing() {
    ShmMount.unmount(Path.of("/nonexistent/berth/mounts/shm"));
  }
}
