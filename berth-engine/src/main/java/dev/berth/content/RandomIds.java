package dev.berth.content;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random identifiers as Docker makes them (container, exec, network, volume and build IDs: 32
 * bytes from a cryptographic source, in hex). The source is created on first use: its set-up
 * costs ~20 ms, which a command that makes no ID should not pay.
 */
public final class RandomIds {
  private RandomIds() {}

  private static final class Source {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  /** 64 random hex digits, like every ID Docker generates. */
  public static String id() {
    return hex(32);
  }

  /** {@code bytes} random bytes in lower-case hex. */
  public static String hex(int bytes) {
    byte[] b = new byte[bytes];
    Source.RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
