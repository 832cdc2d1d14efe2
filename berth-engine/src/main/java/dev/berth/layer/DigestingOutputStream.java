package dev.berth.layer;

import dev.berth.content.Digest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hashes (sha256) and counts every byte written through it, buffering writes in large chunks.
 * Each full chunk is passed on to the underlying stream and then hashed on a companion thread
 * while the caller fills the next one: on a machine with a second core, hashing a layer costs
 * no extra wall time over copying it (save regenerates and verifies every layer it writes).
 *
 * <p>Not thread-safe; {@link #close()} (or {@link #digest()}) ends the companion thread, and
 * closing does not close the underlying stream.
 */
public final class DigestingOutputStream extends OutputStream {
  private static final int CHUNK = 1 << 20;
  private static final int CHUNKS = 3;
  private static final Chunk END = new Chunk(new byte[0]);

  private final OutputStream out;
  private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
  private final BlockingQueue<Chunk> toHash = new ArrayBlockingQueue<>(CHUNKS + 1);
  private final MessageDigest sha256 = Digest.newSha256();
  private final Thread hasher;
  private Chunk current;
  private long count;
  private Digest digest;
  private boolean finished;

  private static final class Chunk {
    final byte[] bytes;
    int length;

    Chunk(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  public DigestingOutputStream(OutputStream out) {
    this.out = out;
    for (int i = 0; i < CHUNKS; i++) {
      free.add(new Chunk(new byte[CHUNK]));
    }
    current = free.remove();
    hasher = Thread.ofPlatform().daemon().name("layer-digest").start(this::hashChunks);
  }

  private void hashChunks() {
    try {
      while (true) {
        Chunk c = toHash.take();
        if (c == END) {
          return;
        }
        sha256.update(c.bytes, 0, c.length);
        c.length = 0;
        free.put(c);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    while (len > 0) {
      int n = Math.min(len, CHUNK - current.length);
      System.arraycopy(b, off, current.bytes, current.length, n);
      current.length += n;
      off += n;
      len -= n;
      count += n;
      if (current.length == CHUNK) {
        handOver();
      }
    }
  }

  /** Writes the buffered bytes on and queues them for hashing. */
  private void handOver() throws IOException {
    if (current.length == 0) {
      return;
    }
    out.write(current.bytes, 0, current.length);
    try {
      toHash.put(current);
      current = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing");
    }
  }

  /** Writes the buffered bytes on (they are hashed too) and flushes the underlying stream. */
  @Override
  public void flush() throws IOException {
    ensureOpen();
    handOver();
    out.flush();
  }

  /** Bytes written so far. */
  public long count() {
    return count;
  }

  /** The digest of everything written; writes any buffered bytes on first. Ends the stream. */
  public Digest digest() throws IOException {
    if (digest == null) {
      handOver();
      finish();
      digest = Digest.fromRaw(sha256.digest());
    }
    return digest;
  }

  private void finish() throws IOException {
    finished = true;
    try {
      toHash.put(END);
      hasher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing");
    }
  }

  private void ensureOpen() throws IOException {
    if (finished) {
      throw new IOException("digesting stream already finished");
    }
  }

  /** Stops the companion thread; bytes still buffered are dropped. Idempotent. */
  @Override
  public void close() throws IOException {
    if (!finished) {
      finished = true;
      toHash.clear();
      hasher.interrupt();
      try {
        hasher.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
