package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Runs representative commands against a throw-away store so that the launcher can record the
 * JVM's AOT cache: the classes of a typical start-up, including JSON, templates and table output
 * over real rows.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    // The entry point itself: a class the cache lacks is read from the jar, and the first one
    // from the jar also reads its manifest to define the package (~5 ms).
    Class.forName("dev.berth.cli.Main");
    String root = args[0];
    Path tar = Path.of(root, "training.tar");
    Files.createDirectories(tar.getParent());
    try (OutputStream f = Files.newOutputStream(tar); TarArchiveOutputStream t = new TarArchiveOutputStream(f)) {
      byte[] body = "training\n".getBytes();
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
      t.putArchiveEntry(e);
      t.write(body);
      t.closeArchiveEntry();
    }
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    String store = root + "/store";
    String[][] commands = {
      {"--version"},
      {"--root", store, "version"},
      {"--root", store, "images"},
      {"--root", store, "import", tar.toString(), "training:1"},
      {"--root", store, "tag", "training:1", "training:2"},
      {"--root", store, "images"},
      {"--root", store, "images", "-a", "--digests", "-f", "dangling=false"},
      {"--root", store, "images", "--format", "{{.Repository}}:{{.Tag}} {{json .}}"},
      {"--root", store, "create", "--name", "t1", "-l", "a=b", "training:1", "true"},
      {"--root", store, "ps", "-a"},
      {"--root", store, "ps", "-a", "--format", "json"},
      {"--root", store, "inspect", "t1"},
      {"--root", store, "image", "inspect", "--format", "{{.Id}} {{json .Config}}", "training:1"},
      {"--root", store, "history", "training:1"},
      {"--root", store, "save", "-o", root + "/saved.tar", "training:1"},
      {"--root", store, "load", "-i", root + "/saved.tar"},
      {"--root", store, "info"},
      {"--root", store, "system", "df"},
      {"--root", store, "rmi", "training:2"},
      {"--root", store, "rm", "t1"},
      {"--root", store, "container", "prune", "-f"},
      {"--root", store, "image", "prune", "-a", "-f"},
      {"--root", store, "rmi", "nosuch"},
      {"--root", store, "images", "--bogus"},
    };
    for (String[] command : commands) {
      BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink);
    }
    trainRemote(root, store, sink);
  }

  /** The remote mode ({@code -H}) against {@code berth serve} on the same store: the HTTP client's classes. */
  private static void trainRemote(String root, String store, PrintStream sink) {
    Path socket = Path.of(root, "run", "berth.sock");
    try (dev.berth.engine.Engine engine =
            dev.berth.engine.Engine.open(new dev.berth.store.StorePaths(Path.of(store), socket.getParent()));
        dev.berth.api.BerthServer server = new dev.berth.api.BerthServer(engine)) {
      server.start(java.util.List.of(java.net.URI.create("unix://" + socket)));
      String host = "unix://" + socket;
      String[][] commands = {
        {"-H", host, "images"},
        {"-H", host, "ps", "-a"},
        {"-H", host, "image", "inspect", "training:1"},
        {"-H", host, "rmi", "nosuch"},
      };
      for (String[] command : commands) {
        BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink, null);
      }
    }
  }
}
