package dev.berth.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Parses the global options and dispatches to one command. */
public final class BerthCli {
  private BerthCli() {}

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 1 && args[0].equals("--version")) {
      out.println("berth version 0.1.0");
      return 0;
    }
    err.println("berth: no commands yet");
    return 1;
  }
}
