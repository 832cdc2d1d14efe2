package dev.berth.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * conmon's control pipe ({@code <bundle>/ctl}): lines {@code TYPE HEIGHT WIDTH}, type 1 resizing
 * the container's terminal. The pipe is opened without blocking, so a gone conmon (no reader) is
 * an error, not a hang.
 */
public final class ConmonControl {
  private static final int O_WRONLY = 1;
  private static final int O_NONBLOCK = 0x800;
  private static final int O_CLOEXEC = 0x80000;
  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle OPEN = LINKER.downcallHandle(LINKER.defaultLookup().find("open").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
  private static final MethodHandle WRITE = LINKER.downcallHandle(LINKER.defaultLookup().find("write").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
  private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().find("close").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private ConmonControl() {}

  /** The control line that resizes the terminal to {@code height} rows and {@code width} columns. */
  static String resizeLine(int height, int width) {
    return "1 " + height + " " + width + "\n";
  }

  /** Resizes the terminal of the container whose bundle is {@code bundle}; false when conmon is gone. */
  public static boolean resize(Path bundle, int height, int width) {
    byte[] line = resizeLine(height, width).getBytes(StandardCharsets.US_ASCII);
    try (Arena arena = Arena.ofConfined()) {
      int fd = (int) OPEN.invokeExact(arena.allocateFrom(bundle.resolve("ctl").toString()),
          O_WRONLY | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0) {
        return false;
      }
      MemorySegment buf = arena.allocate(line.length);
      MemorySegment.copy(line, 0, buf, ValueLayout.JAVA_BYTE, 0, line.length);
      long n = (long) WRITE.invokeExact(fd, buf, (long) line.length);
      int ignored = (int) CLOSE.invokeExact(fd);
      return n == line.length;
    } catch (Throwable t) {
      return false;
    }
  }
}
