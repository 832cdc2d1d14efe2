package dev.berth.stats;

import dev.berth.container.ContainerLifecycle;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.container.ContainerState;
import dev.berth.container.ContainerStore;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The daemon's {@code GET /containers/{id}/stats} without a daemon: samples the container's cgroup
 * once a second (the daemon's collector interval) and hands each sample, with the previous one's
 * time and CPU figures, to a sink. A container that is not running gives the empty sample; the
 * stream ends when the container is removed or {@code stop} says so. Without {@code stream} one
 * sample is given: the second one (so that its CPU figures have a predecessor), or the first with
 * {@code oneShot}, or at once the empty one for a container that is not running.
 */
public final class StatsStream {
  /** Where samples go; an I/O error ends the stream. */
  @FunctionalInterface
  public interface Sink {
    void accept(ContainerStats stats) throws IOException;
  }

  static final Duration INTERVAL = Duration.ofSeconds(1);

  private final BerthStore store;
  private final ContainerLifecycle lifecycle;
  private final CgroupStats cgroups;
  private final Path procRoot;

  public StatsStream(BerthStore store, ContainerLifecycle lifecycle) {
    this(store, lifecycle, CgroupStats.host(), Path.of("/proc"));
  }

  StatsStream(BerthStore store, ContainerLifecycle lifecycle, CgroupStats cgroups, Path procRoot) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.cgroups = cgroups;
    this.procRoot = procRoot;
  }

  /**
   * Streams the stats of container {@code arg} (name, ID or ID prefix).
   *
   * @throws dev.berth.errors.NotFoundException "No such container: ARG"
   * @throws InvalidArgumentException for {@code stream} with {@code oneShot}
   */
  public void stream(String arg, boolean stream, boolean oneShot, Sink sink, BooleanSupplier stop)
      throws IOException {
    ContainerRecord r = lifecycle.reconcile(store.db().read(c -> ContainerService.find(c, arg)));
    if (stream && oneShot) {
      throw new InvalidArgumentException("cannot have stream=true and one-shot=true");
    }
    if (!collecting(r) && !stream) {
      sink.accept(ContainerStats.empty("/" + r.name(), r.id()));
      return;
    }
    Instant preRead = null;
    ContainerStats.Cpu preCpu = ContainerStats.Cpu.ZERO;
    boolean prime = !stream && !oneShot;
    while (true) {
      Optional<ContainerRecord> now = store.db().read(c -> ContainerStore.byId(c, r.id()));
      if (now.isEmpty()) {
        return; // removed: the daemon's collector closes the subscription
      }
      ContainerStats s = sample(lifecycle.reconcile(now.get())).after(preRead, preCpu);
      preRead = s.read();
      preCpu = s.cpu();
      if (prime) {
        prime = false;
      } else {
        sink.accept(s);
        if (!stream) {
          return;
        }
      }
      long until = System.nanoTime() + INTERVAL.toNanos();
      while (System.nanoTime() < until) {
        if (stop.getAsBoolean()) {
          return;
        }
        try {
          Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (stop.getAsBoolean()) {
        return;
      }
    }
  }

  /** Running or paused: the daemon's IsRunning and not IsRestarting. */
  private static boolean collecting(ContainerRecord r) {
    return r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED;
  }

  /** One sample of {@code r}, the empty one when it is not running or its cgroup cannot be read. */
  ContainerStats sample(ContainerRecord r) {
    String name = "/" + r.name();
    if (!collecting(r) || r.pid() <= 0) {
      return ContainerStats.empty(name, r.id());
    }
    try {
      ContainerStats s = cgroups.sample(r.pid());
      long system = HostCpu.systemUsage(procRoot);
      int online = HostCpu.onlineCpus(procRoot);
      return new ContainerStats(s.read(), null, s.pidsCurrent(), s.pidsLimit(), s.blkio(),
          s.cpu().withSystem(system, online), ContainerStats.Cpu.ZERO, s.memory(), name, r.id());
    } catch (IOException | RuntimeException e) {
      return ContainerStats.empty(name, r.id());
    }
  }
}
