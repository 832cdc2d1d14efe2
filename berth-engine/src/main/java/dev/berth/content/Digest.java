package dev.berth.content;

import dev.berth.errors.InvalidArgumentException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A content digest in its canonical {@code sha256:<64 lowercase hex>} form. Only sha256 is
 * accepted: it is the only algorithm Docker uses for image IDs, diff IDs and chain IDs.
 */
public record Digest(String hex) implements Comparable<Digest> {
  public static final String ALGORITHM = "sha256";
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public Digest {
    if (hex == null || !HEX64.matcher(hex).matches()) {
      throw new InvalidArgumentException("invalid checksum digest format");
    }
  }

  /** Parses {@code sha256:<hex>}; anything else is an {@link InvalidArgumentException}. */
  public static Digest parse(String text) {
    if (text == null) {
      throw new InvalidArgumentException("invalid checksum digest format");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new InvalidArgumentException("invalid checksum digest format");
    }
    String algorithm = text.substring(0, colon);
    if (!ALGORITHM.equals(algorithm)) {
      throw new InvalidArgumentException("unsupported digest algorithm");
    }
    String hex = text.substring(colon + 1);
    if (!HEX64.matcher(hex).matches()) {
      throw new InvalidArgumentException("invalid checksum digest length");
    }
    return new Digest(hex);
  }

  /** True if {@code text} is a valid {@code sha256:<64 hex>} digest. */
  public static boolean isValid(String text) {
    return text != null
        && text.startsWith(ALGORITHM + ":")
        && HEX64.matcher(text.substring(ALGORITHM.length() + 1)).matches();
  }

  /** A digest from 64 hex characters without algorithm prefix. */
  public static Digest ofHex(String hex) {
    return new Digest(hex);
  }

  /** The sha256 of {@code bytes}. */
  public static Digest of(byte[] bytes) {
    return fromRaw(newSha256().digest(bytes));
  }

  /** Wraps the 32 raw bytes of a finished sha256. */
  public static Digest fromRaw(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalArgumentException("a sha256 has 32 bytes, got " + raw.length);
    }
    return new Digest(HexFormat.of().formatHex(raw));
  }

  /** A fresh sha256 {@link MessageDigest}. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public String algorithm() {
    return ALGORITHM;
  }

  /** The 12 hex characters Docker shows as a short ID. */
  public String shortId() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return ALGORITHM + ":" + hex;
  }

  @Override
  public int compareTo(Digest other) {
    return hex.compareTo(other.hex);
  }
}
