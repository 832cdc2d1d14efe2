package dev.berth.cli.commands;

import java.io.File;
import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/** The process's terminal: whether a descriptor is one, and its size. */
final class Terminal {
  private Terminal() {}

  private static final MethodHandle ISATTY = Linker.nativeLinker().downcallHandle(
      Linker.nativeLinker().defaultLookup().find("isatty").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  /** isatty(3) of the descriptor {@code fd} (0 stdin, 1 stdout, 2 stderr). */
  static boolean isatty(int fd) {
    try {
      return (int) ISATTY.invokeExact(fd) == 1;
    } catch (Throwable t) {
      return false;
    }
  }

  /** {rows, columns} of the controlling terminal; {0, 0} when unknown. */
  static int[] size() {
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        return new int[] {0, 0};
      }
      return parseSize(out);
    } catch (IOException e) {
      return new int[] {0, 0};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new int[] {0, 0};
    }
  }

  /** stty's {@code ROWS COLUMNS}. */
  static int[] parseSize(String s) {
    String[] f = s.strip().split("\\s+");
    try {
      return new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])};
    } catch (RuntimeException e) {
      return new int[] {0, 0};
    }
  }
}
