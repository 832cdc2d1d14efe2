package dev.berth.layer;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The few libc calls Java lacks (FFM): mknod (overlay whiteouts and FIFOs), {@code trusted.*} xattrs
 * (which {@code UserDefinedFileAttributeView} cannot write), symlink with a target a Path cannot
 * hold, and utimensat where the JDK's setTimes cannot go; plus chmod with all 12 bits through the
 * JDK. Paths are passed as given; callers only pass paths they created themselves, never through a
 * symlink.
 */
public final class NativeFs {
  public static final int S_IFIFO = 0010000;
  public static final int S_IFCHR = 0020000;

  // Each downcall handle costs ~15 ms to link on a cold JVM, so each is made on first use (one
  // holder class per function): most commands need one or two of them, many none.
  private static final class Libc {
    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    static final VarHandle ERRNO =
        CAPTURE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    static MethodHandle handle(String name, MemoryLayout result, MemoryLayout... args) {
      return LINKER.downcallHandle(
          LOOKUP.find(name).orElseThrow(),
          FunctionDescriptor.of(result, args),
          Linker.Option.captureCallState("errno"));
    }
  }

  private static final class Mknod {
    static final MethodHandle HANDLE =
        Libc.handle(
            "mknod", ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG);
  }

  private static final class Lsetxattr {
    static final MethodHandle HANDLE =
        Libc.handle(
            "lsetxattr",
            ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT);
  }

  private static final class Lgetxattr {
    static final MethodHandle HANDLE =
        Libc.handle(
            "lgetxattr",
            ValueLayout.JAVA_LONG,
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG);
  }

  private static final class Utimensat {
    static final MethodHandle HANDLE =
        Libc.handle(
            "utimensat",
            ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.JAVA_INT);
  }

  private static final class Symlink {
    static final MethodHandle HANDLE =
        Libc.handle("symlink", ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
  }

  private NativeFs() {}

  /**
   * Creates the symlink {@code link} with exactly {@code target} as its content. The JDK's
   * createSymbolicLink takes a Path, which drops a trailing slash and doubled slashes
   * ({@code /tmp/} becomes {@code /tmp}); only such targets go through symlink(2).
   */
  public static void symlink(String target, Path link) throws IOException {
    if (Path.of(target).toString().equals(target)) {
      Files.createSymbolicLink(link, Path.of(target));
      return;
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CAPTURE);
      int rc = (int) Symlink.HANDLE.invokeExact(state, arena.allocateFrom(target), arena.allocateFrom(link.toString()));
      if (rc != 0) {
        int errno = (int) Libc.ERRNO.get(state, 0L);
        if (errno == 17 /* EEXIST */) {
          throw new java.nio.file.FileAlreadyExistsException(link.toString());
        }
        throw new IOException("symlink " + link + ": errno " + errno);
      }
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("symlink " + link + " failed", t);
    }
  }

  /**
   * The effective user ID of this process: the owner of its /proc directory, which the kernel sets
   * to the effective UID (cheaper than linking geteuid(2) on a cold JVM).
   */
  public static int geteuid() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the owner of /proc/self", e);
    }
  }

  /**
   * chmod(2) with all 12 permission bits (setuid, setgid, sticky included): the JDK's {@code unix:mode}
   * attribute passes them through, and costs no downcall linking (~15 ms and C1 work on a cold JVM).
   */
  public static void chmod(Path path, int mode) throws IOException {
    Files.setAttribute(path, "unix:mode", mode & 07777);
  }

  /** mknod(2): {@code type} is {@link #S_IFCHR} or {@link #S_IFIFO}. */
  public static void mknod(Path path, int type, int perm, int major, int minor) throws IOException {
    long dev = ((long) (major & 0xfff) << 8) | (minor & 0xff) | ((long) (minor & ~0xff) << 12);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CAPTURE);
      int rc =
          (int) Mknod.HANDLE.invokeExact(state, arena.allocateFrom(path.toString()), type | (perm & 07777), dev);
      check(rc, state, "mknod", path);
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("mknod " + path + " failed", t);
    }
  }

  /**
   * Sets atime and mtime without following a symlink. The JDK's setTimes does that (it opens the file,
   * or for a link or device uses the path), without downcall linking; but its open blocks on a FIFO
   * and fails on a file its owner cannot read, so those go through utimensat(2) here.
   */
  public static void lutimes(Path path, long seconds, int nanos) throws IOException {
    BasicFileAttributeView view = Files.getFileAttributeView(path, BasicFileAttributeView.class, NOFOLLOW_LINKS);
    if (!view.readAttributes().isOther()) {
      FileTime time = FileTime.from(Instant.ofEpochSecond(seconds, nanos));
      try {
        view.setTimes(time, time, null);
        return;
      } catch (AccessDeniedException e) {
        // unreadable for this (non-root) user: utimensat needs no read access
      }
    }
    utimensat(path, seconds, nanos);
  }

  private static void utimensat(Path path, long seconds, int nanos) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CAPTURE);
      MemorySegment times = arena.allocate(ValueLayout.JAVA_LONG, 4);
      times.setAtIndex(ValueLayout.JAVA_LONG, 0, seconds);
      times.setAtIndex(ValueLayout.JAVA_LONG, 1, nanos);
      times.setAtIndex(ValueLayout.JAVA_LONG, 2, seconds);
      times.setAtIndex(ValueLayout.JAVA_LONG, 3, nanos);
      int rc =
          (int) Utimensat.HANDLE.invokeExact(state, -100 /* AT_FDCWD */, arena.allocateFrom(path.toString()), times,
              0x100 /* AT_SYMLINK_NOFOLLOW */);
      check(rc, state, "utimensat", path);
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("utimensat " + path + " failed", t);
    }
  }

  /** lsetxattr(2): sets {@code name} (e.g. {@code trusted.overlay.opaque}) without following links. */
  public static void lsetxattr(Path path, String name, byte[] value) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CAPTURE);
      MemorySegment data = arena.allocate(Math.max(1, value.length));
      MemorySegment.copy(value, 0, data, ValueLayout.JAVA_BYTE, 0, value.length);
      int rc =
          (int)
              Lsetxattr.HANDLE.invokeExact(
                  state,
                  arena.allocateFrom(path.toString()),
                  arena.allocateFrom(name),
                  data,
                  (long) value.length,
                  0);
      check(rc, state, "lsetxattr " + name, path);
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("lsetxattr " + path + " failed", t);
    }
  }

  /** lgetxattr(2): the value of {@code name}, or null if the file has no such attribute. */
  public static byte[] lgetxattr(Path path, String name) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CAPTURE);
      MemorySegment buf = arena.allocate(65536);
      long n =
          (long)
              Lgetxattr.HANDLE.invokeExact(
                  state, arena.allocateFrom(path.toString()), arena.allocateFrom(name), buf, 65536L);
      if (n < 0) {
        int errno = (int) Libc.ERRNO.get(state, 0L);
        if (errno == 61 /* ENODATA */ || errno == 95 /* ENOTSUP */) {
          return null;
        }
        throw new IOException("lgetxattr " + name + " " + path + ": errno " + errno);
      }
      return buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("lgetxattr " + path + " failed", t);
    }
  }

  private static void check(int rc, MemorySegment state, String what, Path path) throws IOException {
    if (rc != 0) {
      int errno = (int) Libc.ERRNO.get(state, 0L);
      throw new IOException(what + " " + path + ": errno " + errno);
    }
  }
}
