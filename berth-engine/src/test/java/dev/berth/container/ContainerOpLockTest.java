package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerOpLockTest {
  @TempDir Path dir;

  @Test
  void aSecondHolderWaitsUntilTheFirstIsDone() throws Exception {
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = Thread.ofPlatform().start(() -> ContainerOpLock.holding(dir, null, () -> {
      order.add("first in");
      firstIn.countDown();
      await(release);
      order.add("first out");
      return null;
    }));
    assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
    Thread second = Thread.ofPlatform().start(() -> ContainerOpLock.holding(dir, null, () -> order.add("second")));
    second.join(300);
    assertThat(order).containsExactly("first in");
    release.countDown();
    first.join(5000);
    second.join(5000);
    assertThat(order).containsExactly("first in", "first out", "second");
  }

  @Test
  void aRemovedContainerGivesTheGoneValueWithoutRunningTheWork() {
    assertThat(ContainerOpLock.holding(dir.resolve("removed"), "gone", () -> "ran")).isEqualTo("gone");
    assertThat(ContainerOpLock.holding(dir, "gone", () -> "ran")).isEqualTo("ran");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
