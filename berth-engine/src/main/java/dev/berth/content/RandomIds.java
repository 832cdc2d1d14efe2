package dev.berth.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random identifiers as Docker makes them (container, exec, network, volume and build IDs: 32
 * bytes from the kernel's random source, as Go's crypto/rand reads them, in hex). Read from
 * {@code /dev/urandom} directly: a SecureRandom's provider set-up costs a short command ~20 ms.
 */
public final class RandomIds {
  private static final Path URANDOM = Path.of("/dev/urandom");

  private RandomIds() {}

  private static final class Fallback {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  /** 64 random hex digits, like every ID Docker generates. */
  public static String id() {
    return hex(32);
  }

  /** {@code bytes} random bytes in lower-case hex. */
  public static String hex(int bytes) {
    byte[] b = new byte[bytes];
    try (InputStream in = Files.newInputStream(URANDOM)) {
      if (in.readNBytes(b, 0, bytes) != bytes) {
        throw new IOException("short read");
      }
    } catch (IOException e) {
      Fallback.RANDOM.nextBytes(b);
    }
    return HexFormat.of().formatHex(b);
  }
}
