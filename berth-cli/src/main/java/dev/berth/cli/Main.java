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
    }
    System.exit(code);
  }
}
