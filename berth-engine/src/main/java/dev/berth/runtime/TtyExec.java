package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@code docker exec -t}: conmon's exec mode runs {@code runc exec} with a console socket,
 * holds the terminal's master side, and writes what the process prints on its terminal to a
 * k8s-file log that berth follows (raw: a terminal has one stream, and partial lines are passed
 * on at once); stdin goes through the session's attach socket; the exit code comes from the
 * session's exit file. A session keeps its files in {@code userdata/exec-<id>/} until it ends.
 */
final class TtyExec {

  private final RuntimeConfig config;

  TtyExec(RuntimeConfig config) {
    this.config = config;
  }

  /** The files of one exec session. */
  private record Session(String id, Path dir) {
    Path spec() {
      return dir.resolve("process.json");
    }

    Path log() {
      return dir.resolve("exec.log");
    }

    Path runcLog() {
      return dir.resolve("runc.log");
    }

    Path pidFile() {
      return dir.resolve("pid");
    }

    Path sync() {
      return dir.resolve("sync");
    }
  }

  /**
   * Runs {@code req} (with {@code tty}) in the running container {@code id}; returns its exit code
   * ({@code detach}: 0 once it runs). Output, stdout and stderr alike, goes to {@code out}.
   *
   * @throws ContainerStartException when the command cannot be executed (126)
   */
  int run(String id, String name, ContainerDirs dirs, ExecRequest req, InputStream in, OutputStream out,
      LongConsumer started) {
    String token = dev.berth.content.RandomIds.hex(6);
    Session s = new Session(token, dirs.userdata().resolve("exec-" + token));
    boolean keep = req.detach();
    try {
      Files.createDirectories(s.dir());
      Files.createDirectories(config.socketDir());
      OciSpecBuilder.JSON.writeValue(s.spec().toFile(), ExecProcess.spec(dirs, req, true));
      List<String> argv = argv(id, name, s, req.interactive() && in != null);
      if (req.detach()) {
        // nobody waits for a detached session: conmon removes its files when the process ends
        argv.addAll(List.of("--exit-command", "/bin/rm", "--exit-command-arg", "-rf", "--exit-command-arg",
            s.dir().toString()));
      }
      ProcessBuilder pb = new ProcessBuilder(argv);
      // conmon reports on the sync pipe (fd 3); a file, so that nothing breaks when berth exits first.
      pb.environment().put("_OCI_SYNCPIPE", "3");
      // conmon writes files such as `oom` into its working directory: the session's, not the caller's
      pb.directory(s.dir().toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.redirectOutput(s.sync().toFile());
      pb.redirectError(s.dir().resolve("conmon.stderr").toFile());
      Process conmon = pb.start();
      Path exitFile = s.dir().resolve(id);
      if (req.detach()) {
        waitUntil(() -> Files.exists(s.pidFile()) || !conmon.isAlive());
        if (!Files.exists(s.pidFile())) {
          int rc = conmon.waitFor();
          keep = false;
          ContainerStartException f = failure(s);
          throw f != null ? f : new SystemException("exec: conmon exited with status " + rc);
        }
        started.accept(Long.parseLong(Files.readString(s.pidFile()).strip()));
        return 0;
      }
      Thread pid = Thread.ofVirtual().name("exec-pid").start(() -> reportPid(conmon, s.pidFile(), started));
      if (req.interactive() && in != null) {
        feedStdin(conmon, s, in);
      }
      new LogReader(s.log()).followRaw(0, out, () -> !conmon.isAlive() || Files.exists(exitFile));
      int rc = conmon.waitFor();
      pid.join();
      if (!Files.exists(exitFile)) {
        ContainerStartException f = failure(s);
        if (f != null) {
          throw f;
        }
        return rc;
      }
      return Integer.parseInt(Files.readString(exitFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted during exec", e);
    } finally {
      if (!keep) {
        dev.berth.store.BerthStore.deleteTree(s.dir());
      }
    }
  }

  /** runc's error for a process it could not start, as the daemon words it. */
  private static ContainerStartException failure(Session s) throws IOException {
    String msg = ContainerRuntime.runcError(s.runcLog());
    if (msg == null) {
      String conmon = Files.exists(s.dir().resolve("conmon.stderr"))
          ? Files.readString(s.dir().resolve("conmon.stderr")).strip() : "";
      return conmon.isEmpty() ? null : new ContainerStartException("OCI runtime exec failed: " + conmon + ": unknown",
          126);
    }
    return new ContainerStartException("OCI runtime exec failed: " + msg + ": unknown", 126);
  }

  private List<String> argv(String id, String name, Session s, boolean stdin) {
    List<String> a = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 3>&1", "sh"));
    a.addAll(List.of(config.conmon().toString(), "--api-version", "1", "--sync",
        "-c", id, "-u", s.id(), "-n", name, "-r", config.runc().toString(),
        "-b", s.dir().toString(), "-p", s.pidFile().toString(),
        "-l", "k8s-file:" + s.log(), "--exit-dir", s.dir().toString(),
        "--socket-dir-path", config.socketDir().toString(), "--full-attach",
        "--log-level", "warning",
        "--runtime-arg", "--root", "--runtime-arg", config.runcRoot().toString(),
        "--runtime-arg", "--log", "--runtime-arg", s.runcLog().toString(),
        "--runtime-arg", "--log-format", "--runtime-arg", "json",
        "--exec", "--exec-process-spec", s.spec().toString(), "-t"));
    if (stdin) {
      a.add("-i");
    }
    return a;
  }

  /** Copies {@code in} to the terminal through the session's attach socket, once conmon made it. */
  private void feedStdin(Process conmon, Session s, InputStream in) {
    Path socket = s.dir().resolve("attach");
    Thread.ofVirtual().name("exec-stdin-" + s.id()).start(() -> {
      try {
        waitUntil(() -> Files.exists(socket) || !conmon.isAlive());
        if (!conmon.isAlive()) {
          return;
        }
        ContainerRuntime.connectAttachSocket(config, s.dir()).feed(in, "exec-" + s.id());
      } catch (IOException | InterruptedException e) {
        // the process ended or no longer reads its terminal
      }
    });
  }

  private static void reportPid(Process conmon, Path pidFile, LongConsumer started) {
    try {
      waitUntil(() -> Files.exists(pidFile) || !conmon.isAlive());
      String text = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "";
      if (!text.isEmpty()) {
        started.accept(Long.parseLong(text));
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      // no pid to report
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
    while (!done.getAsBoolean()) {
      Thread.sleep(10);
    }
  }
}
