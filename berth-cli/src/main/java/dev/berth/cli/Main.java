package dev.berth.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the berth CLI. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // docker writes UTF-8 whatever the locale; Java would follow LC_ALL=C and print '?'.
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = BerthCli.run(args, System.in, out, err);
    } finally {
      out.flush();
      err.flush();
    }
    // Not System.exit: since JDK 17 it starts the platform logging backend to ask whether to log
    // the exit (~10 ms of a short command). Nothing in the CLI needs shutdown hooks once run() has
    // returned; the API server stops itself before serve returns. Profiling (JFR writes its
    // recording from a hook) asks for a normal exit with -Dberth.exitHooks=true.
    if (Boolean.getBoolean("berth.exitHooks")) {
      System.exit(code);
    }
    Runtime.getRuntime().halt(code);
  }
}
