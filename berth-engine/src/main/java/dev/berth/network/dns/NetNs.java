package dev.berth.network.dns;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Network namespaces through libc: {@code open} a namespace file and {@code setns(2)} the calling
 * thread into it. Only for platform threads (a virtual thread would move its carrier): a socket
 * made after the switch belongs to that namespace for good.
 */
final class NetNs {
  private static final int O_RDONLY_CLOEXEC = 0x80000;
  private static final int CLONE_NEWNET = 0x40000000;
  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
  private static final long ERRNO_OFFSET =
      Linker.Option.captureStateLayout().byteOffset(MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle OPEN = LINKER.downcallHandle(LINKER.defaultLookup().find("open").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), ERRNO);
  private static final MethodHandle SETNS = LINKER.downcallHandle(LINKER.defaultLookup().find("setns").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO);
  private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().find("close").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private NetNs() {}

  /** Opens a namespace file ({@code /proc/PID/ns/net}); returns its descriptor. */
  static int open(String path) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), O_RDONLY_CLOEXEC);
      if (fd < 0) {
        throw new IOException("open " + path + ": errno " + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
      }
      return fd;
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  /** Moves the calling thread into the network namespace of {@code fd}. */
  static void enter(int fd) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      int rc = (int) SETNS.invokeExact(state, fd, CLONE_NEWNET);
      if (rc != 0) {
        throw new IOException("setns: errno " + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
      }
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  static void close(int fd) {
    try {
      int ignored = (int) CLOSE.invokeExact(fd);
    } catch (Throwable ignored) {
      // nothing to do
    }
  }
}
