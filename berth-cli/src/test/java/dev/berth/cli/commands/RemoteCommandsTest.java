package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.api.BerthServer;
import dev.berth.cli.BerthCli;
import dev.berth.engine.Engine;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of berth's CLI in remote mode ({@code -H unix://...}) against {@code berth serve}
 * started in-process on the same store as the local mode: the remote output is the local output
 * (or the docker CLI's text, recorded against dockerd 20.10, where the local mode cannot show it).
 */
class RemoteCommandsTest {
  @TempDir Path dir;
  private CliHarness local;
  private Engine engine;
  private BerthServer server;
  private String host;

  @BeforeEach
  void start() throws Exception {
    local = new CliHarness(dir);
    local.importBusybox();
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    server = new BerthServer(engine);
    Path socket = dir.resolve("run/api.sock");
    server.start(List.of(URI.create("unix://" + socket)));
    host = "unix://" + socket;
  }

  @AfterEach
  void stop() {
    local.removeAll();
    server.stop();
    engine.close();
  }

  private CliHarness.Result remoteWithStdin(String stdin, String... args) {
    List<String> argv = new ArrayList<>(List.of("-H", host));
    argv.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = BerthCli.run(argv.toArray(String[]::new), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          o, e, null);
    }
    return new CliHarness.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private CliHarness.Result remote(String... args) {
    return remoteWithStdin("", args);
  }

  /** The command both ways on the same store: same exit, same output. */
  private CliHarness.Result same(String... args) {
    CliHarness.Result l = local.run(args);
    CliHarness.Result r = remote(args);
    assertThat(r).isEqualTo(l);
    return r;
  }

  private static CliHarness.Result result(int exit, String out, String err) {
    return new CliHarness.Result(exit, out, err);
  }

  @Test
  void volumesThroughTheDaemon() {
    assertThat(remote("volume", "create", "--label", "a=b", "v1")).isEqualTo(result(0, "v1\n", ""));
    assertThat(remote("volume", "create", "v2")).isEqualTo(result(0, "v2\n", ""));
    assertThat(same("volume", "ls").out()).isEqualTo("DRIVER    VOLUME NAME\nlocal     v1\nlocal     v2\n");
    assertThat(same("volume", "ls", "-q", "--filter", "label=a=b").out()).isEqualTo("v1\n");
    same("volume", "ls", "--format", "{{.Name}} {{.Labels}} {{.Mountpoint}} {{.Scope}}");
    same("volume", "inspect", "v1");
    assertThat(remote("volume", "rm", "v1", "nosuch")).isEqualTo(
        result(1, "v1\n", "Error response from daemon: get nosuch: no such volume\n"));
    assertThat(remote("volume", "prune", "-f")).isEqualTo(result(0, "Deleted Volumes:\nv2\n\nTotal reclaimed space: 0B\n", ""));
    assertThat(local.run("volume", "ls", "-q").out()).isEmpty();
  }

  @Test
  void importCommitRenameAndDiskUsage() throws Exception {
    Path layer = dir.resolve("layer.tar");
    Files.createDirectories(dir.resolve("layer"));
    Files.writeString(dir.resolve("layer/data"), "imported\n");
    Process tar = new ProcessBuilder("tar", "-C", dir.resolve("layer").toString(), "--owner=0", "--group=0",
        "-cf", layer.toString(), "data").start();
    assertThat(tar.waitFor()).isZero();
    CliHarness.Result imported = remote("import", "-m", "hello", layer.toString(), "imp:1");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(local.run("history", "--format", "{{.Comment}}", "imp:1").out()).isEqualTo("hello\n");
    assertThat(remote("import", dir.resolve("none.tar").toString())).isEqualTo(
        result(1, "", "open " + dir.resolve("none.tar") + ": no such file or directory\n"));

    assertThat(remote("create", "--name", "c1", "busybox", "true").exit()).isZero();
    CliHarness.Result committed = remote("commit", "-m", "snap", "c1", "snap:v1");
    assertThat(committed.out()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(local.run("images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}", "snap").out())
        .isEqualTo("snap:v1 " + committed.out().substring(7, 19) + "\n");
    assertThat(remote("commit", "nosuch")).isEqualTo(result(1, "", "Error response from daemon: No such container: nosuch\n"));

    assertThat(remote("rename", "c1", "c2")).isEqualTo(result(0, "", ""));
    assertThat(local.run("ps", "-a", "--format", "{{.Names}}").out()).isEqualTo("c2\n");
    // the docker CLI's own line follows the daemon's error (docker CLI 28 against dockerd 20.10)
    assertThat(remote("rename", "nosuch", "x")).isEqualTo(result(1, "",
        "Error response from daemon: No such container: nosuch\nError: failed to rename container named nosuch\n"));

    same("system", "df");
    same("system", "df", "-v", "--format", "{{json .Volumes}} {{len .Images}}");
  }

  @Test
  void eventsOfTheDaemon() {
    long since = System.currentTimeMillis() / 1000 - 1;
    assertThat(remote("tag", "busybox", "ev:1").exit()).isZero();
    assertThat(remote("rmi", "ev:1").exit()).isZero();
    String window = Long.toString(System.currentTimeMillis() / 1000 + 1);
    CliHarness.Result events = same("events", "--since", Long.toString(since), "--until", window);
    assertThat(events.out()).contains(" image tag ").contains(" image untag ");
    same("events", "--since", Long.toString(since), "--until", window, "--filter", "event=tag", "--format",
        "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}");
  }

  /** Build output with image and container IDs masked. */
  private static String masked(String text) {
    return text.replaceAll("\\b[0-9a-f]{12}\\b", "<id>");
  }

  @Test
  void buildsSendTheContextAsTheDockerCli() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nCOPY a /a\nLABEL x=1\n");
    Files.writeString(ctx.resolve("a"), "one\n");
    Files.writeString(ctx.resolve("ignored"), "not sent\n");
    Files.writeString(ctx.resolve(".dockerignore"), "ignored\n");
    CliHarness.Result built = remote("build", "-t", "b1", ctx.toString());
    assertThat(built.exit()).as(built.err()).isZero();
    assertThat(masked(built.out())).isEqualTo("Sending build context to Docker daemon  4.096kB\r\r\n"
        + "Step 1/3 : FROM busybox\n ---> <id>\nStep 2/3 : COPY a /a\n ---> <id>\nStep 3/3 : LABEL x=1\n"
        + " ---> Running in <id>\nRemoving intermediate container <id>\n ---> <id>\nSuccessfully built <id>\n"
        + "Successfully tagged b1:latest\n");
    assertThat(built.err()).startsWith("DEPRECATED: The legacy builder is deprecated");
    // the daemon's COPY checksum of the sent file is the local builder's: the local build is all cache hits
    CliHarness.Result again = local.run("build", "-t", "b2", ctx.toString());
    assertThat(masked(again.out())).isEqualTo("Sending build context to Docker daemon  4.096kB\r\r\n"
        + "Step 1/3 : FROM busybox\n ---> <id>\nStep 2/3 : COPY a /a\n ---> Using cache\n ---> <id>\n"
        + "Step 3/3 : LABEL x=1\n ---> Using cache\n ---> <id>\nSuccessfully built <id>\nSuccessfully tagged b2:latest\n");
    CliHarness.Result quiet = remote("build", "-q", ctx.toString());
    assertThat(quiet.out()).matches("sha256:[0-9a-f]{64}\n");

    // a Dockerfile from stdin is added to the context under a random name, left out of COPY .
    CliHarness.Result stdin = remoteWithStdin("FROM busybox\nCOPY . /ctx/\n", "build", "-t", "b3", "-f", "-", ctx.toString());
    assertThat(stdin.exit()).as(stdin.err()).isZero();
    assertThat(stdin.out()).contains("Step 2/2 : COPY . /ctx/\n").endsWith("Successfully tagged b3:latest\n");

    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nCOPY ignored /x\n");
    CliHarness.Result l = local.run("build", ctx.toString());
    CliHarness.Result r = remote("build", ctx.toString());
    assertThat(r.exit()).isEqualTo(l.exit()).isEqualTo(1);
    assertThat(masked(r.out())).isEqualTo(masked(l.out()));
    assertThat(r.err()).isEqualTo(l.err());
    assertThat(remote("build", "-f", "nothing", ctx.toString()).err())
        .endsWith("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
            + Path.of("nothing").toAbsolutePath() + ": no such file or directory\n");
  }

  @Test
  void containersRunThroughTheDaemon() {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    assertThat(remote("run", "--rm", "busybox", "sh", "-c", "echo out; echo err >&2; exit 3"))
        .isEqualTo(result(3, "out\n", "err\n"));
    assertThat(local.run("ps", "-aq").out()).as("--rm: gone when run returns").isEmpty();
    assertThat(remoteWithStdin("hello\n", "run", "-i", "--rm", "busybox", "cat")).isEqualTo(result(0, "hello\n", ""));

    CliHarness.Result detached = remote("run", "-d", "--name", "bg", "busybox", "sleep", "1000");
    assertThat(detached.out()).matches("[0-9a-f]{64}\n");
    assertThat(remote("exec", "bg", "sh", "-c", "echo in; echo oops >&2; exit 4")).isEqualTo(result(4, "in\n", "oops\n"));
    assertThat(remoteWithStdin("piped\n", "exec", "-i", "bg", "cat")).isEqualTo(result(0, "piped\n", ""));
    same("exec", "bg", "nosuchcmd");
    assertThat(remote("exec", "-d", "bg", "true")).isEqualTo(result(0, "", ""));
    assertThat(remote("top", "bg").out()).startsWith("UID ").contains("sleep 1000");
    assertThat(remote("pause", "bg")).isEqualTo(result(0, "bg\n", ""));
    assertThat(local.run("ps", "--format", "{{.State}}").out()).isEqualTo("paused\n");
    assertThat(remote("unpause", "bg")).isEqualTo(result(0, "bg\n", ""));
    assertThat(remote("kill", "bg")).isEqualTo(result(0, "bg\n", ""));
    assertThat(remote("wait", "bg")).isEqualTo(result(0, "137\n", ""));

    assertThat(remote("create", "--name", "once", "busybox", "sh", "-c", "echo o; echo e >&2; exit 2").exit()).isZero();
    assertThat(remote("start", "-a", "once")).isEqualTo(result(2, "o\n", "e\n"));
    same("logs", "once");
    same("logs", "--tail", "1", "once");
    assertThat(remote("start", "once")).isEqualTo(result(0, "once\n", ""));
    assertThat(remote("wait", "once")).isEqualTo(result(0, "2\n", ""));
    assertThat(remote("restart", "-t", "0", "once")).isEqualTo(result(0, "once\n", ""));
    assertThat(remote("stop", "-t", "0", "once")).isEqualTo(result(0, "once\n", ""));
    same("stop", "nosuch");
    // dockerd 20.10's texts
    assertThat(same("kill", "nosuch").err())
        .isEqualTo("Error response from daemon: Cannot kill container: nosuch: No such container: nosuch\n");
    assertThat(same("restart", "nosuch").err())
        .isEqualTo("Error response from daemon: No such container: nosuch\n");
    same("wait", "nosuch");
    same("logs", "nosuch");
    same("exec", "nosuch", "true");
    assertThat(remote("run", "busybox", "nosuchcmd").exit()).isEqualTo(127);
    assertThat(remote("container", "prune", "-f").out()).startsWith("Deleted Containers:\n");
    assertThat(local.run("ps", "-aq").out()).isEmpty();
    assertThat(remote("system", "prune", "-f")).isEqualTo(result(0, "Total reclaimed space: 0B\n", ""));
  }

  @Test
  void onlyStoreCommandsStayLocal() {
    assertThat(remote("system", "check")).isEqualTo(
        result(1, "", "berth: system check against a remote daemon (-H) is not supported yet\n"));
    assertThat(remote("serve")).isEqualTo(result(1, "", "berth: serve against a remote daemon (-H) is not supported yet\n"));
  }
}
