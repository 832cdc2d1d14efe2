package dev.berth.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of conmon's attach socket ({@code <bundle>/attach}, AF_UNIX SOCK_SEQPACKET, which the
 * JDK's socket channels cannot open). Used to feed the container's stdin; output is read from the
 * log instead.
 *
 * <p>The end of stdin is a half-close ({@link #shutdownOutput()}), never a close: conmon 2.1
 * writes the container's output back to every attached client, and when such a write fails
 * (the client is gone) and it reads the client's end of input afterwards, it frees the client's
 * record before checking it and so never closes the container's stdin. A client therefore stays
 * connected, and keeps reading what conmon sends ({@link #drain()}), until conmon closes the
 * connection when the container exits.
 */
final class AttachSocket implements AutoCloseable {
  private static final int AF_UNIX = 1;
  private static final int SOCK_SEQPACKET = 5;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
  private static final long ERRNO_OFFSET =
      Linker.Option.captureStateLayout().byteOffset(MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle SOCKET = handle("socket",
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
          ValueLayout.JAVA_INT));
  private static final MethodHandle CONNECT = handle("connect",
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
          ValueLayout.JAVA_INT));
  private static final MethodHandle WRITE = handle("write",
      FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
          ValueLayout.JAVA_LONG));
  private static final MethodHandle READ = handle("read",
      FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
          ValueLayout.JAVA_LONG));
  private static final MethodHandle SHUTDOWN = handle("shutdown",
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final int SHUT_WR = 1;
  private static final int EINTR = 4;
  private static final MethodHandle CLOSE = handle("close",
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private final int fd;

  private AttachSocket(int fd) {
    this.fd = fd;
  }

  private static MethodHandle handle(String name, FunctionDescriptor d) {
    return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, ERRNO);
  }

  static AttachSocket connect(Path socket) throws IOException {
    byte[] path = socket.toString().getBytes(StandardCharsets.UTF_8);
    if (path.length >= 108) {
      throw new IOException("attach socket path too long: " + socket);
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      int fd = (int) SOCKET.invokeExact(state, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
      if (fd < 0) {
        throw new IOException("socket: errno " + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
      }
      MemorySegment addr = arena.allocate(110);
      addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
      MemorySegment.copy(path, 0, addr, ValueLayout.JAVA_BYTE, 2, path.length);
      int rc = (int) CONNECT.invokeExact(state, fd, addr, 2 + path.length + 1);
      if (rc != 0) {
        int errno = state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET);
        int ignored = (int) CLOSE.invokeExact(state, fd);
        throw new IOException("connect " + socket + ": errno " + errno);
      }
      return new AttachSocket(fd);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  /**
   * Copies {@code in} to the container's stdin on a virtual thread, then half-closes; meanwhile a
   * platform thread reads what conmon sends until it closes the connection. The descriptor is
   * closed by whichever of the two ends last (the other may still use it). Returns at once.
   */
  void feed(InputStream in, String name) {
    AtomicInteger users = new AtomicInteger(2);
    Runnable release = () -> {
      if (users.decrementAndGet() == 0) {
        try {
          close();
        } catch (IOException e) {
          // nothing left to release
        }
      }
    };
    Thread.ofPlatform().daemon().name("attach-" + name).start(() -> {
      try {
        drain();
      } catch (IOException e) {
        // conmon is gone: nothing more to read
      } finally {
        release.run();
      }
    });
    Thread.ofVirtual().name("stdin-" + name).start(() -> {
      try {
        pump(in);
      } catch (IOException e) {
        // the container exited or closed its stdin: nothing more to feed
      } finally {
        try {
          shutdownOutput();
        } catch (IOException e) {
          // the connection is gone already
        }
        release.run();
      }
    });
  }

  /** Copies {@code in} to the container's stdin until EOF. */
  private void pump(InputStream in) throws IOException {
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (n > 0) { // an empty packet would read as the end of input
        write(buf, n);
      }
    }
  }

  /** Ends the container's stdin; what conmon sends can still be read. */
  private void shutdownOutput() throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      int ignored = (int) SHUTDOWN.invokeExact(state, fd, SHUT_WR);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  /**
   * Reads and discards what conmon sends (the container's output, which berth takes from the
   * log) until conmon closes the connection, so that conmon's writes to it never fail.
   */
  private void drain() throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      MemorySegment buf = arena.allocate(65536);
      while (true) {
        long n = (long) READ.invokeExact(state, fd, buf, 65536L);
        if (n == 0) {
          return;
        }
        if (n < 0 && state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET) != EINTR) {
          return;
        }
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  private void write(byte[] data, int len) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      MemorySegment seg = arena.allocate(Math.max(1, len));
      MemorySegment.copy(data, 0, seg, ValueLayout.JAVA_BYTE, 0, len);
      long off = 0;
      while (off < len) {
        long w = (long) WRITE.invokeExact(state, fd, seg.asSlice(off), (long) len - off);
        if (w < 0) {
          throw new IOException("write to attach socket: errno "
              + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
        }
        off += w;
      }
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  @Override
  public void close() throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      int ignored = (int) CLOSE.invokeExact(state, fd);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }
}
