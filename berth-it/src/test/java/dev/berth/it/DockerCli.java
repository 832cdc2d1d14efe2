package dev.berth.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Facts about a docker CLI binary, asked once per binary. */
final class DockerCli {
  private static final Map<Path, String> VERSIONS = new ConcurrentHashMap<>();

  private DockerCli() {}

  /** The client version ({@code docker version -f '{{.Client.Version}}'}), or "" when it cannot run. */
  static String versionOf(Path cli) {
    return VERSIONS.computeIfAbsent(cli, DockerCli::ask);
  }

  private static String ask(Path cli) {
    if (!Files.isExecutable(cli)) {
      return "";
    }
    try {
      Process p = new ProcessBuilder(cli.toString(), "version", "-f", "{{.Client.Version}}")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
