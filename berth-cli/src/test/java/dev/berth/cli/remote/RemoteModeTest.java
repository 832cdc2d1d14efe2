package dev.berth.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.api.BerthServer;
import dev.berth.cli.BerthCli;
import dev.berth.engine.Engine;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against {@code berth serve} ({@code -H unix://...}) prints what it prints in-process on
 * the same store.
 */
class RemoteModeTest {
  @TempDir Path tmp;
  private Engine engine;
  private BerthServer server;
  private String host;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void start() throws IOException {
    engine = Engine.open(new StorePaths(tmp.resolve("root"), tmp.resolve("run")));
    ImageImporter importer = new ImageImporter(engine.store());
    importer.importTar(new ByteArrayInputStream(tar("one")), "app:1", null);
    importer.importTar(new ByteArrayInputStream(tar("two")), "other/tool:latest", null);
    server = new BerthServer(engine);
    Path socket = tmp.resolve("run/berth.sock");
    server.start(List.of(URI.create("unix://" + socket)));
    host = "unix://" + socket;
  }

  @AfterEach
  void stop() {
    server.stop();
    engine.close();
  }

  private Run berth(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BerthCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run local(String... args) {
    List<String> a = new ArrayList<>(List.of("--root", tmp.resolve("root").toString(), "--runroot",
        tmp.resolve("run").toString()));
    a.addAll(List.of(args));
    return berth(a.toArray(new String[0]));
  }

  private Run remote(String... args) {
    List<String> a = new ArrayList<>(List.of("-H", host));
    a.addAll(List.of(args));
    return berth(a.toArray(new String[0]));
  }

  /** Runs a read-only command both ways: same exit, same output. */
  private Run same(String... args) {
    Run l = local(args);
    Run r = remote(args);
    assertThat(r).isEqualTo(l);
    return r;
  }

  private static final String ROWS = "{{.Repository}} {{.Tag}} {{.ID}} {{.Size}} {{.Digest}}";

  @Test
  void imagesTagRmiAndPsMatchTheLocalMode() {
    assertThat(same("images", "--format", ROWS).out()).contains("app 1 ").contains("other/tool latest ");
    same("images", "-a", "--no-trunc", "-q");
    same("images", "--filter", "reference=app", "--format", "{{json .}}");
    same("images", "--filter", "bogus=1");

    Run tag = remote("tag", "app:1", "app:2");
    assertThat(tag).isEqualTo(new Run(0, "", ""));
    assertThat(same("images", "app", "--format", ROWS).out().lines()).hasSize(2);

    Run rmi = remote("rmi", "app:2", "nosuch");
    assertThat(rmi).isEqualTo(new Run(1, "Untagged: app:2\n",
        "Error response from daemon: No such image: nosuch:latest\n"));
    assertThat(remote("rmi", "-f", "nosuch")).isEqualTo(local("rmi", "-f", "nosuch"));

    Run created = local("create", "--name", "c1", "app:1", "sh");
    assertThat(created.exit()).isZero();
    String psFormat = "{{.ID}} {{.Image}} {{.Command}} {{.Status}} {{.Names}} {{.Labels}} {{.Networks}} {{.State}}";
    assertThat(same("ps", "-a", "--format", psFormat).out()).contains(" app:1 \"sh\" Created c1 ");
    same("ps", "-a", "-q", "--no-trunc");
    same("ps", "--format", "table {{.ID}}\t{{.Names}}");

    same("history", "--format", "{{.ID}} {{.CreatedBy}} {{.Size}} {{.Comment}}", "app:1");
    same("image", "inspect", "--format", "{{.Id}} {{.RepoTags}} {{.Size}}", "app:1");
    same("inspect", "c1", "--format", "{{.Name}} {{.State.Status}}");
    same("inspect", "nothing-like-this");
  }

  @Test
  void removalsThroughTheApiChangeTheStore() {
    String id = local("create", "app:1", "sh").out().strip();
    Run rm = remote("rm", id.substring(0, 12));
    assertThat(rm).isEqualTo(new Run(0, id.substring(0, 12) + "\n", ""));
    assertThat(local("ps", "-aq").out()).isEmpty();
    Run rmi = remote("rmi", "other/tool");
    assertThat(rmi.exit()).isZero();
    assertThat(rmi.out()).startsWith("Untagged: other/tool:latest\nDeleted: sha256:");
    assertThat(local("images", "--format", "{{.Repository}}").out()).isEqualTo("app\n");
  }

  @Test
  void createThroughTheApi() {
    Run created = remote("create", "--name", "web", "--label", "x=1", "app:1", "echo", "hi there");
    assertThat(created.exit()).as(created.err()).isZero(); // no --network: Docker's default, shown as "bridge"
    assertThat(local("ps", "-a", "--format", "{{.Names}} {{.Command}} {{.Labels}} {{.Networks}}").out())
        .isEqualTo("web \"echo 'hi there'\" x=1 bridge\n");
  }

  @Test
  void commandsWithoutRemoteModeSaySo() {
    assertThat(remote("system", "check")).isEqualTo(
        new Run(1, "", "berth: system check against a remote daemon (-H) is not supported yet\n"));
  }

  @Test
  void anUnreachableDaemonIsReportedLikeTheDockerCli() {
    String nowhere = "unix://" + tmp.resolve("nothing.sock");
    assertThat(berth("-H", nowhere, "images")).isEqualTo(
        new Run(1, "", "Cannot connect to the Docker daemon at " + nowhere + ". Is the docker daemon running?\n"));
    // BERTH_HOST is the same as -H; -H wins
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BerthCli.run(new String[] {"images", "-q"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), nowhere);
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Cannot connect to the Docker daemon at " + nowhere);
    exit = BerthCli.run(new String[] {"-H", host, "images", "-q"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), nowhere);
    assertThat(exit).isZero();
  }

  private static byte[] tar(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(content.length);
      e.setModTime(1_700_000_000_000L);
      e.setMode(0644);
      out.putArchiveEntry(e);
      out.write(content);
      out.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }
}
