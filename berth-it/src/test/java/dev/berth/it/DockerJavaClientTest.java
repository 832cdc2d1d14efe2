package dev.berth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.PruneResponse;
import com.github.dockerjava.api.model.PruneType;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
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
 * store and run in order (load first, prune last).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerJavaClientTest {
  private static final OracleFiles ORACLE = OracleFiles.locate();
  private static final Path TARGET =
      Path.of(System.getProperty("berth.it.target", ORACLE.repo().resolve("berth-it/target").toString()));

  private static Path work;
  private static Process server;
  private static DockerClient docker;
  private static Path fixtures;

  @BeforeAll
  static void startServer() throws Exception {
    String jarProblem = ORACLE.jarProblem();
    if (System.getenv("CI") != null) {
      assertThat(jarProblem).as("docker-java tests cannot run").isNull();
    }
    Assumptions.assumeTrue(jarProblem == null, () -> "docker-java tests skipped: " + jarProblem);
    Files.createDirectories(TARGET);
    work = Files.createTempDirectory(TARGET, "docker-java-");
    fixtures = new ScenarioRunner(ORACLE, TARGET.resolve("oracle-work")).fixturesDir();
    ensureFixtures();
    Path socket = work.resolve("berth.sock");
    ProcessBuilder pb = new ProcessBuilder(ORACLE.launcher().toString(), "--root", work.resolve("root").toString(),
        "--runroot", work.resolve("run").toString(), "serve", "--host", "unix://" + socket)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("server.log").toFile());
    pb.environment().put("BERTH_NO_REBUILD", "1");
    server = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(socket) && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(Files.exists(socket)).as("berth serve created its socket; log:\n%s", serverLog()).isTrue();
    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost("unix://" + socket)
        .withApiVersion("1.41")
        .build();
    DockerHttpClient http = new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .responseTimeout(Duration.ofSeconds(120))
        .build();
    docker = DockerClientImpl.getInstance(config, http);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (docker != null) {
      for (var c : docker.listContainersCmd().withShowAll(true).exec()) {
        docker.removeContainerCmd(c.getId()).withForce(true).exec();
      }
      docker.close();
    }
    if (server != null) {
      server.destroy(); // SIGTERM: the server removes its socket and exits
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("berth serve stopped on SIGTERM").isTrue();
    }
    if (work != null) {
      try (var walk = Files.walk(work)) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String serverLog() throws IOException {
    Path log = work.resolve("server.log");
    return Files.exists(log) ? Files.readString(log) : "";
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

  private static boolean canRunContainers() {
    return "root".equals(System.getProperty("user.name"))
        && (Files.isExecutable(Path.of("/usr/bin/runc")) || Files.isExecutable(Path.of("/usr/sbin/runc")));
  }

  @Test
  @Order(1)
  void pingAndVersion() {
    docker.pingCmd().exec();
    Version v = docker.versionCmd().exec();
    assertThat(v.getApiVersion()).isEqualTo("1.41");
    assertThat(v.getOperatingSystem()).isEqualTo("linux");
  }

  @Test
  @Order(2)
  void loadListInspectTag() throws Exception {
    try (InputStream in = Files.newInputStream(fixtures.resolve("busybox.tar"))) {
      docker.loadImageCmd(in).exec();
    }
    List<Image> images = docker.listImagesCmd().exec();
    assertThat(images).anySatisfy(i -> assertThat(i.getRepoTags()).contains("busybox:latest"));
    InspectImageResponse inspected = docker.inspectImageCmd("busybox").exec();
    assertThat(inspected.getId()).startsWith("sha256:");
    assertThat(inspected.getRepoTags()).containsExactly("busybox:latest");

    docker.tagImageCmd("busybox", "example.com/team/box", "v1").exec();
    assertThat(docker.inspectImageCmd("example.com/team/box:v1").exec().getId()).isEqualTo(inspected.getId());
    assertThatThrownBy(() -> docker.inspectImageCmd("nosuch:1").exec()).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No such image: nosuch:1");
  }

  @Test
  @Order(3)
  void saveStreamsADockerArchive() throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = docker.saveImageCmd("busybox").exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("manifest.json", "repositories");
  }

  @Test
  @Order(4)
  void runAContainerAndReadItsLogs() throws Exception {
    Assumptions.assumeTrue(canRunContainers(), "containers need root and runc");
    CreateContainerResponse created = docker.createContainerCmd("busybox")
        .withCmd("sh", "-c", "echo out; echo err >&2; exit 3")
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
        .withName("dj1")
        .exec();
    docker.startContainerCmd(created.getId()).exec();
    int status = docker.waitContainerCmd(created.getId()).start().awaitStatusCode(60, TimeUnit.SECONDS);
    assertThat(status).isEqualTo(3);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    docker.logContainerCmd(created.getId()).withStdOut(true).withStdErr(true)
        .exec(new ResultCallback.Adapter<Frame>() {
          @Override
          public void onNext(Frame f) {
            (f.getStreamType().name().equals("STDERR") ? stderr : stdout).writeBytes(f.getPayload());
          }
        }).awaitCompletion(60, TimeUnit.SECONDS);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("out\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
    assertThat(docker.inspectContainerCmd("dj1").exec().getState().getExitCodeLong()).isEqualTo(3L);

    // the seed's conflict through the client: the image is used by a (stopped) container
    assertThatThrownBy(() -> docker.removeImageCmd("busybox").exec()).isInstanceOf(ConflictException.class)
        .hasMessageContaining("must be forced");
    docker.removeContainerCmd(created.getId()).exec();
  }

  @Test
  @Order(5)
  void buildWithTheClassicBuilder() throws Exception {
    Assumptions.assumeTrue(canRunContainers(), "RUN steps need root and runc");
    Path ctx = Files.createDirectories(work.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nRUN echo built > /built\nLABEL stage=test\n");
    String id = docker.buildImageCmd(ctx.toFile()).withTags(Set.of("dj-built:1")).start()
        .awaitImageId(120, TimeUnit.SECONDS);
    assertThat(docker.inspectImageCmd("dj-built:1").exec().getId()).endsWith(id);
    assertThat(docker.inspectImageCmd("dj-built:1").exec().getConfig().getLabels()).containsEntry("stage", "test");
  }

  @Test
  @Order(6)
  void untagLeavesADanglingImageThatPruneRemoves() throws Exception {
    try (InputStream in = Files.newInputStream(fixtures.resolve("labeled.tar"))) {
      docker.loadImageCmd(in).exec();
    }
    String id = docker.inspectImageCmd("labeled:v1").exec().getId();
    docker.removeImageCmd("labeled:v1").withForce(true).exec();
    List<Image> dangling = docker.listImagesCmd().withDanglingFilter(true).exec();
    assertThat(dangling).extracting(Image::getId).contains(id);
    PruneResponse pruned = docker.pruneCmd(PruneType.IMAGES).exec();
    assertThat(pruned.getSpaceReclaimed()).isPositive();
    assertThat(docker.listImagesCmd().withDanglingFilter(true).exec()).extracting(Image::getId).doesNotContain(id);
  }

  @Test
  @Order(7)
  void eventsReportWhatHappened() throws Exception {
    long until = System.currentTimeMillis() / 1000 + 1;
    List<Event> events = new ArrayList<>();
    docker.eventsCmd().withSince("0").withUntil(Long.toString(until))
        .exec(new ResultCallback.Adapter<Event>() {
          @Override
          public void onNext(Event e) {
            events.add(e);
          }
        }).awaitCompletion(60, TimeUnit.SECONDS);
    assertThat(events).extracting(Event::getAction).contains("load", "tag", "untag", "delete");
  }
}
