package dev.berth.cli.commands;

import dev.berth.cli.CliContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The prune commands' confirmation: only {@code y} or {@code Y} (trimmed) confirms. */
final class Prompt {
  private Prompt() {}

  static boolean confirm(CliContext ctx, String warning) {
    return confirmRaw(ctx, warning + "\nAre you sure you want to continue?");
  }

  /** Prints {@code question} then {@code " [y/N] "} and reads one line. */
  static boolean confirmRaw(CliContext ctx, String question) {
    ctx.out().print(question + " [y/N] ");
    ctx.out().flush();
    try {
      String line = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
      return line != null && line.trim().equalsIgnoreCase("y");
    } catch (IOException e) {
      return false;
    }
  }
}
