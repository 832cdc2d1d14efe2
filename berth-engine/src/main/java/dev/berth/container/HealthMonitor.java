package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.runtime.ExecRequest;
import dev.berth.store.BerthStore;
import dev.berth.units.GoDuration;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a container's healthcheck for one run of it, as the daemon's monitor does: a probe (an exec
 * in the container) one interval after the start and one interval after each probe ends, each
 * result recorded ({@link HealthState}) with a {@code health_status} event when the status changes.
 * It ends when that run ends (stop, exit, restart, removal); while the container is paused it only
 * waits. Without a daemon, a process of its own runs it ({@code container health-monitor}).
 */
public final class HealthMonitor {
  /** How long a timed-out probe has between SIGTERM and SIGKILL (the daemon's termProcessTimeout). */
  private static final Duration TERM_GRACE = Duration.ofSeconds(10);

  private final BerthStore store;
  private final ContainerLifecycle lifecycle;

  public HealthMonitor(BerthStore store, ContainerLifecycle lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  /** Monitors run {@code startedAt} of container {@code id} until it ends. */
  public void run(String id, String startedAt) throws InterruptedException {
    Optional<ContainerRecord> first = current(id, startedAt);
    if (first.isEmpty()) {
      return;
    }
    JsonNode config = ContainerConfigs.parse(first.get().config());
    Optional<HealthConfig> probe = HealthConfig.probeOf(config);
    if (probe.isEmpty()) {
      return;
    }
    HealthConfig hc = probe.get();
    Instant started = Instant.parse(startedAt);
    Instant next = started.plus(hc.interval());
    while (true) {
      long wait = Duration.between(Instant.now(), next).toMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      Optional<ContainerRecord> now = current(id, startedAt).map(lifecycle::reconcile);
      if (now.isEmpty() || !startedAt.equals(now.get().startedAt()) || !now.get().running()
          || now.get().state() == ContainerState.RESTARTING) {
        return;
      }
      if (now.get().state() == ContainerState.RUNNING) {
        HealthState.Result result = probe(now.get(), hc, config);
        if (result.exitCode() != 0 && endedMeanwhile(id, startedAt)) {
          return; // the probe failed because the container was being stopped: the daemon drops it
        }
        record(now.get(), hc, started, result);
      }
      next = Instant.now().plus(hc.interval());
    }
  }

  /** Whether the run has ended, given its exit a moment to be recorded. */
  private boolean endedMeanwhile(String id, String startedAt) throws InterruptedException {
    Thread.sleep(150);
    return current(id, startedAt).map(lifecycle::reconcile).filter(ContainerRecord::running).isEmpty();
  }

  private Optional<ContainerRecord> current(String id, String startedAt) {
    return store.db().read(c -> ContainerStore.byId(c, id)).filter(r -> startedAt.equals(r.startedAt()));
  }

  /** One probe: an exec of the test with the container's user, directory and environment. */
  HealthState.Result probe(ContainerRecord r, HealthConfig hc, JsonNode config) throws InterruptedException {
    Instant start = Instant.now();
    var cmd = hc.command(config);
    String execId = ContainerLifecycle.newExecId();
    LimitedOutput out = new LimitedOutput();
    AtomicLong pid = new AtomicLong();
    CompletableFuture<Integer> exec = CompletableFuture.supplyAsync(() -> {
      lifecycle.execCreated(r, execId, cmd);
      return lifecycle.exec(r.id(), execId, new ExecRequest(cmd, null, null, null, false, false, false),
          InputStream.nullInputStream(), out, out, pid::set);
    }, Thread::startVirtualThread);
    try {
      int code = exec.get(hc.timeout().toNanos(), TimeUnit.NANOSECONDS);
      return new HealthState.Result(start, Instant.now(), code, out.text());
    } catch (TimeoutException e) {
      HealthState.Result timedOut = new HealthState.Result(start, Instant.now(), -1,
          "Health check exceeded timeout (" + GoDuration.format(hc.timeout().toNanos()) + ")");
      stop(exec, pid.get());
      return timedOut;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new HealthState.Result(start, Instant.now(), -1, String.valueOf(cause.getMessage()));
    }
  }

  /** A timed-out probe gets SIGTERM, then SIGKILL if it still runs after the grace period. */
  private static void stop(CompletableFuture<Integer> exec, long pid) throws InterruptedException {
    Optional<ProcessHandle> p = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
    p.ifPresent(ProcessHandle::destroy);
    try {
      exec.get(TERM_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.ifPresent(ProcessHandle::destroyForcibly);
    } catch (ExecutionException e) {
      // it ended with an error: nothing left to stop
    }
  }

  /** Records a result unless the run ended meanwhile; logs {@code health_status} on a change. */
  void record(ContainerRecord r, HealthConfig hc, Instant started, HealthState.Result result) {
    Path dir = store.paths().container(r.id());
    String[] change = new String[1];
    HealthState.update(dir, now -> {
      if (now.isEmpty() || !now.get().startedAt().equals(r.startedAt()) || current(r.id(), r.startedAt())
          .filter(c -> c.state() == ContainerState.RUNNING).isEmpty()) {
        return Optional.empty();
      }
      HealthState next = now.get().withResult(result, hc, started);
      if (!next.status().equals(now.get().status())) {
        change[0] = next.status();
      }
      return Optional.of(next);
    });
    if (change[0] != null) {
      dev.berth.events.EventLog.write(store,
          c -> dev.berth.events.EventLog.container(c, "health_status: " + change[0], r));
    }
  }

  /** Keeps the first 4096 bytes of a probe's output; "..." marks that more was cut off. */
  static final class LimitedOutput extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      int keep = Math.min(HealthState.MAX_OUTPUT_BYTES - kept.size(), len);
      if (keep > 0) {
        kept.write(b, off, keep);
      }
      if (keep < len) {
        truncated = true;
      }
    }

    synchronized String text() {
      String s = kept.toString(StandardCharsets.UTF_8);
      return truncated ? s + "..." : s;
    }
  }
}
