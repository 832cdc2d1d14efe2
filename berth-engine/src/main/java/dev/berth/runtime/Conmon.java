package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.SystemException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches conmon, the per-container monitor: it runs {@code runc create}, keeps the container's
 * stdio, writes the k8s-file log and the exit file, and runs the exit command. It outlives the
 * JVM, so no daemon is needed.
 */
final class Conmon {
  private final RuntimeConfig config;

  Conmon(RuntimeConfig config) {
    this.config = config;
  }

  /** A conmon that has created (not yet started) the container. */
  record Launched(Process process, ProcessIdentity monitor, long containerPid) {}

  /** What conmon needs to know beyond the container's directories. */
  record Request(String id, String name, boolean stdin, boolean tty, List<String> exitCommand,
      boolean leaveStdinOpen) {
    Request(String id, String name, boolean stdin, boolean tty, List<String> exitCommand) {
      this(id, name, stdin, tty, exitCommand, false);
    }
  }

  /**
   * Spawns conmon with {@code --sync} (so the spawned process is the monitor itself and the sync
   * pipe stays open, G4) and waits for its report of {@code runc create}.
   *
   * @throws ContainerStartException when runc could not create the container
   */
  Launched launch(Request req, ContainerDirs dirs) {
    try {
      Files.createDirectories(config.exitDir());
      Files.createDirectories(config.socketDir());
      Files.createDirectories(config.runcRoot());
      Files.createDirectories(dirs.userdata());
      Files.deleteIfExists(config.exitFile(req.id()));
      Files.deleteIfExists(config.socketDir().resolve(req.id()));
      Files.deleteIfExists(dirs.pidFile());
      ProcessBuilder pb = new ProcessBuilder(argv(req, dirs));
      // conmon reads the sync pipe's fd number from the environment; fd 3 = a dup of stdout.
      pb.environment().put("_OCI_SYNCPIPE", "3");
      // conmon writes files such as `oom` into its working directory: the container's, not the caller's
      pb.directory(dirs.userdata().toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.redirectError(dirs.conmonStderr().toFile());
      Process p = pb.start();
      ProcessIdentity monitor =
          ProcessIdentity.of(p.pid()).orElse(new ProcessIdentity(p.pid(), -1));
      Files.writeString(dirs.conmonPidFile(), monitor.serialize());
      String line =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      if (line == null) {
        p.waitFor();
        throw new SystemException("conmon failed: " + Files.readString(dirs.conmonStderr()).strip());
      }
      JsonNode sync = OciSpecBuilder.JSON.readTree(line);
      long pid = sync.path("data").asLong(-1);
      if (pid <= 0) {
        p.waitFor();
        throw ContainerStartException.fromRuncCreateError(sync.path("message").asText(""));
      }
      return new Launched(p, monitor, pid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while starting conmon", e);
    }
  }

  private List<String> argv(Request req, ContainerDirs dirs) {
    List<String> a = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 3>&1", "sh"));
    a.addAll(List.of(config.conmon().toString(), "--api-version", "1", "--sync",
        "-c", req.id(), "-u", req.id(), "-n", req.name(), "-r", config.runc().toString(),
        "-b", dirs.bundle().toString(), "-p", dirs.pidFile().toString(),
        "-l", "k8s-file:" + dirs.log(), "--exit-dir", config.exitDir().toString(),
        "--socket-dir-path", config.socketDir().toString(), "--full-attach",
        "--log-level", "warning",
        "--runtime-arg", "--root", "--runtime-arg", config.runcRoot().toString()));
    if (req.stdin()) {
      a.add("-i");
      if (req.leaveStdinOpen()) {
        a.add("--leave-stdin-open");
      }
    }
    if (req.tty()) {
      a.add("-t");
    }
    if (!req.exitCommand().isEmpty()) {
      a.add("--exit-command");
      a.add(req.exitCommand().getFirst());
      for (String arg : req.exitCommand().subList(1, req.exitCommand().size())) {
        a.add("--exit-command-arg");
        a.add(arg);
      }
    }
    return a;
  }
}
