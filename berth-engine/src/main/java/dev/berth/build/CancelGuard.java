package dev.berth.build;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * dockerd kills and removes a RUN step's container when the build's client goes away. berth's
 * client is the build process itself: while a step runs, a small shell waits on a pipe from this
 * process; when the pipe closes without the all-clear (the process was killed), it runs
 * {@code command} (berth's {@code rm -f} of the step container). {@link #close} gives the all-clear.
 */
final class CancelGuard implements AutoCloseable {
  private static final String SCRIPT = "read _ || exec \"$@\"";

  private final Process process;

  private CancelGuard(Process process) {
    this.process = process;
  }

  /** Starts the guard; without a command (no launcher) or a shell there is none. */
  static CancelGuard start(List<String> command) {
    if (command.isEmpty()) {
      return new CancelGuard(null);
    }
    List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "sh"));
    argv.addAll(command);
    try {
      return new CancelGuard(new ProcessBuilder(argv)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start());
    } catch (IOException e) {
      return new CancelGuard(null);
    }
  }

  /** Closes the pipe without the all-clear, as the death of this process does; returns the guard's exit. */
  int abandon() throws IOException, InterruptedException {
    process.getOutputStream().close();
    return process.waitFor();
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    try (OutputStream all = process.getOutputStream()) {
      all.write('\n');
    } catch (IOException e) {
      // the guard is gone already
    }
  }
}
