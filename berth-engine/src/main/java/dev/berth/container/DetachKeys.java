package dev.berth.container;

import dev.berth.errors.InvalidArgumentException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The key sequence that detaches a client from a container's terminal ({@code --detach-keys},
 * default ctrl-p,ctrl-q): a comma-separated list of single characters and {@code ctrl-<x>} names
 * (x one of {@code @ a-z [ \ ] ^ _}, lower case only).
 */
public final class DetachKeys {
  /** ctrl-p, ctrl-q. */
  public static final byte[] DEFAULT = {16, 17};

  private static final String CONTROL = "@abcdefghijklmnopqrstuvwxyz[\\]^_";

  private DetachKeys() {}

  /** The bytes of {@code keys}; the default for null or empty. */
  public static byte[] parse(String keys) {
    if (keys == null || keys.isEmpty()) {
      return DEFAULT.clone();
    }
    String[] parts = keys.split(",", -1);
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String key = parts[i];
      if (key.length() == 1) {
        out[i] = (byte) key.charAt(0);
      } else if (key.length() == 6 && key.startsWith("ctrl-") && CONTROL.indexOf(key.charAt(5)) >= 0) {
        out[i] = (byte) CONTROL.indexOf(key.charAt(5));
      } else {
        throw new InvalidArgumentException("Invalid detach keys (" + keys + ") provided");
      }
    }
    return out;
  }

  /** Whether {@link #parse} accepts {@code keys}. */
  public static boolean valid(String keys) {
    try {
      parse(keys);
      return true;
    } catch (InvalidArgumentException e) {
      return false;
    }
  }

  /**
   * Input that ends (EOF) once the detach keys were typed, each key a read of its own (as a
   * terminal delivers keys); {@link #detached()} then tells. The keys of a sequence that turns
   * out not to be the detach keys are passed on with the key that broke it.
   */
  public static final class EscapeInput extends FilterInputStream {
    private final byte[] keys;
    private int matched;
    private byte[] pending = new byte[0];
    private int pendingPos;
    private volatile boolean detached;

    public EscapeInput(InputStream in, byte[] keys) {
      super(in);
      this.keys = keys.clone();
    }

    public boolean detached() {
      return detached;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pendingPos < pending.length) {
        return drain(buf, off, len);
      }
      if (detached) {
        return -1;
      }
      byte[] tmp = new byte[len];
      while (true) {
        int n = in.read(tmp, 0, len);
        if (keys.length > 0 && n == 1 && tmp[0] == keys[matched]) {
          if (matched == keys.length - 1) {
            detached = true;
            matched = 0;
            return -1;
          }
          matched++;
          continue;
        }
        if (matched == 0) {
          if (n > 0) {
            System.arraycopy(tmp, 0, buf, off, n);
          }
          return n;
        }
        // not the detach keys after all: the held keys go through first
        pending = new byte[matched + Math.max(0, n)];
        System.arraycopy(keys, 0, pending, 0, matched);
        if (n > 0) {
          System.arraycopy(tmp, 0, pending, matched, n);
        }
        pendingPos = 0;
        matched = 0;
        return drain(buf, off, len);
      }
    }

    private int drain(byte[] buf, int off, int len) {
      int n = Math.min(len, pending.length - pendingPos);
      System.arraycopy(pending, pendingPos, buf, off, n);
      pendingPos += n;
      return n;
    }
  }
}
