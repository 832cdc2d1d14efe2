package dev.berth.cli.commands;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The local terminal in raw mode while {@code -it} streams to a container's terminal, as the
 * docker CLI does: keys go through unprocessed and unechoed (the container's terminal echoes), and
 * its output is not translated again. Restored on close. Does nothing without a terminal.
 */
final class RawTerminal implements AutoCloseable {
  private static final File TTY = new File("/dev/tty");

  private final String saved;

  private RawTerminal(String saved) {
    this.saved = saved;
  }

  /** Raw mode when {@code wanted} and berth runs on a terminal; else a no-op. */
  static RawTerminal enter(boolean wanted) {
    if (!wanted || System.console() == null || !TTY.canRead()) {
      return new RawTerminal(null);
    }
    String state = stty("-g");
    if (state == null || stty("raw", "-echo") == null) {
      return new RawTerminal(null);
    }
    return new RawTerminal(state.strip());
  }

  @Override
  public void close() {
    if (saved != null) {
      stty(saved);
    }
  }

  /** Runs stty on the controlling terminal; its output, or null when it failed. */
  private static String stty(String... args) {
    String[] argv = new String[args.length + 1];
    argv[0] = "stty";
    System.arraycopy(args, 0, argv, 1, args.length);
    try {
      Process p = new ProcessBuilder(argv).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
