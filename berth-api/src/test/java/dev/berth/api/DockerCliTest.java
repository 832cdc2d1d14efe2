package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real docker CLI (28.2.2) against {@code berth serve}; expected output as the CLI prints it
 * against dockerd 20.10. Skipped where the docker CLI is not installed (CI).
 */
class DockerCliTest extends ServerTestBase {
  private static final Path DOCKER = Path.of("/usr/local/bin/docker");

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void needsDocker() {
    assumeTrue(Files.isExecutable(DOCKER), "the docker CLI is not installed here");
  }

  private Run docker(String stdin, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(DOCKER.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("DOCKER_HOST", "unix://" + socket);
    pb.environment().put("DOCKER_CONFIG", tmp.resolve("docker-config").toString());
    pb.environment().remove("DOCKER_CONTEXT");
    File out = tmp.resolve("out").toFile();
    File err = tmp.resolve("err").toFile();
    pb.redirectOutput(out).redirectError(err);
    if (stdin != null) {
      Path in = tmp.resolve("stdin");
      Files.writeString(in, stdin);
      pb.redirectInput(in.toFile());
    }
    Process p = pb.start();
    // A guard against a hung client, not a timing assertion.
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("docker finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void versionNegotiatesApi141() throws Exception {
    Run r = docker(null, "version", "--format", "{{.Server.APIVersion}} {{.Server.MinAPIVersion}} {{.Client.APIVersion}}");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("1.41 1.12 1.41\n");
  }

  @Test
  void imagesTagInspectRmiPrune() throws Exception {
    String id = importImage("imp:1", "ab");
    Run tag = docker(null, "tag", "imp:1", "localhost:5000/a/b:2");
    assertThat(tag.exit()).as(tag.err()).isZero();
    Run images = docker(null, "images", "--format", "{{.Repository}} {{.Tag}} {{.ID}} {{.Size}}");
    assertThat(images.out().lines().sorted().toList()).containsExactly(
        "imp 1 " + id.substring(7, 19) + " 2B",
        "localhost:5000/a/b 2 " + id.substring(7, 19) + " 2B");
    Run inspect = docker(null, "inspect", "--format", "{{.Id}} {{json .RepoTags}} {{.Comment}}", "localhost:5000/a/b:2");
    assertThat(inspect.out()).isEqualTo(id + " [\"imp:1\",\"localhost:5000/a/b:2\"] Imported from -\n");
    Run rmi = docker(null, "rmi", "localhost:5000/a/b:2", "nosuch", "imp:1");
    assertThat(rmi.exit()).isEqualTo(1);
    assertThat(rmi.out()).startsWith("Untagged: localhost:5000/a/b:2\nUntagged: imp:1\nDeleted: " + id + "\n");
    assertThat(rmi.err()).isEqualTo("Error response from daemon: No such image: nosuch:latest\n");
    Run prune = docker(null, "image", "prune", "-f");
    assertThat(prune.exit()).isZero();
    assertThat(prune.out()).isEqualTo("Total reclaimed space: 0B\n");
  }

  @Test
  void pruneListsDeletedDanglingImages() throws Exception {
    String dangling = importImage(null, "x");
    Run prune = docker(null, "image", "prune", "-f");
    assertThat(prune.out()).startsWith("Deleted Images:\ndeleted: " + dangling + "\n");
    assertThat(prune.out()).endsWith("\nTotal reclaimed space: 1B\n");
    assertThat(docker(null, "images", "-aq").out()).isEmpty();
  }

  @Test
  void importFromStdinAndCreateAndList() throws Exception {
    Files.write(tmp.resolve("rootfs.tar"), tar("hello"));
    List<String> cmd = List.of("import", tmp.resolve("rootfs.tar").toString(), "fromcli:1");
    Run imp = docker(null, cmd.toArray(String[]::new));
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(imp.out()).matches("sha256:[0-9a-f]{64}\n");
    Run create = docker(null, "create", "--name", "c1", "fromcli:1", "/bin/x", "a b");
    assertThat(create.exit()).as(create.err()).isZero();
    Run ps = docker(null, "ps", "-a", "--format", "{{.Names}}|{{.Image}}|{{.Command}}|{{.Status}}");
    assertThat(ps.out()).isEqualTo("c1|fromcli:1|\"/bin/x 'a b'\"|Created\n");
    Run inspect = docker(null, "inspect", "--format", "{{.Name}} {{.State.Status}}", "c1");
    assertThat(inspect.out()).isEqualTo("/c1 created\n");
    Run rm = docker(null, "rm", "c1");
    assertThat(rm.out()).isEqualTo("c1\n");
    assertThat(docker(null, "ps", "-aq").out()).isEmpty();
  }

  @Test
  void systemPruneWithNothingToDelete() throws Exception {
    importImage("kept:1", "a");
    Run prune = docker(null, "system", "prune", "-f");
    assertThat(prune.err()).isEmpty();
    assertThat(prune.out()).isEqualTo("Total reclaimed space: 0B\n");
  }

  @Test
  void runAttachesWaitsAndRemoves() throws Exception {
    assumeTrue(ContainerProcessEndpointsTest.canRunContainers(), "needs root, runc, conmon and busybox");
    ContainerProcessEndpointsTest.importBusybox(this);
    Run hi = docker(null, "run", "--rm", "--network", "none", "busybox", "echo", "hi");
    assertThat(hi.err()).isEmpty();
    assertThat(hi.out()).isEqualTo("hi\n");
    assertThat(hi.exit()).isZero();
    Run three = docker(null, "run", "--network", "none", "--name", "x3", "busybox", "sh", "-c", "echo out; echo err >&2; exit 3");
    assertThat(three.out()).isEqualTo("out\n");
    assertThat(three.err()).isEqualTo("err\n");
    assertThat(three.exit()).isEqualTo(3);
    Run cat = docker("data\n", "run", "-i", "--rm", "--network", "none", "busybox", "cat");
    assertThat(cat.out()).isEqualTo("data\n");
    assertThat(cat.exit()).isZero();
    Run again = docker(null, "start", "-a", "x3");
    assertThat(again.out()).isEqualTo("out\n");
    assertThat(again.exit()).isEqualTo(3);
    Run logs = docker(null, "logs", "x3");
    assertThat(logs.out()).isEqualTo("out\nout\n");
    assertThat(logs.err()).isEqualTo("err\nerr\n");
    assertThat(docker(null, "ps", "-a", "--format", "{{.Names}} {{.Status}}").out()).startsWith("x3 Exited (3) ");
  }

  @Test
  void execStopKillAndErrors() throws Exception {
    assumeTrue(ContainerProcessEndpointsTest.canRunContainers(), "needs root, runc, conmon and busybox");
    ContainerProcessEndpointsTest.importBusybox(this);
    Run started = docker(null, "run", "-d", "--network", "none", "--name", "e1", "busybox", "sleep", "600");
    assertThat(started.out()).matches("[0-9a-f]{64}\n");
    String id = started.out().strip();
    Run exec = docker(null, "exec", "e1", "sh", "-c", "echo o; echo e >&2; exit 4");
    assertThat(exec.out()).isEqualTo("o\n");
    assertThat(exec.err()).isEqualTo("e\n");
    assertThat(exec.exit()).isEqualTo(4);
    Run input = docker("in\n", "exec", "-i", "e1", "cat");
    assertThat(input.out()).isEqualTo("in\n");
    Run missing = docker(null, "exec", "e1", "nosuchcmd");
    assertThat(missing.out()).isEqualTo("OCI runtime exec failed: exec failed: unable to start container process: exec: "
        + "\"nosuchcmd\": executable file not found in $PATH: unknown\r\n");
    assertThat(missing.exit()).isEqualTo(126);
    Run restarted = docker(null, "restart", "-t", "1", "e1");
    assertThat(restarted.out()).as("restart (stderr: %s)", restarted.err()).isEqualTo("e1\n");
    assertThat(docker(null, "kill", "e1").out()).isEqualTo("e1\n");
    Run killAgain = docker(null, "kill", "e1");
    assertThat(killAgain.err()).isEqualTo("Error response from daemon: Cannot kill container: e1: Container " + id
        + " is not running\n");
    assertThat(killAgain.exit()).isEqualTo(1);
    assertThat(docker(null, "wait", "e1").out()).isEqualTo("137\n");
    assertThat(docker(null, "stop", "e1").out()).isEqualTo("e1\n");
    Run startMissing = docker(null, "start", "nosuch");
    assertThat(startMissing.err()).isEqualTo("Error response from daemon: No such container: nosuch\n"
        + "Error: failed to start containers: nosuch\n");
  }
}
