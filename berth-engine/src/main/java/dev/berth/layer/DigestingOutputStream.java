package dev.berth.layer;

import dev.berth.content.Digest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/** Hashes (sha256) and counts every byte written through it. */
public final class DigestingOutputStream extends FilterOutputStream {
  private final MessageDigest sha256 = Digest.newSha256();
  private long count;

  public DigestingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha256.update((byte) b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha256.update(b, off, len);
    count += len;
  }

  /** Bytes written so far. */
  public long count() {
    return count;
  }

  /** The digest of everything written so far; call once, at the end. */
  public Digest digest() {
    return Digest.fromRaw(sha256.digest());
  }
}
