package dev.berth.container;

import dev.berth.runtime.ContainerStatus;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A container recorded as running whose process runc has created but not yet started: its start
 * is under way (an attached run records the container as running before it starts it). The daemon
 * holds the container's lock while it starts one, so a kill waits for the start to end; berth
 * waits the same way, until runc no longer shows it created (or {@code max} passes: a start that
 * died between create and start leaves it so).
 */
final class StartInProgress {
  private StartInProgress() {}

  /** Waits while {@code status} says created; true when it stopped saying so within {@code max}. */
  static boolean await(Supplier<ContainerStatus.State> status, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (status.get() == ContainerStatus.State.CREATED) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
