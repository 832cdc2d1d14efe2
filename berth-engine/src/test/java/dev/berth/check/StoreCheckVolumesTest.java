package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Engine;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code system check} knows volume rows, their directories and their users. */
class StoreCheckVolumesTest {
  @TempDir Path dir;

  @Test
  void reportsAndRepairsVolumeDirectoriesWithoutRows() throws Exception {
    try (Engine engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")))) {
      engine.volumes().create("v1", null, null, null);
      engine.volumes().create("gone", null, null, null);
      StoreCheck check = new StoreCheck(engine.store());
      assertThat(check.run()).isEmpty();
      Files.createDirectories(engine.store().paths().volumeData("orphan"));
      BerthStore.deleteTree(engine.store().paths().volumeDir("gone"));
      assertThat(check.run()).containsExactlyInAnyOrder(
          "volume gone: directory missing", "volume directory orphan: no volume row");
      assertThat(check.repair()).containsExactly("removed orphan volume directory orphan");
      assertThat(check.run()).containsExactly("volume gone: directory missing");
      assertThat(engine.volumes().mountpoint("v1")).isDirectory();
    }
  }
}
