package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.errors.SystemException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs containers with runc under conmon, without a daemon: every operation works from the files
 * on disk (runc state, exit file, log, pid files), so the process that started a container may
 * exit and another one can stop, wait for, or clean it up later.
 */
public final class ContainerRuntime {
  private static final long POLL_MILLIS = 20;

  private final RuntimeConfig config;
  private final Runc runc;
  private final Conmon conmon;

  public ContainerRuntime(RuntimeConfig config) {
    this.config = config;
    this.runc = new Runc(config);
    this.conmon = new Conmon(config);
  }

  public RuntimeConfig config() {
    return config;
  }

  public Runc runc() {
    return runc;
  }

  /**
   * How to start a container: its name (log metadata), stdio wiring and the exit hook.
   * {@code leaveStdinOpen}: the container's stdin stays open when an attached client's input
   * ends (the daemon closes it only for a {@code StdinOnce} container without a terminal).
   */
  public record StartRequest(String id, String name, boolean interactive, boolean tty,
      List<String> exitCommand, boolean leaveStdinOpen) {
    public StartRequest {
      exitCommand = exitCommand == null ? List.of() : List.copyOf(exitCommand);
    }

    public StartRequest(String id, String name, boolean interactive, boolean tty, List<String> exitCommand) {
      this(id, name, interactive, tty, exitCommand, false);
    }

    public static StartRequest detached(String id, List<String> exitCommand) {
      return new StartRequest(id, id, false, false, exitCommand);
    }
  }

  /** A started container: the init's host pid and its monitor (conmon). */
  public record Started(long pid, ProcessIdentity monitor) {}

  /**
   * Writes the container's bundle: {@code /etc/hosts|hostname|resolv.conf} into userdata and
   * {@code bundle/config.json}. The rootfs must be mounted (the user is looked up in it).
   */
  public ObjectNode writeBundle(
      String id, ContainerDirs dirs, ImageProcessConfig image, RunOptions options, RootFs rootfs) {
    HostFiles files = options.join() != null ? options.join().files()
        : HostFiles.write(dirs.userdata(), OciSpecBuilder.hostnameFor(id, options),
            options.network(), options.networkFiles());
    ObjectNode spec =
        new OciSpecBuilder(config.cgroupParent())
            .build(new OciSpecBuilder.Input(id, image, options, rootfs.path(), files));
    OciSpecBuilder.write(spec, dirs.bundle());
    return spec;
  }

  /**
   * Starts the container detached: conmon creates it, runc starts it, and this method returns
   * while conmon keeps supervising it (the calling JVM may exit).
   *
   * @throws ContainerStartException when the process cannot be started (127/126/125)
   */
  public Started start(StartRequest req, ContainerDirs dirs) {
    Conmon.Launched l = create(req, dirs);
    startCreated(req.id());
    return new Started(l.containerPid(), l.monitor());
  }

  /**
   * {@code docker run} without {@code -d}: starts the container, streams its stdout and stderr
   * (and feeds {@code stdin} with {@code interactive}) until it exits, and returns its exit code.
   * The log stays complete, so {@code logs} works afterwards.
   */
  public int runAttached(StartRequest req, ContainerDirs dirs, InputStream stdin,
      OutputStream out, OutputStream err) {
    return runAttached(req, dirs, stdin, out, err, () -> false);
  }

  /** What {@link #runAttached} returns when the client detached while the container runs on. */
  public static final int DETACHED = Integer.MIN_VALUE;

  /**
   * As {@link #runAttached(StartRequest, ContainerDirs, InputStream, OutputStream, OutputStream)};
   * once {@code detached} turns true the streaming ends, and {@link #DETACHED} is returned while
   * the container still runs.
   */
  public int runAttached(StartRequest req, ContainerDirs dirs, InputStream stdin,
      OutputStream out, OutputStream err, java.util.function.BooleanSupplier detached) {
    // A restarted container appends to its log: stream only this run's output.
    long logStart = logSize(dirs);
    create(req, dirs);
    if (req.interactive() && stdin != null) {
      feedStdin(dirs, stdin);
    }
    startCreated(req.id());
    Path exitFile = config.exitFile(req.id());
    try {
      new LogReader(dirs.log()).copyFrom(logStart, LogOptions.all().withFollow(true), out, err,
          () -> Files.exists(exitFile) || detached.getAsBoolean());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.exists(exitFile) && detached.getAsBoolean()) {
      return DETACHED;
    }
    return waitForExit(req.id()).exitCode();
  }

  /**
   * {@code docker attach} (output only): streams what a running container writes from now on
   * until it exits, and returns its exit code.
   */
  public int attachOutput(String id, ContainerDirs dirs, OutputStream out, OutputStream err) {
    return follow(id, dirs, logSize(dirs), out, err);
  }

  private static long logSize(ContainerDirs dirs) {
    try {
      return new LogReader(dirs.log()).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Conmon.Launched create(StartRequest req, ContainerDirs dirs) {
    // A previous run's runc record must go before the id can be created again.
    runc.state(req.id()).ifPresent(s -> runc.delete(req.id(), true));
    Conmon.Launched l = conmon.launch(
        new Conmon.Request(req.id(), req.name(), req.interactive(), req.tty(), req.exitCommand(),
            req.leaveStdinOpen()),
        dirs);
    java.util.function.LongConsumer hook = beforeStart.remove(req.id());
    if (hook != null) {
      try {
        hook.accept(l.containerPid());
      } catch (RuntimeException e) {
        runc.delete(req.id(), true);
        throw e;
      }
    }
    return l;
  }

  private final java.util.Map<String, java.util.function.LongConsumer> beforeStart =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Work on the created container before its process starts (runc has made its namespaces): given
   * the init's host pid. Used once, by the next start of {@code id} in this process.
   */
  public void beforeStart(String id, java.util.function.LongConsumer hook) {
    beforeStart.put(id, hook);
  }

  private void startCreated(String id) {
    try {
      runc.start(id);
    } catch (SystemException e) {
      runc.delete(id, true);
      throw e;
    }
  }

  /**
   * Connects to conmon's attach socket. A unix socket path holds at most 107 bytes: when the
   * bundle's path is longer, the socket is reached through a short-lived symbolic link to the
   * bundle under {@code <runroot>/sock} (as conmon itself binds it).
   */
  private AttachSocket connectAttachSocket(ContainerDirs dirs) throws IOException {
    return connectAttachSocket(config, dirs.bundle());
  }

  /** Connects to the attach socket conmon made in {@code bundle} (its {@code -b} directory). */
  static AttachSocket connectAttachSocket(RuntimeConfig config, Path bundle) throws IOException {
    Path inBundle = bundle.resolve("attach");
    if (inBundle.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 108) {
      return AttachSocket.connect(inBundle);
    }
    Files.createDirectories(config.socketDir());
    Path link = config.socketDir().resolve("a" + Long.toHexString(System.nanoTime()) + "-"
        + Long.toHexString(Integer.toUnsignedLong(bundle.toString().hashCode())));
    Files.createSymbolicLink(link, bundle);
    try {
      return AttachSocket.connect(link.resolve("attach"));
    } finally {
      Files.deleteIfExists(link);
    }
  }

  /**
   * Copies {@code stdin} to the running container's stdin (conmon's attach socket) on a virtual
   * thread; at its end conmon closes the container's stdin (see {@link AttachSocket#feed}).
   */
  public void feedStdin(ContainerDirs dirs, InputStream stdin) {
    AttachSocket socket;
    try {
      socket = connectAttachSocket(dirs);
    } catch (IOException e) {
      throw new SystemException("attaching to the container's stdin: " + e.getMessage(), e);
    }
    socket.feed(stdin, dirs.dir().getFileName().toString());
  }

  private int follow(String id, ContainerDirs dirs, long logStart, OutputStream out,
      OutputStream err) {
    Path exitFile = config.exitFile(id);
    try {
      new LogReader(dirs.log()).copyFrom(logStart, LogOptions.all().withFollow(true), out, err,
          () -> Files.exists(exitFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return waitForExit(id).exitCode();
  }

  /** The recorded exit, once conmon has written the exit file. */
  public Optional<ExitStatus> exitStatus(String id) {
    Path file = config.exitFile(id);
    try {
      String text = Files.readString(file).strip();
      if (text.isEmpty()) {
        return Optional.empty(); // being written
      }
      return Optional.of(new ExitStatus(Integer.parseInt(text),
          Files.getLastModifiedTime(file).toInstant()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Blocks until the container has exited ({@code docker wait}). */
  public ExitStatus waitForExit(String id) {
    return waitForExit(id, null).orElseThrow();
  }

  /** Waits up to {@code timeout} (null: forever) for the exit file. */
  public Optional<ExitStatus> waitForExit(String id, Duration timeout) {
    Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
    while (true) {
      Optional<ExitStatus> exit = exitStatus(id);
      if (exit.isPresent()) {
        return exit;
      }
      if (deadline != null && Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      sleep();
    }
  }

  /**
   * {@code docker stop}: the stop signal, then SIGKILL after {@code timeout} (null: wait
   * forever). Returns the exit status; a container that is not running is left alone.
   */
  public Optional<ExitStatus> stop(String id, int stopSignal, Duration timeout) {
    return stop(id, stopSignal, timeout, () -> { });
  }

  /**
   * As {@link #stop(String, int, Duration)}; {@code beforeKill} runs just before the SIGKILL that
   * follows an expired timeout, so a caller can log that kill before the exit it causes.
   */
  public Optional<ExitStatus> stop(String id, int stopSignal, Duration timeout, Runnable beforeKill) {
    Optional<RuncState> state = runc.state(id);
    if (state.isEmpty() || !isLive(state.get().status())) {
      return exitStatus(id);
    }
    if (!signal(id, stopSignal)) {
      return waitForExit(id, Duration.ofSeconds(2));
    }
    Optional<ExitStatus> exit = waitForExit(id, timeout);
    if (exit.isPresent()) {
      return exit;
    }
    beforeKill.run();
    signal(id, Signals.SIGKILL);
    return Optional.of(waitForExit(id));
  }

  /**
   * Sends {@code signal} to the container's init.
   *
   * @throws ConflictException {@code Container <id> is not running}
   */
  public void kill(String id, int signal) {
    Optional<RuncState> state = runc.state(id);
    if (state.isEmpty() || !isLive(state.get().status())) {
      throw new ConflictException("Container " + id + " is not running");
    }
    if (!signal(id, signal)) {
      throw new ConflictException("Container " + id + " is not running");
    }
  }

  // A frozen container only receives the signal once thawed; false when it had already exited.
  private boolean signal(String id, int signal) {
    try {
      runc.kill(id, signal);
    } catch (ConflictException e) {
      return false;
    }
    if (signal == Signals.SIGKILL || signal == Signals.SIGTERM) {
      runc.state(id).filter(s -> s.status().equals("paused")).ifPresent(s -> runc.resume(id));
    }
    return true;
  }

  private static boolean isLive(String status) {
    return status.equals("running") || status.equals("paused") || status.equals("created");
  }

  public void pause(String id) {
    runc.pause(id);
  }

  /** Applies new resource limits to a running (or paused) container's cgroup. */
  public void update(String id, ProcessLimits limits) {
    java.nio.file.Path file = config.runRoot().resolve("update-" + id + "-" + ProcessHandle.current().pid() + ".json");
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      var resources = OciSpecBuilder.resources(limits);
      if (!resources.has("pids")) {
        // no limit (maybe one the update removed): runc writes "max" for a negative one
        resources.putObject("pids").put("limit", -1);
      }
      java.nio.file.Files.write(file, OciSpecBuilder.JSON.writeValueAsBytes(resources));
      runc.update(id, file);
    } catch (java.io.IOException e) {
      throw new dev.berth.errors.SystemException("cannot update " + id + ": " + e.getMessage(), e);
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(file);
      } catch (java.io.IOException e) {
        // a leftover file in the run root is harmless
      }
    }
  }

  public void unpause(String id) {
    runc.resume(id);
  }

  /**
   * After the container exited: forgets it in runc and releases its rootfs mount. Keeps its
   * files (upper dir, log, exit file), so it can be inspected, restarted or committed.
   */
  public void cleanup(String id, ContainerDirs dirs) {
    runc.delete(id, false);
    RootFs.unmount(dirs.dir());
  }

  /**
   * {@code docker rm}: removes every trace of the container: runc state (killing it when {@code
   * force}), the rootfs mount, its directory, the exit file and conmon's socket link.
   */
  public void remove(String id, ContainerDirs dirs, boolean force) {
    release(id, dirs, force);
    try {
      LayerFlattener.deleteTree(dirs.dir());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Everything {@link #remove} does except deleting the container directory: the store deletes
   * that itself after the row is gone, so a crash in between never leaves a row without its
   * directory.
   */
  public void release(String id, ContainerDirs dirs, boolean force) {
    Optional<RuncState> state = runc.state(id);
    if (state.isPresent() && isLive(state.get().status())) {
      if (!force) {
        throw new ConflictException("You cannot remove a running container " + id
            + ". Stop the container before attempting removal or force remove");
      }
      if (state.get().status().equals("paused")) {
        runc.resume(id);
      }
      runc.delete(id, true);
      ProcessIdentity.parse(read(dirs.conmonPidFile())).ifPresent(this::awaitDeath);
    } else if (state.isPresent()) {
      runc.delete(id, false);
    }
    RootFs.unmount(dirs.dir());
    try {
      Files.deleteIfExists(config.exitFile(id));
      Files.deleteIfExists(config.socketDir().resolve(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // conmon still drains and writes the exit file after a forced delete; let it finish first.
  private void awaitDeath(ProcessIdentity monitor) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (monitor.isAlive() && Instant.now().isBefore(deadline)) {
      sleep();
    }
  }

  /** Reconciles the on-disk facts into one state (see {@link ContainerStatus.State}). */
  public ContainerStatus status(String id, ContainerDirs dirs) {
    Optional<ExitStatus> exit = exitStatus(id);
    Optional<RuncState> state = runc.state(id);
    long pid = state.map(RuncState::pid).orElse(0L);
    if (exit.isPresent()) {
      return new ContainerStatus(ContainerStatus.State.EXITED, pid, exit);
    }
    if (state.isEmpty()) {
      return new ContainerStatus(ContainerStatus.State.UNKNOWN, 0, Optional.empty());
    }
    boolean monitorAlive =
        ProcessIdentity.parse(read(dirs.conmonPidFile())).map(ProcessIdentity::isAlive)
            .orElse(false);
    if (!monitorAlive) {
      // Exit file may have appeared just now, after conmon finished.
      exit = exitStatus(id);
      if (exit.isPresent()) {
        return new ContainerStatus(ContainerStatus.State.EXITED, pid, exit);
      }
      return state.get().status().equals("stopped")
          ? new ContainerStatus(ContainerStatus.State.EXITED, pid, Optional.empty())
          : new ContainerStatus(ContainerStatus.State.MONITOR_LOST, pid, Optional.empty());
    }
    return switch (state.get().status()) {
      case "created" -> new ContainerStatus(ContainerStatus.State.CREATED, pid, Optional.empty());
      case "paused" -> new ContainerStatus(ContainerStatus.State.PAUSED, pid, Optional.empty());
      // "stopped" with a live conmon: it is still draining output before writing the exit file.
      default -> new ContainerStatus(ContainerStatus.State.RUNNING, pid, Optional.empty());
    };
  }

  /**
   * {@code docker exec}: runs a process in the running container and returns its exit code
   * ({@code -d}: returns 0 once it started). Output goes to {@code out}/{@code err}.
   *
   * @throws ConflictException when the container is not running
   * @throws ContainerStartException when the command cannot be executed (always 126)
   */
  public int exec(String id, ContainerDirs dirs, ExecRequest req, InputStream in,
      OutputStream out, OutputStream err) {
    return exec(id, dirs, req, in, out, err, pid -> { });
  }

  /**
   * As {@link #exec(String, ContainerDirs, ExecRequest, InputStream, OutputStream, OutputStream)};
   * {@code started} receives the process's host pid once it runs (not at all when it cannot run).
   */
  public int exec(String id, ContainerDirs dirs, ExecRequest req, InputStream in,
      OutputStream out, OutputStream err, java.util.function.LongConsumer started) {
    RuncState state = runc.state(id).orElse(null);
    if (state == null || !state.status().equals("running")) {
      if (state != null && state.status().equals("paused")) {
        throw new ConflictException("Container " + id
            + " is paused, unpause the container before exec");
      }
      throw new ConflictException("Container " + id + " is not running");
    }
    if (req.tty()) {
      return new TtyExec(config).run(id, id.substring(0, Math.min(12, id.length())), dirs, req, in, out, started);
    }
    Path runcLog = dirs.userdata().resolve("exec-" + ProcessHandle.current().pid() + "-"
        + System.nanoTime() + ".log");
    List<String> argv = new ArrayList<>(List.of(config.runc().toString(), "--root",
        config.runcRoot().toString(), "--log", runcLog.toString(), "--log-format", "json",
        "exec"));
    Path pidFile = Path.of(runcLog.toString().replaceFirst("\\.log$", ".pid"));
    argv.addAll(List.of("--pid-file", pidFile.toString()));
    if (req.detach()) {
      argv.add("--detach");
    }
    Path processFile = Path.of(runcLog.toString().replaceFirst("\\.log$", ".process.json"));
    argv.addAll(List.of("--process", processFile.toString()));
    argv.add(id);
    try {
      OciSpecBuilder.JSON.writeValue(processFile.toFile(), ExecProcess.spec(dirs, req, false));
      ProcessBuilder pb = new ProcessBuilder(argv);
      if (!req.interactive() || in == null) {
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      }
      if (req.detach()) {
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      ExecStderr stderr = new ExecStderr(err == null ? OutputStream.nullOutputStream() : err);
      Process p = pb.start();
      Thread pidReporter = Thread.ofVirtual().name("exec-pid").start(() -> reportPid(p, pidFile, started));
      CompletableFuture<Void> o = req.detach() ? CompletableFuture.completedFuture(null)
          : CompletableFuture.runAsync(() -> pump(p.getInputStream(), out), HostCommand.BLOCKING_IO);
      CompletableFuture<Void> e = req.detach() ? CompletableFuture.completedFuture(null)
          : CompletableFuture.runAsync(() -> pump(p.getErrorStream(), stderr), HostCommand.BLOCKING_IO);
      if (req.interactive() && in != null) {
        Thread.ofVirtual().start(() -> {
          try (OutputStream stdin = p.getOutputStream()) {
            in.transferTo(stdin);
          } catch (IOException ignored) {
            // the process no longer reads its stdin
          }
        });
      }
      int rc = p.waitFor();
      o.join();
      e.join();
      pidReporter.join();
      String failure = runcError(runcLog);
      if (failure == null) {
        stderr.release();
      } else {
        stderr.discard();
        // docker exec exits 126 for every exec failure, "not found" included.
        throw new ContainerStartException("OCI runtime exec failed: " + failure + ": unknown", 126);
      }
      return req.detach() ? 0 : rc;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted during exec", ex);
    } finally {
      try {
        Files.deleteIfExists(runcLog);
        Files.deleteIfExists(processFile);
      } catch (IOException ignored) {
        // a leftover log file is harmless
      }
    }
  }

  // runc writes the pid file once the process runs; it is gone with the exec (or never written).
  private static void reportPid(Process runcExec, Path pidFile, java.util.function.LongConsumer started) {
    try {
      while (true) {
        boolean alive = runcExec.isAlive();
        String text = read(pidFile).strip();
        if (!text.isEmpty()) {
          started.accept(Long.parseLong(text));
          return;
        }
        if (!alive) {
          return;
        }
        sleep();
      }
    } catch (RuntimeException e) {
      // no pid to report
    } finally {
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // swept with the container's directory
      }
    }
  }

  // runc's own error for a failed exec, from its JSON log (null when it ran the process).
  static String runcError(Path runcLog) throws IOException {
    if (!Files.exists(runcLog)) {
      return null;
    }
    String found = null;
    for (String line : Files.readAllLines(runcLog)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = OciSpecBuilder.JSON.readTree(line);
      if (n.path("level").asText().equals("error")) {
        found = n.path("msg").asText();
      }
    }
    return found;
  }

  private static void pump(InputStream in, OutputStream out) {
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code docker top}: runs {@code ps psArgs} on the host and keeps the container's processes,
   * splitting rows into as many fields as there are titles (the last one keeps its spaces).
   */
  public TopResult top(String id, List<String> psArgs) {
    RuncState state = runc.state(id).orElse(null);
    if (state == null || !isLive(state.status()) || state.status().equals("created")) {
      throw new ConflictException("Container " + id + " is not running");
    }
    List<Long> pids = runc.pids(id);
    List<String> argv = new ArrayList<>(List.of("ps"));
    argv.addAll(psArgs.isEmpty() ? List.of("-ef") : psArgs);
    HostCommand.Result r = HostCommand.run(argv);
    if (!r.ok()) {
      // The daemon reports the first line of ps's complaint.
      throw new SystemException("ps: " + r.message().lines().findFirst().orElse("exit status " + r.exitCode()));
    }
    return TopParser.parse(r.stdout(), pids);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while waiting for a container", e);
    }
  }
}
