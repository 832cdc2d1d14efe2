package dev.berth.layer;

import dev.berth.content.Digest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes (sha256) and counts every byte read through it. mark/reset are not supported. Hashing can be
 * switched off (counting goes on) when another stream hashes the same bytes.
 */
public final class DigestingInputStream extends FilterInputStream {
  private final MessageDigest sha256 = Digest.newSha256();
  private long count;
  private boolean hashing = true;

  public DigestingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      if (hashing) {
        sha256.update((byte) b);
      }
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      if (hashing) {
        sha256.update(b, off, n);
      }
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  /** From now on bytes are only counted; {@link #digest()} is no longer available. */
  public void stopHashing() {
    hashing = false;
  }

  /** The digest of everything read so far; call once, at the end. */
  public Digest digest() {
    if (!hashing) {
      throw new IllegalStateException("hashing was stopped");
    }
    return Digest.fromRaw(sha256.digest());
  }
}
