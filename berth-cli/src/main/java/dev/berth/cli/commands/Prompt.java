package dev.berth.cli.commands;

import dev.berth.cli.CliContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The prune commands' confirmation: only {@code y} or {@code Y} (trimmed) confirms. A SIGINT or
 * SIGTERM while it waits ends the question as the docker CLI does: a newline, and no (the command
 * then exits 0 without a word).
 */
final class Prompt {
  private static final List<String> TERMINATION = List.of("INT", "TERM");

  private Prompt() {}

  static boolean confirm(CliContext ctx, String warning) {
    return confirmRaw(ctx, warning + "\nAre you sure you want to continue?");
  }

  /** Prints {@code question} then {@code " [y/N] "} and reads one line. */
  static boolean confirmRaw(CliContext ctx, String question) {
    return ask(ctx.in(), ctx.out(), question);
  }

  @SuppressWarnings("restriction")
  static boolean ask(InputStream in, PrintStream out, String question) {
    // null: terminated by a signal (caught from before the question shows)
    CompletableFuture<Boolean> answer = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        answer.complete(line != null && line.trim().equalsIgnoreCase("y"));
      } catch (IOException e) {
        answer.complete(false);
      }
    }, "prompt");
    reader.setDaemon(true);
    List<sun.misc.Signal> signals = new ArrayList<>();
    List<sun.misc.SignalHandler> previous = new ArrayList<>();
    try {
      for (String name : TERMINATION) {
        sun.misc.Signal s = new sun.misc.Signal(name);
        previous.add(sun.misc.Signal.handle(s, sig -> answer.complete(null)));
        signals.add(s);
      }
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // a JVM that keeps the signal: it ends the process as before
    }
    out.print(question + " [y/N] ");
    out.flush();
    reader.start();
    try {
      Boolean r = answer.join();
      if (r == null) {
        out.print("\n");
        out.flush();
        return false;
      }
      return r;
    } finally {
      for (int i = 0; i < signals.size(); i++) {
        sun.misc.Signal.handle(signals.get(i), previous.get(i));
      }
    }
  }
}
