package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real busybox containers with runc under conmon (needs root, runc, conmon, busybox). */
class RealContainerTest {
  static final ImageProcessConfig BUSYBOX = new ImageProcessConfig(
      List.of(ContainerEnv.DEFAULT_PATH), List.of("sh"), null, null, null, null, null);

  @TempDir static Path shared;
  static Path layer;

  @TempDir Path tmp;
  ContainerRuntime runtime;
  final List<String> ids = new ArrayList<>();
  final List<ContainerDirs> dirsList = new ArrayList<>();

  @BeforeAll
  static void makeLayer() throws Exception {
    layer = BusyboxLayer.create(shared.resolve("layer"));
  }

  @BeforeEach
  void setUp() {
    runtime = new ContainerRuntime(new RuntimeConfig(tmp.resolve("run"), Path.of("/usr/sbin/runc"),
        Path.of("/usr/bin/conmon"), "/berth-test"));
  }

  @AfterEach
  void removeAll() {
    for (int i = 0; i < ids.size(); i++) {
      runtime.remove(ids.get(i), dirsList.get(i), true);
    }
  }

  private String newId() {
    byte[] b = new byte[32];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private record Ctr(String id, ContainerDirs dirs, RootFs rootfs) {}

  private Ctr prepare(RunOptions opts) {
    String id = newId();
    ContainerDirs dirs = new ContainerDirs(tmp.resolve("containers").resolve(id.substring(0, 12)));
    RootFs rootfs = RootFs.mount(List.of(layer), dirs.dir(), RootFs.Strategy.OVERLAY,
        RootFs.XattrNamespace.TRUSTED);
    ids.add(id);
    dirsList.add(dirs);
    runtime.writeBundle(id, dirs, BUSYBOX, opts, rootfs);
    return new Ctr(id, dirs, rootfs);
  }

  private static RunOptions cmd(String... argv) {
    return RunOptions.defaults().withCmd(List.of(argv));
  }

  private record Output(int code, String out, String err) {}

  private Output runAttached(Ctr c, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var req = new ContainerRuntime.StartRequest(c.id(), "n", stdin != null, false, List.of());
    int code = runtime.runAttached(req, c.dirs(),
        stdin == null ? null : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        out, err);
    return new Output(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private ContainerRuntime.Started startDetached(Ctr c) {
    return runtime.start(ContainerRuntime.StartRequest.detached(c.id(), List.of()), c.dirs());
  }

  @Test
  void foregroundRunStreamsOutputAndPropagatesTheExitCode() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "echo hi; echo to-stderr >&2; exit 3"));
    Output o = runAttached(c, null);
    assertThat(o).isEqualTo(new Output(3, "hi\n", "to-stderr\n"));
    assertThat(runtime.exitStatus(c.id()).orElseThrow().exitCode()).isEqualTo(3);
    // The log is the source of truth: docker logs works afterwards.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new LogReader(c.dirs().log()).copy(LogOptions.all(), out, err, () -> true);
    assertThat(out.toString()).isEqualTo("hi\n");
    assertThat(err.toString()).isEqualTo("to-stderr\n");
    new LogReader(c.dirs().log()).copy(LogOptions.all().withTimestamps(true).withTail(1),
        out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream(), () -> true);
    assertThat(out.toString() + err.toString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z (hi|to-stderr)\n");
  }

  @Test
  void echoHiExitsZero() {
    Ctr c = prepare(cmd("echo", "hi"));
    assertThat(runAttached(c, null)).isEqualTo(new Output(0, "hi\n", ""));
  }

  @Test
  void stdinIsFedWithInteractive() {
    Ctr c = prepare(cmd("sh", "-c", "cat; echo end").withInteractive(true));
    assertThat(runAttached(c, "line1\nline2\n")).isEqualTo(new Output(0, "line1\nline2\nend\n", ""));
  }

  /**
   * conmon sends the container's output back to attached clients too. A client that closed its
   * connection with that output unread made conmon miss the end of stdin (cat never ended, as in
   * {@code docker run -i} through the API). Here, as there, the input ends only once the
   * container has echoed it.
   */
  @Test
  void stdinEndsAfterOutputWasSentBackToTheFeeder() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "cat; echo end").withInteractive(true));
    runtime.start(new ContainerRuntime.StartRequest(c.id(), "n", true, false, List.of()), c.dirs());
    java.io.PipedOutputStream client = new java.io.PipedOutputStream();
    runtime.feedStdin(c.dirs(), new java.io.PipedInputStream(client));
    client.write("line1\n".getBytes(StandardCharsets.UTF_8));
    client.flush();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.readString(c.dirs().log()).contains("line1") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    client.close();
    assertThat(runtime.waitForExit(c.id(), Duration.ofSeconds(60)))
        .as("the container saw the end of its stdin").isPresent();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LogReader(c.dirs().log()).copy(LogOptions.all(), out, new ByteArrayOutputStream(), () -> true);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line1\nend\n");
  }

  @Test
  void envWorkdirAndUserAreResolvedLikeDocker() {
    Ctr c = prepare(cmd("sh", "-c", "id; env | sort; pwd").withUser("nobody").withWorkdir("/tmp")
        .withEnv(List.of("FOO=1")).withHostname("myh"));
    Output o = runAttached(c, null);
    assertThat(o.code()).isZero();
    assertThat(o.out()).startsWith("uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n");
    assertThat(o.out()).contains("FOO=1\n", "HOME=/home\n", "HOSTNAME=myh\n",
        ContainerEnv.DEFAULT_PATH + "\n").endsWith("/tmp\n");
    Ctr numeric = prepare(cmd("sh", "-c", "id; echo $HOME; pwd").withUser("4242:4343")
        .withWorkdir("/does/not/exist"));
    assertThat(runAttached(numeric, null).out())
        .isEqualTo("uid=4242 gid=4343 groups=4343\n/\n/does/not/exist\n");
  }

  @Test
  void hostnameAndHostsFiles() {
    Ctr c = prepare(cmd("sh", "-c", "hostname; cat /etc/hostname; head -1 /etc/hosts"));
    assertThat(runAttached(c, null).out())
        .isEqualTo(c.id().substring(0, 12) + "\n" + c.id().substring(0, 12) + "\n127.0.0.1\tlocalhost\n");
  }

  @Test
  void noCommandIsRefusedBeforeAnythingRuns() {
    ContainerDirs dirs = new ContainerDirs(tmp.resolve("nocmd"));
    RootFs rootfs = RootFs.mount(List.of(layer), dirs.dir(), RootFs.Strategy.OVERLAY,
        RootFs.XattrNamespace.TRUSTED);
    try {
      assertThatThrownBy(() -> runtime.writeBundle(newId(), dirs, ImageProcessConfig.empty(),
          RunOptions.defaults(), rootfs))
          .isInstanceOf(InvalidArgumentException.class).hasMessage("No command specified");
    } finally {
      rootfs.unmount();
    }
    assertThat(MountTable.isMountPoint(rootfs.path())).isFalse();
  }

  @Test
  void missingCommandFailsWithDockersTextAnd127() {
    Ctr c = prepare(cmd("nosuchcmd"));
    assertThatThrownBy(() -> startDetached(c))
        .isInstanceOfSatisfying(ContainerStartException.class,
            e -> assertThat(e.exitStatus()).isEqualTo(127))
        .hasMessage("failed to create shim task: OCI runtime create failed: runc create failed: "
            + "unable to start container process: exec: \"nosuchcmd\": executable file not found "
            + "in $PATH: unknown");
    Ctr dir = prepare(cmd("/etc"));
    assertThatThrownBy(() -> startDetached(dir))
        .isInstanceOfSatisfying(ContainerStartException.class,
            e -> assertThat(e.exitStatus()).isEqualTo(126))
        .hasMessageContaining("exec: \"/etc\": permission denied");
  }

  @Test
  void detachedSleepIsKilledAfterTheStopTimeoutWith137AndReleasesTheMount() {
    Ctr c = prepare(cmd("sleep", "100"));
    ContainerRuntime.Started s = startDetached(c);
    assertThat(s.pid()).isPositive();
    // A fresh runtime (another CLI invocation) sees it running.
    ContainerRuntime other = new ContainerRuntime(runtime.config());
    assertThat(other.status(c.id(), c.dirs()).state()).isEqualTo(ContainerStatus.State.RUNNING);
    assertThat(MountTable.isMountPoint(c.rootfs().path())).isTrue();
    // sleep as PID 1 ignores SIGTERM: docker stop ends with SIGKILL → 137.
    assertThat(other.stop(c.id(), Signals.SIGTERM, Duration.ofSeconds(1)).orElseThrow().exitCode())
        .isEqualTo(137);
    assertThat(other.status(c.id(), c.dirs()).state()).isEqualTo(ContainerStatus.State.EXITED);
    other.cleanup(c.id(), c.dirs());
    assertThat(MountTable.isMountPoint(c.rootfs().path())).isFalse();
    assertThat(runtime.runc().state(c.id())).isEmpty();
    // Stopping a stopped container is a no-op that reports the recorded exit.
    assertThat(other.stop(c.id(), Signals.SIGTERM, Duration.ofSeconds(1)).orElseThrow().exitCode())
        .isEqualTo(137);
  }

  @Test
  void stopSignalTrappedGives143() throws Exception {
    Ctr c = prepare(cmd("sh", "-c",
        "trap 'exit 143' TERM; echo ready; while true; do sleep 0.1; done"));
    startDetached(c);
    awaitLog(c, "ready");
    assertThat(runtime.stop(c.id(), Signals.SIGTERM, null).orElseThrow().exitCode())
        .isEqualTo(143);
  }

  @Test
  void killAndWait() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    startDetached(c);
    runtime.kill(c.id(), Signals.number("KILL"));
    assertThat(runtime.waitForExit(c.id()).exitCode()).isEqualTo(137);
    assertThatThrownBy(() -> runtime.kill(c.id(), 9))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Container " + c.id() + " is not running");
  }

  @Test
  void execRunsWithEnvWorkdirAndUser() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    startDetached(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = runtime.exec(c.id(), c.dirs(),
        ExecRequest.of("sh", "-c", "echo $FOO; pwd; id -u; echo e >&2; exit 4")
            .withEnv(List.of("FOO=bar")).withWorkdir("/tmp").withUser("app"),
        null, out, err);
    assertThat(rc).isEqualTo(4);
    assertThat(out.toString()).isEqualTo("bar\n/tmp\n1000\n");
    assertThat(err.toString()).isEqualTo("e\n");
    int rc2 = runtime.exec(c.id(), c.dirs(), ExecRequest.of("cat").withInteractive(true),
        new ByteArrayInputStream("piped\n".getBytes()), out = new ByteArrayOutputStream(), err);
    assertThat(rc2).isZero();
    assertThat(out.toString()).isEqualTo("piped\n");
    assertThatThrownBy(() -> runtime.exec(c.id(), c.dirs(), ExecRequest.of("nosuchcmd"), null,
        new ByteArrayOutputStream(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ContainerStartException.class,
            e -> assertThat(e.exitStatus()).isEqualTo(126))
        .hasMessage("OCI runtime exec failed: exec failed: unable to start container process: "
            + "exec: \"nosuchcmd\": executable file not found in $PATH: unknown");
  }

  @Test
  void execWithATerminal() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    startDetached(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] pid = {0};
    int rc = runtime.exec(c.id(), c.dirs(),
        ExecRequest.of("sh", "-c", "tty; echo $FOO $TERM; echo e >&2; exit 5").withEnv(List.of("FOO=bar"))
            .withTty(true),
        null, out, err, p -> pid[0] = p);
    assertThat(rc).isEqualTo(5);
    assertThat(out.toString()).matches("/dev/pts/[0-9]+\r\nbar xterm\r\ne\r\n");
    assertThat(err.toString()).as("a terminal has one stream").isEmpty();
    assertThat(pid[0]).isPositive();
    int rc2 = runtime.exec(c.id(), c.dirs(), ExecRequest.of("sh", "-c", "read x; echo got $x").withTty(true)
        .withInteractive(true), new ByteArrayInputStream("typed\n".getBytes()), out = new ByteArrayOutputStream(), err);
    assertThat(rc2).isZero();
    assertThat(out.toString()).isEqualTo("typed\r\ngot typed\r\n");
    assertThatThrownBy(() -> runtime.exec(c.id(), c.dirs(), ExecRequest.of("nosuchcmd").withTty(true), null,
        new ByteArrayOutputStream(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ContainerStartException.class, e -> assertThat(e.exitStatus()).isEqualTo(126))
        .hasMessage("OCI runtime exec failed: exec failed: unable to start container process: "
            + "exec: \"nosuchcmd\": executable file not found in $PATH: unknown");
    try (var sessions = Files.list(c.dirs().userdata())) {
      assertThat(sessions.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("exec-"));
    }
  }

  @Test
  void topPauseAndUnpause() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    ContainerRuntime.Started s = startDetached(c);
    TopResult top = runtime.top(c.id(), List.of());
    assertThat(top.titles()).contains("PID", "CMD");
    assertThat(top.processes()).hasSize(1);
    assertThat(top.processes().getFirst()).contains(Long.toString(s.pid()), "sleep 100");
    runtime.pause(c.id());
    assertThat(runtime.status(c.id(), c.dirs()).state()).isEqualTo(ContainerStatus.State.PAUSED);
    runtime.unpause(c.id());
    assertThat(runtime.status(c.id(), c.dirs()).state()).isEqualTo(ContainerStatus.State.RUNNING);
  }

  @Test
  void exitCommandRunsAfterTheExit() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "exit 9"));
    Path marker = tmp.resolve("cleanup-ran");
    runtime.start(new ContainerRuntime.StartRequest(c.id(), "n", false, false,
        List.of("/bin/sh", "-c", "cat " + runtime.config().exitFile(c.id()) + " > " + marker)),
        c.dirs());
    assertThat(runtime.waitForExit(c.id()).exitCode()).isEqualTo(9);
    ProcessIdentity conmon = ProcessIdentity.parse(Files.readString(c.dirs().conmonPidFile()))
        .orElseThrow();
    while (conmon.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(Files.readString(marker)).isEqualTo("9");
  }

  @Test
  void lostMonitorIsDetected() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    ContainerRuntime.Started s = startDetached(c);
    ProcessHandle.of(s.monitor().pid()).orElseThrow().destroyForcibly();
    while (s.monitor().isAlive()) {
      Thread.sleep(20);
    }
    assertThat(runtime.status(c.id(), c.dirs()).state())
        .isEqualTo(ContainerStatus.State.MONITOR_LOST);
  }

  @Test
  void removeLeavesNothingBehind() throws Exception {
    Ctr c = prepare(cmd("sleep", "100"));
    startDetached(c);
    assertThatThrownBy(() -> runtime.remove(c.id(), c.dirs(), false))
        .isInstanceOf(ConflictException.class)
        .hasMessage("You cannot remove a running container " + c.id()
            + ". Stop the container before attempting removal or force remove");
    runtime.remove(c.id(), c.dirs(), true);
    assertThat(runtime.runc().state(c.id())).isEmpty();
    assertThat(MountTable.isMountPoint(c.rootfs().path())).isFalse();
    assertThat(c.dirs().dir()).doesNotExist();
    assertThat(runtime.config().exitFile(c.id())).doesNotExist();
    assertThat(runtime.config().socketDir().resolve(c.id())).doesNotExist();
    assertThat(runtime.status(c.id(), c.dirs()).state()).isEqualTo(ContainerStatus.State.UNKNOWN);
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(c.dirs().dir().toString());
  }

  @Test
  void ttyTurnsNewlinesIntoCrLfAndSetsTerm() {
    Ctr c = prepare(cmd("sh", "-c", "echo $TERM").withTty(true));
    Output o = runAttachedTty(c);
    // docker run -t busybox sh -c 'echo $TERM' | od -c → x t e r m \r \n
    assertThat(o).isEqualTo(new Output(0, "xterm\r\n", ""));
  }

  private Output runAttachedTty(Ctr c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = runtime.runAttached(new ContainerRuntime.StartRequest(c.id(), "n", false, true,
        List.of()), c.dirs(), null, out, err);
    return new Output(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readOnlyRootfsAndHostNetwork() throws Exception {
    Ctr ro = prepare(cmd("sh", "-c", "touch /x 2>/dev/null || echo read-only")
        .withReadOnlyRootfs(true));
    assertThat(runAttached(ro, null).out()).isEqualTo("read-only\n");
    Ctr host = prepare(cmd("hostname").withNetwork(NetworkMode.HOST));
    assertThat(runAttached(host, null).out()).isEqualTo(HostFiles.hostHostname() + "\n");
  }

  @Test
  void logsFollowUntilTheContainerExits() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "echo a; sleep 0.3; echo b >&2; sleep 0.2; echo c"));
    startDetached(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new LogReader(c.dirs().log()).copy(LogOptions.all().withFollow(true), out, err,
        () -> runtime.exitStatus(c.id()).isPresent());
    assertThat(out.toString()).isEqualTo("a\nc\n");
    assertThat(err.toString()).isEqualTo("b\n");
  }

  @Test
  void aDetachedContainerOutlivesTheJvmThatStartedIt() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "echo started; sleep 100"));
    Process jvm = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "-cp", System.getProperty("java.class.path"), DetachedStartMain.class.getName(),
        runtime.config().runRoot().toString(), c.dirs().dir().toString(), c.id())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String pid = new String(jvm.getInputStream().readAllBytes()).strip();
    assertThat(jvm.waitFor()).isZero();
    ContainerStatus status = runtime.status(c.id(), c.dirs());
    assertThat(status.state()).isEqualTo(ContainerStatus.State.RUNNING);
    assertThat(status.pid()).isEqualTo(Long.parseLong(pid));
    awaitLog(c, "started");
    assertThat(runtime.stop(c.id(), Signals.SIGTERM, Duration.ZERO).orElseThrow().exitCode())
        .isEqualTo(137);
  }

  @Test
  void restartAppendsToTheLogAndStreamsOnlyTheNewRun() throws Exception {
    Ctr c = prepare(cmd("sh", "-c", "echo run; exit 2"));
    assertThat(runAttached(c, null)).isEqualTo(new Output(2, "run\n", ""));
    runtime.cleanup(c.id(), c.dirs());
    RootFs.mount(List.of(layer), c.dirs().dir(), RootFs.Strategy.OVERLAY,
        RootFs.XattrNamespace.TRUSTED);
    assertThat(runAttached(c, null)).isEqualTo(new Output(2, "run\n", ""));
    assertThat(new LogReader(c.dirs().log()).lines()).hasSize(2);
  }

  private void awaitLog(Ctr c, String text) throws Exception {
    while (!Files.exists(c.dirs().log()) || !Files.readString(c.dirs().log()).contains(text)) {
      Thread.sleep(20);
    }
  }
}
