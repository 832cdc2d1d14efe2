package dev.berth.store;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Queues the writers of one store before they ask SQLite for its write lock. SQLite's own busy
 * handler retries by sleeping, so under a steady stream of writers from other processes a waiter
 * can starve for seconds; a blocking file lock wakes the next waiter as soon as the holder lets
 * go. SQLite's lock stays the real guard: this one only orders the queue. One lock object per
 * file in a JVM (fcntl locks belong to the process, so threads queue on a {@link ReentrantLock}
 * first, and the channel is never closed: closing it would drop the process's lock).
 */
final class WriteLock {
  private static final Map<Path, WriteLock> LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock inProcess = new ReentrantLock(true);
  private final FileChannel channel;

  private WriteLock(FileChannel channel) {
    this.channel = channel;
  }

  static WriteLock forFile(Path file) {
    return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        return new WriteLock(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
      } catch (IOException e) {
        throw new SystemException("opening store lock " + f + ": " + e.getMessage(), e);
      }
    });
  }

  /** Held for one write transaction; closing releases it. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  Held acquire() {
    inProcess.lock();
    FileLock fileLock;
    try {
      fileLock = channel.lock();
    } catch (IOException | RuntimeException e) {
      inProcess.unlock();
      throw new SystemException("locking the store for writing: " + e.getMessage(), e);
    }
    return () -> {
      try {
        fileLock.release();
      } catch (IOException e) {
        throw new SystemException("unlocking the store: " + e.getMessage(), e);
      } finally {
        inProcess.unlock();
      }
    };
  }
}
