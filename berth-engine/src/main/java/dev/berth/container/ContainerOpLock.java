package dev.berth.container;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the operations on one container that must not interleave across processes: a
 * {@code restart} (stop, then start) and the exit hook of the run it stopped, which decides
 * whether a {@code --rm} container goes. Without it, a hook that read "exited" just before the
 * restart's start could remove the restarted container. The daemon serialises these in its own
 * memory; berth has no daemon, so a file lock in the container's directory does it, with a
 * lock per directory for the threads of one process (fcntl locks belong to the process).
 */
final class ContainerOpLock {
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private ContainerOpLock() {}

  /**
   * Runs {@code work} holding the container's lock; returns {@code gone} at once when the
   * container's directory no longer exists (it was removed).
   */
  static <T> T holding(Path containerDir, T gone, Supplier<T> work) {
    Path file = containerDir.resolve("op.lock").toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      return work.get();
    } catch (NoSuchFileException e) {
      return gone;
    } catch (IOException e) {
      throw new SystemException("locking container " + containerDir.getFileName() + ": " + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }
}
