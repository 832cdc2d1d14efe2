package dev.berth.runtime;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes extended attributes of any namespace (including {@code trusted.*}, which the
 * JDK's UserDefinedFileAttributeView cannot reach) through libc, without following symlinks.
 */
public final class Xattrs {
  private static final int ENODATA = 61;
  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
  private static final long ERRNO_OFFSET =
      Linker.Option.captureStateLayout()
          .byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle LGETXATTR =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("lgetxattr").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
              ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
          ERRNO);
  private static final MethodHandle LSETXATTR =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("lsetxattr").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
              ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT),
          ERRNO);

  private Xattrs() {}

  /** The attribute's value, or empty when the file does not have it. */
  public static Optional<byte[]> get(Path file, String name) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      MemorySegment buf = arena.allocate(65536);
      long n = (long) LGETXATTR.invokeExact(state, arena.allocateFrom(file.toString()),
          arena.allocateFrom(name), buf, 65536L);
      if (n < 0) {
        int errno = state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET);
        if (errno == ENODATA) {
          return Optional.empty();
        }
        throw new IOException("lgetxattr " + name + " " + file + ": errno " + errno);
      }
      return Optional.of(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }

  /** Sets the attribute (creating or replacing it). */
  public static void set(Path file, String name, String value) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      MemorySegment v = arena.allocate(Math.max(1, bytes.length));
      v.copyFrom(MemorySegment.ofArray(bytes));
      int rc = (int) LSETXATTR.invokeExact(state, arena.allocateFrom(file.toString()),
          arena.allocateFrom(name), v, (long) bytes.length, 0);
      if (rc != 0) {
        throw new IOException("lsetxattr " + name + " " + file + ": errno "
            + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
      }
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException(t);
    }
  }
}
