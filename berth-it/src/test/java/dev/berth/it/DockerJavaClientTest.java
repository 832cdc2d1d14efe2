package dev.berth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.PruneResponse;
import com.github.dockerjava.api.model.PruneType;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * docker-java, a real Docker client library, drives {@code bin/berth serve} over its unix socket:
 * what Testcontainers and Java CI tooling would do against berth. The tests share one server and
 * store and run in order (images first, events last).
 *
 * <p>With {@code -Dberth.it.dockerHost=unix:///path/docker.sock} the same tests drive that daemon
 * instead (how their expected values were checked against dockerd 20.10).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerJavaClientTest {
  private static final OracleFiles ORACLE = OracleFiles.locate();
  private static final Path TARGET =
      Path.of(System.getProperty("berth.it.target", ORACLE.repo().resolve("berth-it/target").toString()));
  private static final String EXTERNAL_HOST = System.getProperty("berth.it.dockerHost", "");
  private static final String BUSYBOX_ID = "sha256:f260c38246c81219a4234f4d794d6bb9ef15bf65c85831606fbbf0715bfa65cb";
  private static final String UNTAGGED_ID = "sha256:debce22fb422920b8000dbf4d8639b2db1ef9c3b176ca468aa431b7d69afc9e8";
  private static final String LABELED_ID = "sha256:1fcc0bfe6f1ade23cec967f5397d0f5e8616b22d0c562da709378f044dae7731";
  /** Runs until SIGTERM, then exits 7 (PID 1 only gets the signals it handles). */
  private static final String[] SERVE_UNTIL_TERM = {"sh", "-c", "trap 'exit 7' TERM; while true; do sleep 1; done"};

  private static Path work;
  private static Path fixtures;
  private static Berth berth;
  private static DockerClient docker;
  private static long suiteStart;

  /** One {@code berth serve} on its own store, or the external daemon. */
  private record Berth(Process server, Path root, DockerClient client) implements AutoCloseable {
    static Berth start(String name) throws Exception {
      if (!EXTERNAL_HOST.isEmpty()) {
        return new Berth(null, null, client(EXTERNAL_HOST));
      }
      Path dir = Files.createDirectories(work.resolve(name));
      Path socket = dir.resolve("berth.sock");
      ProcessBuilder pb = new ProcessBuilder(ORACLE.launcher().toString(), "--root", dir.resolve("root").toString(),
          "--runroot", dir.resolve("run").toString(), "serve", "--host", "unix://" + socket)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("server.log").toFile());
      pb.environment().put("BERTH_NO_REBUILD", "1");
      Process server = pb.start();
      // the socket file exists from bind(), a moment before the server listens: wait for an answer
      ApiPing.await(socket, server, dir.resolve("server.log"));
      return new Berth(server, dir.resolve("root"), client("unix://" + socket));
    }

    private static DockerClient client(String host) {
      DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
          .withDockerHost(host)
          .withApiVersion("1.41")
          .build();
      return DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
          .dockerHost(config.getDockerHost())
          .responseTimeout(Duration.ofSeconds(120))
          .build());
    }

    @Override
    public void close() throws Exception {
      try {
        for (var c : client.listContainersCmd().withShowAll(true).exec()) {
          client.removeContainerCmd(c.getId()).withForce(true).exec();
        }
        if (server == null) {
          for (Image i : client.listImagesCmd().exec()) {
            client.removeImageCmd(i.getId()).withForce(true).exec();
          }
        }
        client.close();
      } finally {
        // even when a request failed: no server outlives its test
        if (server != null) {
          server.destroy(); // SIGTERM: the server removes its socket and exits
          assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("berth serve stopped on SIGTERM").isTrue();
        }
      }
    }
  }

  @BeforeAll
  static void startServer() throws Exception {
    if (EXTERNAL_HOST.isEmpty()) {
      String jarProblem = ORACLE.jarProblem();
      if (System.getenv("CI") != null) {
        assertThat(jarProblem).as("docker-java tests cannot run").isNull();
      }
      Assumptions.assumeTrue(jarProblem == null, () -> "docker-java tests skipped: " + jarProblem);
    }
    Files.createDirectories(TARGET);
    work = Files.createTempDirectory(TARGET, "docker-java-");
    fixtures = new ScenarioRunner(ORACLE, TARGET.resolve("oracle-work")).fixturesDir();
    ensureFixtures();
    suiteStart = System.currentTimeMillis() / 1000;
    berth = Berth.start("main");
    docker = berth.client();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (berth != null) {
      berth.close();
    }
    if (work != null) {
      try (var walk = Files.walk(work)) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void ensureFixtures() throws Exception {
    if (Files.exists(fixtures.resolve("busybox.tar"))) {
      return;
    }
    Files.createDirectories(fixtures);
    Process p = new ProcessBuilder("python3", ORACLE.oracleDir().resolve("fixtures/make-fixtures.py").toString(),
        fixtures.toString()).inheritIO().start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0).as("fixtures generated").isTrue();
  }

  private static void load(DockerClient client, String fixture) throws IOException {
    try (InputStream in = Files.newInputStream(fixtures.resolve(fixture))) {
      client.loadImageCmd(in).exec();
    }
  }

  private static boolean canRunContainers() {
    return !EXTERNAL_HOST.isEmpty() || "root".equals(System.getProperty("user.name"))
        && (Files.isExecutable(Path.of("/usr/bin/runc")) || Files.isExecutable(Path.of("/usr/sbin/runc")));
  }

  private static void assumeContainers() {
    Assumptions.assumeTrue(canRunContainers(), "containers need root and runc");
  }

  /**
   * The daemon's error message of a call that must fail with {@code type}: docker-java's exception
   * text is "Status NNN: " and the daemon's JSON body, whose message is decoded here.
   */
  private static String failure(Class<? extends Throwable> type, ThrowingCallable call) throws IOException {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(type);
    String text = t.getMessage();
    int json = text.indexOf('{');
    assertThat(json).as("a JSON error body in %s", text).isPositive();
    return new ObjectMapper().readTree(text.substring(json)).get("message").asText();
  }

  private static String shortId(String id) {
    return id.replaceFirst("^sha256:", "").substring(0, 12);
  }

  /** Stdout and stderr of a container's logs, through docker-java's frame callback. */
  private static String[] logs(String container) throws InterruptedException {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    docker.logContainerCmd(container).withStdOut(true).withStdErr(true)
        .exec(new ResultCallback.Adapter<Frame>() {
          @Override
          public void onNext(Frame f) {
            (f.getStreamType() == StreamType.STDERR ? err : out).append(new String(f.getPayload(), StandardCharsets.UTF_8));
          }
        }).awaitCompletion(60, TimeUnit.SECONDS);
    return new String[] {out.toString(), err.toString()};
  }

  private static CreateContainerResponse create(String image, String name, String... cmd) {
    return docker.createContainerCmd(image)
        .withCmd(cmd)
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
        .withName(name)
        .exec();
  }

  @Test
  @Order(1)
  void versionAndInfo() {
    docker.pingCmd().exec();
    Version v = docker.versionCmd().exec();
    assertThat(v.getApiVersion()).isEqualTo("1.41");
    assertThat(v.getOperatingSystem()).isEqualTo("linux");
    assertThat(v.getArch()).isEqualTo("amd64");
    assertThat(v.getVersion()).isNotBlank();

    Info info = docker.infoCmd().exec();
    assertThat(info.getOsType()).isEqualTo("linux");
    assertThat(info.getArchitecture()).isEqualTo("x86_64");
    assertThat(info.getServerVersion()).isEqualTo(v.getVersion());
    assertThat(info.getImages()).isEqualTo(docker.listImagesCmd().withShowAll(true).exec().size());
    assertThat(info.getContainers()).isEqualTo(docker.listContainersCmd().withShowAll(true).exec().size());
    if (berth.root() != null) {
      assertThat(info.getImages()).isZero();
      assertThat(info.getDockerRootDir()).isEqualTo(berth.root().toString());
      assertThat(info.getDriver()).isEqualTo("vfs");
    }
  }

  @Test
  @Order(2)
  void loadListAndInspect() throws Exception {
    load(docker, "busybox.tar");
    List<Image> images = docker.listImagesCmd().exec();
    assertThat(images).extracting(Image::getId).containsExactly(BUSYBOX_ID);
    Image listed = images.getFirst();
    assertThat(listed.getRepoTags()).containsExactly("busybox:latest");
    assertThat(listed.getCreated()).isEqualTo(1577836800L);
    assertThat(listed.getSize()).isEqualTo(1982358L);

    InspectImageResponse inspected = docker.inspectImageCmd("busybox").exec();
    assertThat(inspected.getId()).isEqualTo(BUSYBOX_ID);
    assertThat(inspected.getRepoTags()).containsExactly("busybox:latest");
    assertThat(inspected.getCreated()).isEqualTo("2020-01-01T00:00:00Z");
    assertThat(inspected.getOs()).isEqualTo("linux");
    assertThat(inspected.getConfig().getCmd()).containsExactly("sh");
    assertThat(inspected.getSize()).isEqualTo(1982358L);
    assertThat(inspected.getRootFS().getLayers())
        .containsExactly("sha256:97831cc16c9e09b2701887121b2deaef282572a5f4dab7ca8023d413cdfc8fd5");
    assertThat(failure(NotFoundException.class, () -> docker.inspectImageCmd("nosuch:1").exec()))
        .isEqualTo("no such image: nosuch:1: No such image: nosuch:1");
  }

  @Test
  @Order(3)
  void danglingFilter() throws Exception {
    load(docker, "untagged.tar");
    assertThat(docker.listImagesCmd().withDanglingFilter(true).exec()).extracting(Image::getId)
        .containsExactly(UNTAGGED_ID);
    assertThat(docker.listImagesCmd().withDanglingFilter(false).exec()).extracting(Image::getId)
        .containsExactly(BUSYBOX_ID);
    assertThat(docker.listImagesCmd().exec()).extracting(Image::getId).containsExactly(UNTAGGED_ID, BUSYBOX_ID);
  }

  @Test
  @Order(4)
  void tagAndRemoveWithConflict() throws Exception {
    docker.tagImageCmd("busybox", "example.com/team/box", "v1").exec();
    assertThat(docker.inspectImageCmd("example.com/team/box:v1").exec().getId()).isEqualTo(BUSYBOX_ID);
    assertThat(docker.inspectImageCmd(BUSYBOX_ID).exec().getRepoTags())
        .containsExactly("busybox:latest", "example.com/team/box:v1");

    assertThat(failure(ConflictException.class, () -> docker.removeImageCmd(shortId(BUSYBOX_ID)).exec()))
        .isEqualTo("conflict: unable to delete " + shortId(BUSYBOX_ID)
            + " (must be forced) - image is referenced in multiple repositories");
    docker.removeImageCmd("example.com/team/box:v1").exec();
    assertThat(docker.inspectImageCmd(BUSYBOX_ID).exec().getRepoTags()).containsExactly("busybox:latest");
    assertThat(failure(NotFoundException.class, () -> docker.removeImageCmd("example.com/team/box:v1").exec()))
        .isEqualTo("No such image: example.com/team/box:v1");
  }

  @Test
  @Order(5)
  void pruneRemovesDanglingImagesOnly() throws Exception {
    load(docker, "labeled.tar");
    docker.removeImageCmd("labeled:v1").exec();
    PruneResponse pruned = docker.pruneCmd(PruneType.IMAGES).exec();
    assertThat(pruned.getSpaceReclaimed()).isZero(); // the untagged image's only layer is busybox's
    assertThat(docker.listImagesCmd().withShowAll(true).exec()).extracting(Image::getId)
        .containsExactly(LABELED_ID, BUSYBOX_ID);
    assertThat(docker.listImagesCmd().withDanglingFilter(true).exec()).isEmpty();
    docker.removeImageCmd("labeled").exec();
    assertThatThrownBy(() -> docker.inspectImageCmd(LABELED_ID).exec()).isInstanceOf(NotFoundException.class);
  }

  @Test
  @Order(6)
  void saveThenLoadIntoAnotherStoreKeepsTheId() throws Exception {
    byte[] archive;
    try (InputStream in = docker.saveImageCmd("busybox").exec()) {
      archive = in.readAllBytes();
    }
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("manifest.json", "repositories", BUSYBOX_ID.substring(7) + ".json");

    if (EXTERNAL_HOST.isEmpty()) {
      try (Berth second = Berth.start("second")) {
        assertThat(second.client().listImagesCmd().exec()).isEmpty();
        second.client().loadImageCmd(new ByteArrayInputStream(archive)).exec();
        assertThat(second.client().listImagesCmd().exec()).singleElement().satisfies(i -> {
          assertThat(i.getId()).isEqualTo(BUSYBOX_ID);
          assertThat(i.getRepoTags()).containsExactly("busybox:latest");
        });
      }
    } else {
      docker.removeImageCmd("busybox").exec();
      docker.loadImageCmd(new ByteArrayInputStream(archive)).exec();
      assertThat(docker.inspectImageCmd("busybox").exec().getId()).isEqualTo(BUSYBOX_ID);
    }
  }

  @Test
  @Order(7)
  void containerRunsLogsAndWaits() throws Exception {
    assumeContainers();
    CreateContainerResponse created = create("busybox", "dj-logs", "sh", "-c", "echo out; echo err >&2; exit 3");
    assertThat(docker.inspectContainerCmd("dj-logs").exec().getState().getStatus()).isEqualTo("created");
    docker.startContainerCmd(created.getId()).exec();
    int status = docker.waitContainerCmd(created.getId()).start().awaitStatusCode(60, TimeUnit.SECONDS);
    assertThat(status).isEqualTo(3);
    String[] logs = logs(created.getId());
    assertThat(logs[0]).isEqualTo("out\n");
    assertThat(logs[1]).isEqualTo("err\n");
    InspectContainerResponse.ContainerState state = docker.inspectContainerCmd("dj-logs").exec().getState();
    assertThat(state.getStatus()).isEqualTo("exited");
    assertThat(state.getExitCodeLong()).isEqualTo(3L);
    assertThat(state.getRunning()).isFalse();

    // the stopped container keeps its image: removing the only tag needs force
    assertThat(failure(ConflictException.class, () -> docker.removeImageCmd("busybox").exec()))
        .isEqualTo("conflict: unable to remove repository reference \"busybox\" (must force) - container "
            + created.getId().substring(0, 12) + " is using its referenced image " + shortId(BUSYBOX_ID));
    docker.removeContainerCmd(created.getId()).exec();
    assertThat(failure(NotFoundException.class, () -> docker.inspectContainerCmd(created.getId()).exec()))
        .isEqualTo("No such container: " + created.getId());
  }

  @Test
  @Order(8)
  void containerStartsStopsAndIsRemoved() throws Exception {
    assumeContainers();
    CreateContainerResponse created = create("busybox", "dj-life", SERVE_UNTIL_TERM);
    docker.startContainerCmd("dj-life").exec();
    InspectContainerResponse running = docker.inspectContainerCmd("dj-life").exec();
    assertThat(running.getId()).isEqualTo(created.getId());
    assertThat(running.getName()).isEqualTo("/dj-life");
    assertThat(running.getState().getStatus()).isEqualTo("running");
    assertThat(running.getState().getRunning()).isTrue();
    assertThat(running.getState().getPidLong()).isPositive();
    assertThat(running.getImageId()).isEqualTo(BUSYBOX_ID);
    assertThat(docker.listContainersCmd().exec()).extracting(c -> c.getNames()[0]).containsExactly("/dj-life");

    assertThat(failure(ConflictException.class, () -> docker.removeContainerCmd("dj-life").exec()))
        .isEqualTo("You cannot remove a running container " + created.getId()
            + ". Stop the container before attempting removal or force remove");
    docker.stopContainerCmd("dj-life").withTimeout(60).exec();
    InspectContainerResponse.ContainerState stopped = docker.inspectContainerCmd("dj-life").exec().getState();
    assertThat(stopped.getStatus()).isEqualTo("exited");
    assertThat(stopped.getExitCodeLong()).isEqualTo(7L);
    assertThat(stopped.getPidLong()).isZero();
    assertThat(docker.listContainersCmd().exec()).isEmpty();
    docker.removeContainerCmd("dj-life").exec();
    assertThat(docker.listContainersCmd().withShowAll(true).exec()).isEmpty();
  }

  @Test
  @Order(9)
  void execRunsInARunningContainer() throws Exception {
    assumeContainers();
    CreateContainerResponse created = create("busybox", "dj-exec", SERVE_UNTIL_TERM);
    docker.startContainerCmd(created.getId()).exec();
    ExecCreateCmdResponse exec = docker.execCreateCmd("dj-exec")
        .withCmd("sh", "-c", "echo hello from $(hostname); echo oops >&2; exit 4")
        .withAttachStdout(true).withAttachStderr(true)
        .exec();
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    docker.execStartCmd(exec.getId()).exec(new ResultCallback.Adapter<Frame>() {
      @Override
      public void onNext(Frame f) {
        (f.getStreamType() == StreamType.STDERR ? err : out).append(new String(f.getPayload(), StandardCharsets.UTF_8));
      }
    }).awaitCompletion(60, TimeUnit.SECONDS);
    assertThat(out.toString()).isEqualTo("hello from " + created.getId().substring(0, 12) + "\n");
    assertThat(err.toString()).isEqualTo("oops\n");
    InspectExecResponse inspected = docker.inspectExecCmd(exec.getId()).exec();
    assertThat(inspected.getExitCodeLong()).isEqualTo(4L);
    assertThat(inspected.isRunning()).isFalse();
    assertThat(inspected.getContainerID()).isEqualTo(created.getId());
    docker.removeContainerCmd(created.getId()).withForce(true).exec();
  }

  @Test
  @Order(10)
  void buildFromADirectoryWithARunStep() throws Exception {
    assumeContainers();
    Path ctx = Files.createDirectories(work.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile"),
        "FROM busybox\nCOPY greeting /greeting\nRUN cat /greeting > /built && echo built >> /built\n"
            + "LABEL stage=test\nCMD [\"cat\", \"/built\"]\n");
    Files.writeString(ctx.resolve("greeting"), "hello\n");
    String id = docker.buildImageCmd(ctx.toFile()).withTags(Set.of("dj-built:1")).start()
        .awaitImageId(120, TimeUnit.SECONDS);
    InspectImageResponse built = docker.inspectImageCmd("dj-built:1").exec();
    assertThat(id).hasSize(12); // docker-java reads "Successfully built <short ID>"
    assertThat(built.getId()).startsWith("sha256:" + id);
    assertThat(built.getRepoTags()).containsExactly("dj-built:1");
    assertThat(built.getConfig().getLabels()).containsEntry("stage", "test");
    assertThat(built.getConfig().getCmd()).containsExactly("cat", "/built");
    assertThat(built.getRootFS().getLayers()).hasSize(3);

    CreateContainerResponse run = docker.createContainerCmd("dj-built:1")
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")).exec();
    docker.startContainerCmd(run.getId()).exec();
    assertThat(docker.waitContainerCmd(run.getId()).start().awaitStatusCode(60, TimeUnit.SECONDS)).isZero();
    assertThat(logs(run.getId())[0]).isEqualTo("hello\nbuilt\n");
    docker.removeContainerCmd(run.getId()).exec();
  }

  @Test
  @Order(11)
  void buildFromATarStreamWithAFailingStep() throws Exception {
    assumeContainers();
    byte[] context = tar(Map.of("Dockerfile", "FROM busybox\nRUN echo step >/step\nRUN exit 9\n"));
    List<String> stream = new ArrayList<>();
    assertThatThrownBy(() -> docker.buildImageCmd(new ByteArrayInputStream(context)).withTags(Set.of("dj-failed:1"))
        .exec(new com.github.dockerjava.api.command.BuildImageResultCallback() {
          @Override
          public void onNext(com.github.dockerjava.api.model.BuildResponseItem item) {
            if (item.getStream() != null) {
              stream.add(item.getStream());
            }
            super.onNext(item);
          }
        }).awaitImageId(120, TimeUnit.SECONDS))
        .hasMessageContaining("The command '/bin/sh -c exit 9' returned a non-zero code: 9");
    assertThat(String.join("", stream)).contains("Step 1/3 : FROM busybox", "Step 3/3 : RUN exit 9");
    assertThatThrownBy(() -> docker.inspectImageCmd("dj-failed:1").exec()).isInstanceOf(NotFoundException.class);

    byte[] good = tar(Map.of("Dockerfile", "FROM busybox\nRUN echo two > /two\n"));
    String id = docker.buildImageCmd(new ByteArrayInputStream(good)).withTags(Set.of("dj-tar:1")).start()
        .awaitImageId(120, TimeUnit.SECONDS);
    assertThat(docker.inspectImageCmd("dj-tar:1").exec().getId()).startsWith("sha256:" + id);
  }

  private static byte[] tar(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      for (var f : files.entrySet()) {
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(f.getKey());
        e.setSize(content.length);
        out.putArchiveEntry(e);
        out.write(content);
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  @Order(12)
  void eventsBetweenSinceAndUntilAreWhatTheTestsDid() throws Exception {
    long until = System.currentTimeMillis() / 1000 + 1;
    List<Event> events = Collections.synchronizedList(new ArrayList<>());
    docker.eventsCmd().withSince(Long.toString(suiteStart)).withUntil(Long.toString(until))
        .exec(new ResultCallback.Adapter<Event>() {
          @Override
          public void onNext(Event e) {
            events.add(e);
          }
        }).awaitCompletion(60, TimeUnit.SECONDS);
    assertThat(events).allSatisfy(e -> assertThat(e.getTime()).isBetween(suiteStart, until));
    List<String> imageEvents = events.stream().filter(e -> e.getType() == EventType.IMAGE)
        .map(e -> e.getAction() + " " + e.getActor().getId()).toList();
    assertThat(imageEvents).containsSubsequence(
        "load " + BUSYBOX_ID,
        "load " + UNTAGGED_ID,
        "tag " + BUSYBOX_ID,
        "untag " + BUSYBOX_ID,
        "load " + LABELED_ID,
        "untag " + LABELED_ID,
        "delete " + UNTAGGED_ID,
        "prune ");
    if (canRunContainers()) {
      List<String> lifecycle = events.stream()
          .filter(e -> e.getType() == EventType.CONTAINER && "dj-life".equals(e.getActor().getAttributes().get("name")))
          .map(Event::getAction).toList();
      assertThat(lifecycle).containsExactly("create", "start", "kill", "die", "stop", "destroy");
      assertThat(events.stream().filter(e -> e.getType() == EventType.CONTAINER
              && "dj-exec".equals(e.getActor().getAttributes().get("name")))
          .map(Event::getAction).toList())
          .contains("exec_create: sh -c echo hello from $(hostname); echo oops >&2; exit 4",
              "exec_start: sh -c echo hello from $(hostname); echo oops >&2; exit 4", "exec_die");
    }
  }
}
