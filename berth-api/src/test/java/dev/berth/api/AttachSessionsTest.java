package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttachSessionsTest {
  @Test
  void awaitNoneReturnsWhenTheLastStreamOfTheContainerEnds() throws Exception {
    AttachSessions sessions = new AttachSessions();
    sessions.enter("a");
    sessions.enter("a");
    sessions.enter("b");
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
      try {
        sessions.awaitNone("a", Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    sessions.exit("a");
    Thread.sleep(100);
    assertThat(waiting).as("one stream of a is still open").isNotDone();
    sessions.exit("a");
    waiting.get(10, TimeUnit.SECONDS);
    assertThat(waiting).isDone();
  }

  @Test
  void awaitNoneGivesUpAfterItsTimeout() throws Exception {
    AttachSessions sessions = new AttachSessions();
    sessions.enter("a");
    long start = System.nanoTime();
    sessions.awaitNone("a", Duration.ofMillis(50));
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    sessions.awaitNone("b", Duration.ofDays(1)); // nothing open: at once
  }
}
