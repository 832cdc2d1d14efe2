package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.ConflictException;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageStore;
import dev.berth.image.LayerRecord;
import dev.berth.runtime.BindMount;
import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.ContainerRuntime;
import dev.berth.runtime.ContainerStatus;
import dev.berth.runtime.ExitStatus;
import dev.berth.runtime.ImageProcessConfig;
import dev.berth.runtime.NetworkMode;
import dev.berth.runtime.OciSpecBuilder;
import dev.berth.runtime.RootFs;
import dev.berth.runtime.RunOptions;
import dev.berth.runtime.RuntimeConfig;
import dev.berth.runtime.Signals;
import dev.berth.store.BerthStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs container records with the runtime (runc under conmon) and keeps their rows true: every
 * state change is recorded, and containers whose process ended while no berth process watched are
 * reconciled from conmon's exit files the next time anyone looks.
 */
public final class ContainerLifecycle {
  private final BerthStore store;
  private final ContainerRuntime runtime;
  private final List<String> exitCommand;

  /** @param exitCommand argv prefix conmon runs when a container exits (the container ID is appended) */
  public ContainerLifecycle(BerthStore store, List<String> exitCommand) {
    this.store = store;
    this.runtime = new ContainerRuntime(RuntimeConfig.defaults(store.paths().runRoot()));
    this.exitCommand = exitCommand;
  }

  public ContainerRuntime runtime() {
    return runtime;
  }

  /**
   * Removes what the runtime keeps of a stopped container (runc state, mounts, exit file). A
   * start killed before it recorded anything leaves a mounted rootfs (and maybe a runc container)
   * behind a row that still says "created": the rootfs directory gives it away.
   */
  void forget(ContainerRecord r) {
    if (r.startedAt() != null || r.finishedAt() != null
        || Files.exists(RootFs.merged(dirs(r.id()).dir()), LinkOption.NOFOLLOW_LINKS)) {
      runtime.release(r.id(), dirs(r.id()), true);
    }
  }

  ContainerDirs dirs(String id) {
    return new ContainerDirs(store.paths().container(id));
  }

  private ContainerRecord find(String arg) {
    return store.db().read(c -> ContainerService.find(c, arg));
  }

  /** Mounts the rootfs and writes the bundle; returns the request that starts it. */
  private ContainerRuntime.StartRequest prepare(ContainerRecord r) {
    JsonNode config = ContainerConfigs.parse(r.config());
    List<Path> layers = store.db().read(c -> {
      List<Path> out = new ArrayList<>();
      for (String chain : ImageStore.ownerChain(c, "c:" + r.id())) {
        out.add(store.paths().layerDiff(chain));
      }
      return out;
    });
    ImageProcessConfig image = imageConfig(r);
    List<String> argv = new ArrayList<>();
    argv.add(config.path("Path").asText());
    config.path("Args").forEach(a -> argv.add(a.asText()));
    List<BindMount> binds = new ArrayList<>();
    for (JsonNode b : config.path("Binds")) {
      String[] parts = b.asText().split(":");
      binds.add(new BindMount(Path.of(parts[0]), parts[1], parts.length > 2 && parts[2].contains("ro")));
    }
    RunOptions opts = RunOptions.defaults()
        .withEntrypoint(argv)
        .withCmd(List.of())
        .withEnv(CommandResolution.strings(config.get("Env")))
        .withWorkdir(config.path("WorkingDir").asText(""))
        .withUser(config.path("User").asText(""))
        .withHostname(config.path("Hostname").asText(""))
        .withTty(config.path("Tty").asBoolean(false))
        .withInteractive(config.path("OpenStdin").asBoolean(false))
        .withReadOnlyRootfs(config.path("ReadonlyRootfs").asBoolean(false))
        .withNetwork(NetworkMode.parse(config.path("NetworkMode").asText("none")))
        .withBinds(binds);
    RootFs rootfs = RootFs.mount(layers, store.paths().container(r.id()), RootFs.Strategy.AUTO,
        RootFs.XattrNamespace.TRUSTED);
    runtime.writeBundle(r.id(), dirs(r.id()), image, opts, rootfs);
    List<String> onExit = exitCommand == null ? List.of() : new ArrayList<>(exitCommand);
    if (!onExit.isEmpty()) {
      onExit.add(r.id());
    }
    return new ContainerRuntime.StartRequest(r.id(), r.name(), opts.interactive(), opts.tty(), onExit);
  }

  private ImageProcessConfig imageConfig(ContainerRecord r) {
    if (!store.content().exists(r.imageId())) {
      return ImageProcessConfig.empty();
    }
    return ImageProcessConfig.fromJson(ImageConfig.parse(store.content().read(r.imageId())).containerConfig());
  }

  /** {@code docker start}: starts a created or exited container detached. */
  public ContainerRecord start(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (r.running()) {
      return r;
    }
    ContainerRuntime.StartRequest req = prepare(r);
    Instant started = Instant.now();
    try {
      ContainerRuntime.Started s = runtime.start(req, dirs(r.id()));
      return record(r.withState(ContainerState.RUNNING, s.pid(), 0, rfc(started), r.finishedAt()));
    } catch (RuntimeException e) {
      failed(r, started, e);
      throw e;
    }
  }

  /** Foreground run: streams output until the container exits; returns its exit code. */
  public int runAttached(String arg, InputStream stdin, OutputStream out, OutputStream err) {
    ContainerRecord r = find(arg);
    ContainerRuntime.StartRequest req = prepare(r);
    Instant started = Instant.now();
    record(r.withState(ContainerState.RUNNING, 0, 0, rfc(started), r.finishedAt()));
    int code;
    try {
      code = runtime.runAttached(req, dirs(r.id()), stdin, out, err);
    } catch (RuntimeException e) {
      failed(r, started, e);
      throw e;
    }
    reconcile(find(r.id()));
    return code;
  }

  private void failed(ContainerRecord r, Instant started, RuntimeException e) {
    int code = e instanceof dev.berth.runtime.ContainerStartException s ? s.exitStatus() : 128;
    runtime.cleanup(r.id(), dirs(r.id()));
    record(r.withState(ContainerState.CREATED.equals(r.state()) ? ContainerState.CREATED : ContainerState.EXITED,
        0, code, r.startedAt(), rfc(started)));
  }

  /** {@code docker stop}: the image's stop signal, then SIGKILL after {@code timeout}. */
  public ContainerRecord stop(String arg, Duration timeout) {
    ContainerRecord r = reconcile(find(arg));
    if (!r.running()) {
      return r;
    }
    int signal = Signals.number(OciSpecBuilder.stopSignal(imageConfig(r)));
    runtime.stop(r.id(), signal, timeout);
    return reconcile(find(r.id()));
  }

  /** {@code docker kill}. */
  public ContainerRecord kill(String arg, String signal) {
    ContainerRecord r = reconcile(find(arg));
    if (!r.running()) {
      throw new ConflictException("Container " + r.id() + " is not running");
    }
    runtime.kill(r.id(), Signals.number(signal));
    if (Signals.number(signal) == 9) {
      runtime.waitForExit(r.id(), Duration.ofSeconds(10));
    }
    return reconcile(find(r.id()));
  }

  private ContainerRecord requireRunning(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (!r.running()) {
      throw new ConflictException("Container " + r.id() + " is not running");
    }
    return r;
  }

  /** {@code docker exec}: runs a process in a running container; returns its exit code. */
  public int exec(String arg, dev.berth.runtime.ExecRequest request, InputStream in, OutputStream out,
      OutputStream err) {
    ContainerRecord r = requireRunning(arg);
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("Container " + arg + " is paused, unpause the container before exec");
    }
    return runtime.exec(r.id(), dirs(r.id()), request, in, out, err);
  }

  /** {@code docker top}. */
  public dev.berth.runtime.TopResult top(String arg, List<String> psArgs) {
    return runtime.top(requireRunning(arg).id(), psArgs);
  }

  /** {@code docker pause}: freezes every process of the container. */
  public ContainerRecord pause(String arg) {
    ContainerRecord r = requireRunning(arg);
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("Container " + r.id() + " is already paused");
    }
    runtime.pause(r.id());
    return record(r.withState(ContainerState.PAUSED, r.pid(), r.exitCode(), r.startedAt(), r.finishedAt()));
  }

  /** {@code docker unpause}. */
  public ContainerRecord unpause(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (r.state() != ContainerState.PAUSED) {
      throw new ConflictException("Container " + r.id() + " is not paused");
    }
    runtime.unpause(r.id());
    return record(r.withState(ContainerState.RUNNING, r.pid(), r.exitCode(), r.startedAt(), r.finishedAt()));
  }

  /** {@code docker wait}: blocks until the container is not running; returns its exit code. */
  public int await(String arg) {
    ContainerRecord r = reconcile(find(arg));
    if (r.running()) {
      runtime.waitForExit(r.id());
      r = reconcile(find(r.id()));
    }
    return r.exitCode();
  }

  /** {@code docker rm [-f]} of a container that may be running. */
  public void remove(ContainerService containers, String arg, boolean force) {
    ContainerRecord r = reconcile(find(arg));
    if (r.running()) {
      if (!force) {
        throw new ConflictException("You cannot remove a running container " + r.id()
            + ". Stop the container before attempting removal or force remove");
      }
      try {
        runtime.kill(r.id(), 9);
        runtime.waitForExit(r.id(), Duration.ofSeconds(10));
      } catch (ConflictException stoppedMeanwhile) {
        // it exited by itself since the row was read, or a killed start never ran it
      }
      r = reconcile(find(r.id()));
      if (r.running()) {
        // nothing of it runs any more (runc delete --force below makes sure): record it as killed
        record(r.withState(ContainerState.EXITED, 0, 137, r.startedAt(), rfc(Instant.now())));
      }
    }
    containers.remove(r.id(), false);
  }

  /**
   * Brings a row in line with what the runtime knows: a container marked running whose exit was
   * recorded by conmon (or whose monitor died) becomes exited and its mount is released.
   */
  public ContainerRecord reconcile(ContainerRecord r) {
    if (!r.running()) {
      return r;
    }
    Optional<ExitStatus> exit = runtime.exitStatus(r.id());
    if (exit.isEmpty()) {
      ContainerStatus status = runtime.status(r.id(), dirs(r.id()));
      if (status.state() != ContainerStatus.State.MONITOR_LOST && status.state() != ContainerStatus.State.EXITED) {
        return r;
      }
      exit = status.exit();
    }
    ExitStatus e = exit.orElse(new ExitStatus(137, Instant.now()));
    runtime.cleanup(r.id(), dirs(r.id()));
    ContainerRecord done = r.withState(ContainerState.EXITED, 0, e.exitCode(), r.startedAt(), rfc(e.finishedAt()));
    return record(done);
  }

  /** Reconciles every container that is marked running. */
  public void reconcileAll() {
    for (ContainerRecord r : store.db().read(ContainerStore::all)) {
      if (r.running()) {
        reconcile(r);
      }
    }
  }

  private ContainerRecord record(ContainerRecord r) {
    store.db().write(c -> {
      ContainerStore.updateState(c, r);
      return null;
    });
    return r;
  }

  static String rfc(Instant i) {
    return dev.berth.image.ImageService.rfc3339Nano(i.getEpochSecond() * 1_000_000_000L + i.getNano());
  }
}
