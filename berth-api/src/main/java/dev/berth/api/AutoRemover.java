package dev.berth.api;

import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerWaiter;
import dev.berth.container.WaitCondition;
import dev.berth.engine.Engine;
import dev.berth.errors.NotFoundException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code HostConfig.AutoRemove} ({@code docker run --rm}): the server removes such a container once
 * the run it started has ended, or at once when its start failed, as the daemon does. A restart is
 * not an end: the container stays while it is being restarted.
 */
final class AutoRemover {
  private final Engine engine;
  private final ContainerWaiter waiter;
  private final Set<String> restarting = ConcurrentHashMap.newKeySet();
  private final java.util.Map<String, Object> removalLocks = new ConcurrentHashMap<>();
  private final AttachSessions attachSessions;
  /** How long an auto-removal waits for attached clients to read the ended run's output. */
  private static final java.time.Duration ATTACH_DRAIN = java.time.Duration.ofSeconds(30);

  AutoRemover(Engine engine, ContainerWaiter waiter, AttachSessions attachSessions) {
    this.engine = engine;
    this.waiter = waiter;
    this.attachSessions = attachSessions;
  }

  static boolean wanted(ContainerRecord r) {
    return ContainerConfigs.parse(r.config()).path("AutoRemove").asBoolean(false);
  }

  /** After a successful start: removes the container when this run ends. */
  void started(String id) {
    ContainerRecord run = engine.containers().inspect(id);
    if (!wanted(run)) {
      return;
    }
    Thread.ofVirtual().name("auto-remove-" + run.shortId()).start(() -> {
      try {
        int code = waiter.watch(id, WaitCondition.NOT_RUNNING).exitCode();
        ContainerRecord now = engine.containers().inspect(id);
        if (restarting.contains(id) || now.running() || !Objects.equals(now.startedAt(), run.startedAt())) {
          return; // a newer run owns the container now
        }
        // the attached clients get the whole run's output before its log goes
        attachSessions.awaitNone(id, ATTACH_DRAIN);
        remove(id, code);
      } catch (NotFoundException gone) {
        // removed by someone else
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  /** After a failed start: an auto-removed container does not stay. */
  void startFailed(String id, int code) {
    try {
      if (wanted(engine.containers().inspect(id))) {
        remove(id, code);
      }
    } catch (NotFoundException gone) {
      // nothing left to remove
    }
  }

  /** Runs a restart (stop, then start) during which the container is kept. */
  void whileRestarting(String id, Runnable restart) {
    restarting.add(id);
    try {
      restart.run();
    } finally {
      restarting.remove(id);
    }
  }

  private void remove(String id, int code) {
    waiter.removed(id, code);
    try {
      remove(id, true, true); // with its anonymous volumes, as the daemon's AutoRemove
    } catch (NotFoundException gone) {
      // removed meanwhile
    }
  }

  /**
   * {@code DELETE /containers/{id}} and the auto-removal go through here, one at a time per
   * container, so they never delete the same files at once.
   */
  void remove(String arg, boolean force, boolean removeVolumes) {
    String id = engine.containers().inspect(arg).id();
    // One small lock object per container ever removed here: a removed ID never comes back.
    synchronized (removalLocks.computeIfAbsent(id, k -> new Object())) {
      engine.containers().remove(id, force, removeVolumes);
    }
  }
}
