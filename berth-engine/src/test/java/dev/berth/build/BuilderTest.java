package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageImporter;
import dev.berth.image.ImageRecord;
import dev.berth.image.ImageStore;
import dev.berth.image.Names;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classic builds on a real store with real busybox containers (needs root, runc, conmon and
 * /usr/bin/busybox). Expected texts are the real daemon's (cli-format §6.19, Build_ClassicChainRmi).
 */
class BuilderTest {
  private static final String HEX12 = "[0-9a-f]{12}";

  @TempDir Path dir;
  Engine engine;
  String baseId;
  Path ctx;

  @BeforeEach
  void setUp() throws Exception {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    Path rootfs = dir.resolve("rootfs");
    Files.createDirectories(rootfs.resolve("bin"));
    Files.createDirectories(rootfs.resolve("etc"));
    Files.createDirectories(rootfs.resolve("tmp"));
    Files.copy(Path.of("/usr/bin/busybox"), rootfs.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createSymbolicLink(rootfs.resolve("bin/sh"), Path.of("busybox"));
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
    Process tar = new ProcessBuilder("tar", "-C", rootfs.toString(), "-cf", "-", ".").start();
    byte[] bytes = tar.getInputStream().readAllBytes();
    assertThat(tar.waitFor()).isZero();
    baseId = new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(bytes), "busybox:test", null);
    ctx = Files.createDirectories(dir.resolve("ctx"));
  }

  @AfterEach
  void tearDown() {
    for (var c : engine.containers().list()) {
      engine.containers().remove(c.id(), true);
    }
    engine.close();
  }

  private record Result(String id, List<String> lines) {}

  private Result build(String dockerfile, List<String> tags, boolean noCache) throws Exception {
    Files.writeString(ctx.resolve("Dockerfile"), dockerfile);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String id = new Builder(engine).build(
        new BuildRequest(ctx, null, tags, noCache, true, false, Map.of(), Map.of()), out);
    return new Result(id, List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  /** Checks each line against a regex; {@code (?<c>...)} groups must repeat the same container ID. */
  private static void assertLines(List<String> actual, List<String> patterns) {
    assertThat(actual).hasSize(patterns.size());
    for (int i = 0; i < patterns.size(); i++) {
      assertThat(actual.get(i)).matches(patterns.get(i));
    }
  }

  private ImageRecord image(String id) {
    return engine.store().db().read(c -> ImageStore.find(c, id)).orElseThrow();
  }

  private JsonNode config(String id) {
    return ImageConfig.parse(engine.store().content().read(id)).json();
  }

  private static final String DOCKERFILE = """
      FROM busybox:test
      RUN echo hello > /hello.txt
      LABEL stage=one
      CMD ["sleep", "1000"]
      """;

  @Test
  void buildsParentLinkedStepImagesAndReusesThemFromTheCache() throws Exception {
    String base = baseId.substring(7, 19);
    Result first = build(DOCKERFILE, List.of(Names.tagTarget("app:1")), false);
    assertLines(first.lines(), List.of(
        "Step 1/4 : FROM busybox:test",
        " ---> " + base,
        "Step 2/4 : RUN echo hello > /hello.txt",
        " ---> Running in " + HEX12,
        "Removing intermediate container " + HEX12,
        " ---> " + HEX12,
        "Step 3/4 : LABEL stage=one",
        " ---> Running in " + HEX12,
        "Removing intermediate container " + HEX12,
        " ---> " + HEX12,
        "Step 4/4 : CMD \\[\"sleep\", \"1000\"\\]",
        " ---> Running in " + HEX12,
        "Removing intermediate container " + HEX12,
        " ---> " + first.id().substring(7, 19),
        "Successfully built " + first.id().substring(7, 19),
        "Successfully tagged app:1"));
    // Running in / Removing name the same container.
    assertThat(first.lines().get(3).substring(17)).isEqualTo(first.lines().get(4).substring(32));

    // The parent chain: CMD -> LABEL -> RUN -> base.
    ImageRecord cmd = image(first.id());
    ImageRecord label = image(cmd.parent());
    ImageRecord run = image(label.parent());
    assertThat(run.parent()).isEqualTo(baseId);
    assertThat(first.lines().get(5)).isEqualTo(" ---> " + run.shortId());
    assertThat(first.lines().get(9)).isEqualTo(" ---> " + label.shortId());
    assertThat(run.size() - image(baseId).size()).isEqualTo(6); // "hello\n"
    assertThat(label.topLayer()).isEqualTo(run.topLayer());

    JsonNode cfg = config(first.id());
    JsonNode history = cfg.get("history");
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("created_by").asText()).isEqualTo("/bin/sh -c #(nop)  CMD [\"sleep\" \"1000\"]");
    assertThat(last.get("empty_layer").asBoolean()).isTrue();
    assertThat(history.get(history.size() - 2).get("created_by").asText())
        .isEqualTo("/bin/sh -c #(nop)  LABEL stage=one");
    assertThat(history.get(history.size() - 3).get("created_by").asText()).isEqualTo("/bin/sh -c echo hello > /hello.txt");
    assertThat(history.get(history.size() - 3).has("empty_layer")).isFalse();
    assertThat(cfg.get("config").get("Cmd").toString()).isEqualTo("[\"sleep\",\"1000\"]");
    assertThat(cfg.get("config").get("Labels").toString()).isEqualTo("{\"stage\":\"one\"}");
    assertThat(cfg.get("container_config").get("Cmd").toString())
        .isEqualTo("[\"/bin/sh\",\"-c\",\"#(nop) \",\"CMD [\\\"sleep\\\" \\\"1000\\\"]\"]");
    // No intermediate container is left behind.
    assertThat(engine.containers().list()).isEmpty();

    Result second = build(DOCKERFILE, List.of(Names.tagTarget("app:1")), false);
    assertThat(second.id()).isEqualTo(first.id());
    assertLines(second.lines(), List.of(
        "Step 1/4 : FROM busybox:test",
        " ---> " + base,
        "Step 2/4 : RUN echo hello > /hello.txt",
        " ---> Using cache",
        " ---> " + run.shortId(),
        "Step 3/4 : LABEL stage=one",
        " ---> Using cache",
        " ---> " + label.shortId(),
        "Step 4/4 : CMD \\[\"sleep\", \"1000\"\\]",
        " ---> Using cache",
        " ---> " + cmd.shortId(),
        "Successfully built " + cmd.shortId(),
        "Successfully tagged app:1"));

    Result noCache = build(DOCKERFILE, List.of(), true);
    assertThat(noCache.id()).isNotEqualTo(first.id());
    assertThat(noCache.lines()).noneMatch(l -> l.contains("Using cache"));
  }

  @Test
  void rebuildWithChangedContentMovesTheTagAndLeavesTheOldImageDangling() throws Exception {
    Result first = build("FROM busybox:test\nRUN echo one > /v\n", List.of(Names.tagTarget("app:1")), false);
    Result second = build("FROM busybox:test\nRUN echo two > /v\n", List.of(Names.tagTarget("app:1")), false);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.lines()).noneMatch(l -> l.contains("Using cache"));
    java.util.Optional<String> tagged = engine.store().db().read(c -> ImageStore.imageForRef(c, Names.tagTarget("app:1")));
    assertThat(tagged).contains(second.id());
    // The old image is still there, untagged and nobody's parent: dangling.
    assertThat(image(first.id()).parent()).isEqualTo(baseId);
    List<dev.berth.image.ImageRef> refs = engine.store().db().read(c -> ImageStore.refs(c, first.id()));
    List<String> children = engine.store().db().read(c -> ImageStore.children(c, first.id()));
    assertThat(refs).isEmpty();
    assertThat(children).isEmpty();
  }

  @Test
  void failingRunReportsTheCommandAndItsExitCodeWithStderrInRed() throws Exception {
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox:test\nRUN echo to-out; echo to-err >&2; exit 7\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BuildRequest req = new BuildRequest(ctx, null, List.of(), false, true, false, Map.of(), Map.of());
    assertThatThrownBy(() -> new Builder(engine).build(req, out))
        .isInstanceOfSatisfying(BuildStepFailedException.class, e -> {
          assertThat(e.getMessage())
              .isEqualTo("The command '/bin/sh -c echo to-out; echo to-err >&2; exit 7' returned a non-zero code: 7");
          assertThat(e.exitCode()).isEqualTo(7);
        });
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("to-out\n").contains("\u001b[91mto-err\n\u001b[0m");
    // The failed container stays behind (only --force-rm removes it).
    assertThat(engine.containers().list()).hasSize(1);
  }

  @Test
  void copyAddsTheContextFileAsALayerAndHitsTheCacheOnlyForTheSameContent() throws Exception {
    Files.writeString(ctx.resolve("file.txt"), "data\n");
    String df = "FROM busybox:test\nCOPY file.txt /dst/file.txt\n";
    Result first = build(df, List.of(), false);
    assertThat(first.lines().get(2)).isEqualTo("Step 2/2 : COPY file.txt /dst/file.txt");
    assertThat(first.lines().get(3)).matches(" ---> " + HEX12);
    String createdBy = lastCreatedBy(first.id());
    assertThat(createdBy).matches("/bin/sh -c #\\(nop\\) COPY file:[0-9a-f]{64} in /dst/file.txt ");
    assertThat(build(df, List.of(), false).id()).isEqualTo(first.id());
    Files.writeString(ctx.resolve("file.txt"), "changed\n");
    assertThat(build(df, List.of(), false).id()).isNotEqualTo(first.id());

    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox:test\nCOPY missing.txt /x\n");
    BuildRequest req = new BuildRequest(ctx, null, List.of(), false, true, false, Map.of(), Map.of());
    assertThatThrownBy(() -> new Builder(engine).build(req, new ByteArrayOutputStream()))
        .hasMessage("COPY failed: file not found in build context or excluded by .dockerignore: "
            + "stat missing.txt: file does not exist");
  }

  @Test
  void aVolumeOverAnExistingFileFailsTheStepBeforeItsContainer() throws Exception {
    Files.writeString(ctx.resolve("f"), "data\n");
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox:test\nCOPY f /foo\nVOLUME /foo\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BuildRequest req = new BuildRequest(ctx, null, List.of(), false, true, false, Map.of(), Map.of());
    assertThatThrownBy(() -> new Builder(engine).build(req, out))
        .isInstanceOfSatisfying(BuildStepFailedException.class, e -> {
          assertThat(e.getMessage()).startsWith("cannot mount volume over existing file, file exists /").endsWith("/foo");
          assertThat(e.exitCode()).isEqualTo(1);
        });
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("Step 3/3 : VOLUME /foo\n");
    // a directory, or a link to one, is fine
    Result ok = build("FROM busybox:test\nVOLUME /tmp /bin/../etc\n", List.of(), false);
    assertThat(ok.lines()).anyMatch(l -> l.startsWith("Successfully built"));
  }

  @Test
  void runWithoutFileChangesCommitsAnEmptyLayerLikeDocker() throws Exception {
    Result r = build("FROM busybox:test\nRUN echo hi\n", List.of(), false);
    assertThat(r.lines()).contains("hi");
    JsonNode cfg = config(r.id());
    JsonNode h = cfg.get("history");
    assertThat(h.get(h.size() - 1).get("empty_layer").asBoolean()).isTrue();
    assertThat(cfg.get("rootfs").get("diff_ids")).isEqualTo(config(baseId).get("rootfs").get("diff_ids"));
    assertThat(image(r.id()).topLayer()).isEqualTo(image(baseId).topLayer());
  }

  private String lastCreatedBy(String id) {
    JsonNode h = config(id).get("history");
    return h.get(h.size() - 1).get("created_by").asText();
  }

  @Test
  void parserKeepsTheOriginalTextAndRejectsUnknownInstructions() {
    List<Instruction> in = DockerfileParser.parse("from busybox:local\n# comment\nrun echo a \\\n    b\nenv   X=1 Y=2\n");
    List<String> originals = new ArrayList<>();
    in.forEach(i -> originals.add(i.original()));
    assertThat(originals).containsExactly("from busybox:local", "run echo a     b", "env   X=1 Y=2");
    assertThat(in.get(1).keyword()).isEqualTo("RUN");
    assertThatThrownBy(() -> DockerfileParser.parse("FROM busybox\nBOGUS x\n"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("dockerfile parse error line 2: unknown instruction: BOGUS");
  }

  @Test
  void validationRejectsBadArgumentCountsAndMissingFromBeforeAnyStep() {
    assertThatThrownBy(() -> DockerfileParser.validate(DockerfileParser.parse("FROM busybox\nENV\n")))
        .hasMessage("dockerfile parse error line 2: ENV requires at least one argument");
    assertThatThrownBy(() -> DockerfileParser.validate(DockerfileParser.parse("FROM busybox\nCOPY a\n")))
        .hasMessage("dockerfile parse error line 2: COPY requires at least two arguments, but only one was provided. "
            + "Destination could not be determined");
    assertThatThrownBy(() -> DockerfileParser.validate(DockerfileParser.parse("RUN echo\n")))
        .hasMessage("no build stage in current context");
  }

  @Test
  void contextTarSizeCountsHeadersPaddedDataAndTheEndBlocks() throws Exception {
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nRUN echo v1 > /version\n");
    assertThat(new BuildContext(ctx).tarSize()).isEqualTo(2048);
    Files.writeString(ctx.resolve("file.txt"), "x");
    assertThat(new BuildContext(ctx).tarSize()).isEqualTo(3072);
    Files.writeString(ctx.resolve(".dockerignore"), "file.txt\n");
    assertThat(new BuildContext(ctx).tarSize()).isEqualTo(3072); // .dockerignore itself is sent
  }

  @Test
  void contextTarSizeCountsAnIgnoredRenamedDockerfile() throws Exception {
    Files.writeString(ctx.resolve("Dockerfile"), "Should not use me\n");
    Files.writeString(ctx.resolve("MyDockerfile"), "FROM busybox\n");
    Files.writeString(ctx.resolve(".dockerignore"), "MyDockerfile\n");
    // Dockerfile, MyDockerfile (sent although ignored: it is the -f file) and .dockerignore
    assertThat(new BuildContext(ctx).tarSize("MyDockerfile")).isEqualTo(4096);
  }

  @Test
  void goQuoteFormatsStringListsLikePercentQ() {
    assertThat(GoQuote.list(List.of("sh", "-c", "echo \"hi\""))).isEqualTo("[\"sh\" \"-c\" \"echo \\\"hi\\\"\"]");
  }

  @Test
  void addFromUrlDownloadsOverHttpAndKeysTheCacheOnTheDownloadedFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Owners.hostName(false, 0).equals("root"), "uid 0 must be root");
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/data.txt", ex -> {
      byte[] body = "downloaded\n".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/data.txt";
      Result r = build("FROM busybox:test\nADD " + url + " /d/\n", List.of(), false);
      JsonNode history = config(r.id()).path("history");
      // the real daemon's key for this download (oracle experiment, same content and name)
      assertThat(history.get(history.size() - 1).path("created_by").asText())
          .isEqualTo("/bin/sh -c #(nop) ADD 1dd82b2a6746ed98dc6fe606493678e902acc273da5e444acb07d1afa5ad787f in /d/ ");
      assertThat(r.lines()).contains("");
      Result again = build("FROM busybox:test\nADD " + url + " /d/\n", List.of(), false);
      assertThat(again.id()).isEqualTo(r.id());
      assertThat(again.lines()).contains(" ---> Using cache");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void copyAndAddLeaveTheContextFilesAlone() throws Exception {
    Files.writeString(ctx.resolve("a.txt"), "context\n");
    Path src = Files.createDirectories(dir.resolve("tarsrc"));
    Files.writeString(src.resolve("a.txt"), "from the archive\n");
    Process tar = new ProcessBuilder("tar", "-C", src.toString(), "-cf", ctx.resolve("x.tar").toString(), "a.txt")
        .start();
    assertThat(tar.waitFor()).isZero();
    build("FROM busybox:test\nADD a.txt x.tar /d/\n", List.of(), false);
    assertThat(Files.readString(ctx.resolve("a.txt"))).isEqualTo("context\n");
    assertThat(Files.getAttribute(ctx.resolve("a.txt"), "unix:nlink")).isEqualTo(1);
  }
}
