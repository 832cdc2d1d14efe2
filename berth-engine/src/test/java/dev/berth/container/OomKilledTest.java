package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OomKilledTest {
  @TempDir Path dir;

  @Test
  void anOomSeenWhileRunningIsReportedOnceAndTakenByTheExit() {
    assertThat(OomKilled.seen(dir)).isTrue();
    assertThat(OomKilled.seen(dir)).isFalse();
    assertThat(OomKilled.takeSeen(dir)).isTrue();
    assertThat(OomKilled.takeSeen(dir)).isFalse();
    OomKilled.seen(dir);
    OomKilled.clear(dir); // a new start forgets it
    assertThat(OomKilled.takeSeen(dir)).isFalse();
  }
}
