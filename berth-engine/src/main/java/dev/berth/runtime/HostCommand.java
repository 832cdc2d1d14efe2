package dev.berth.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a short host command to completion and captures its output. */
final class HostCommand {
  /**
   * Runs blocking reads of child processes on virtual threads: on the common pool (one worker on
   * a two-core machine) a long-running reader would starve every other command's reader.
   */
  static final java.util.concurrent.Executor BLOCKING_IO = r -> Thread.ofVirtual().start(r);

  private HostCommand() {}

  record Result(int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }

    /** stderr, else stdout, without the trailing newline: the text to put into an error. */
    String message() {
      String s = stderr.isBlank() ? stdout : stderr;
      return s.strip();
    }
  }

  static Result run(List<String> argv) {
    return run(argv, null);
  }

  static Result run(List<String> argv, Path workDir) {
    ProcessBuilder pb = new ProcessBuilder(argv);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Process p = pb.start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()), BLOCKING_IO);
      String out = drain(p.getInputStream());
      int rc = p.waitFor();
      return new Result(rc, out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + argv.getFirst(), e);
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
