package dev.berth.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of a crash test, killed with SIGKILL, whose printed lines are facts the test relies
 * on. Its standard output goes to a file, never to a pipe: {@link Process#destroyForcibly()}
 * closes the parent's end of a stdout pipe right after the signal, and lines the child had
 * flushed but the parent had not yet read were lost with it (the parent then believed a tag the
 * child had already removed was still committed). Whatever the child flushed before the kill is
 * in the file.
 */
final class KillableChild {
  private final Process process;
  private final Path stdout;

  private KillableChild(Process process, Path stdout) {
    this.process = process;
    this.stdout = stdout;
  }

  /** Starts {@code mainClass} on this JVM's class path; its stdout goes to {@code stdout}. */
  static KillableChild start(List<String> jvmOptions, Class<?> mainClass, List<String> args, Path stdout, Path stderr)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    Files.deleteIfExists(stdout);
    Process p = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()))
        .start();
    return new KillableChild(p, stdout);
  }

  /**
   * Waits until the child printed {@code line} (true), died, or {@code seconds} passed (false);
   * polls the file, as nothing tells when the child writes.
   */
  boolean awaitLine(String line, int seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (lines().contains(line)) {
        return true;
      }
      if (!process.isAlive()) {
        return lines().contains(line);
      }
      Thread.sleep(20);
    }
    return false;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, then waits until the child is gone (its stdout file is then complete). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("child " + process.pid() + " still alive 30 s after SIGKILL");
    }
  }

  /** Every complete line the child printed so far; a line cut short by the kill is left out. */
  List<String> lines() throws IOException {
    String text = Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
  }
}
