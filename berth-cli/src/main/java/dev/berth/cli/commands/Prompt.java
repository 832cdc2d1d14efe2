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
    ctx.out().print(warning + "\nAre you sure you want to continue? [y/N] ");
    ctx.out().flush();
    try {
      String line = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
      return line != null && line.trim().equalsIgnoreCase("y");
    } catch (IOException e) {
      return false;
    }
  }
}
