package dev.berth.container;

import dev.berth.store.BerthStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waits for a container to reach a {@link WaitCondition}, from the rows and the runtime's exit
 * files alone, so it sees starts, exits and removals made by any berth process. A process that
 * removes containers itself (the API server's auto-removal) reports their last exit code with
 * {@link #removed}, so a wait for removal answers the code even when it never saw the exited row.
 */
public final class ContainerWaiter {
  private static final long POLL_MILLIS = 20;
  /** A full reconcile (it runs runc) only this often while no exit file has appeared. */
  private static final int POLLS_PER_RECONCILE = 50;

  private final BerthStore store;
  private final ContainerLifecycle lifecycle;
  private final Map<String, Integer> removedExitCodes = new ConcurrentHashMap<>();

  public ContainerWaiter(BerthStore store, ContainerLifecycle lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  /**
   * Starts waiting: the container is looked up now ({@code No such container}), and what happens
   * from this moment on counts. Block in {@link Pending#exitCode()}.
   */
  public Pending watch(String arg, WaitCondition condition) {
    ContainerRecord r = lifecycle.reconcile(store.db().read(c -> ContainerService.find(c, arg)));
    return new Pending(r, condition);
  }

  /** Records the exit code of a container this process is removing (before it removes it). */
  public void removed(String id, int exitCode) {
    removedExitCodes.put(id, exitCode);
  }

  /** A wait that has begun. */
  public final class Pending {
    private final ContainerRecord initial;
    private final WaitCondition condition;

    private Pending(ContainerRecord initial, WaitCondition condition) {
      this.initial = initial;
      this.condition = condition;
    }

    public ContainerRecord container() {
      return initial;
    }

    /** Blocks until the condition holds; the container's exit code at that moment. */
    public int exitCode() {
      String id = initial.id();
      Path exitFile = lifecycle.runtime().config().exitFile(id);
      ContainerRecord last = initial;
      for (int poll = 0; ; poll++) {
        Optional<ContainerRecord> now = store.db().read(c -> ContainerStore.byId(c, id));
        if (now.isEmpty()) {
          Integer code = removedExitCodes.get(id);
          return code != null ? code : last.exitCode();
        }
        ContainerRecord r = now.get();
        if (r.running() && (Files.exists(exitFile) || poll % POLLS_PER_RECONCILE == 0)) {
          r = lifecycle.reconcile(r);
        }
        last = r;
        boolean done = switch (condition) {
          case NOT_RUNNING -> !r.running();
          case NEXT_EXIT -> !r.running() && !Objects.equals(r.finishedAt(), initial.finishedAt());
          case REMOVED -> false;
        };
        if (done) {
          return r.exitCode();
        }
        sleep();
      }
    }
  }

  static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.berth.errors.SystemException("interrupted while waiting for a container", e);
    }
  }
}
