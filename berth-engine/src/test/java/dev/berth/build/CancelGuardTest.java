package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moby's TestBuildCancellationKillsSleep: a killed build client kills its step container. */
class CancelGuardTest {
  @TempDir Path dir;

  @Test
  void theCommandRunsOnlyWhenThePipeClosesWithoutTheAllClear() throws Exception {
    Path killed = dir.resolve("killed");
    CancelGuard.start(List.of("touch", killed.toString())).close();
    Thread.sleep(300);
    assertThat(killed).doesNotExist();

    CancelGuard abandoned = CancelGuard.start(List.of("touch", killed.toString()));
    assertThat(abandoned.abandon()).isZero();
    assertThat(Files.exists(killed)).isTrue();
  }

  @Test
  void withoutALauncherThereIsNoGuard() {
    CancelGuard.start(List.of()).close();
  }
}
