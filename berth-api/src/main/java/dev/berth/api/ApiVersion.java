package dev.berth.api;

import dev.berth.errors.InvalidArgumentException;

/**
 * The Docker Engine API versions berth speaks: it advertises 1.41 and accepts 1.12 and later, as
 * dockerd 20.10 on Linux does; the older versions change some answers (see {@link #jsonErrors}).
 */
public final class ApiVersion {
  public static final String CURRENT = "1.41";
  public static final String MINIMUM = dev.berth.engine.SystemInfo.MIN_API_VERSION;

  private ApiVersion() {}

  /** Docker's rule for a requested version that is too new; too old is {@link TooOld}. */
  static void check(String requested) {
    if (requested == null || requested.isEmpty()) {
      return;
    }
    if (compare(requested, CURRENT) > 0) {
      throw new InvalidArgumentException(
          "client version " + requested + " is too new. Maximum supported API version is " + CURRENT);
    }
    if (compare(requested, MINIMUM) < 0) {
      throw new TooOld(requested);
    }
  }

  /** The daemon answers a too-old client in plain text, not JSON. */
  static final class TooOld extends RuntimeException {
    TooOld(String requested) {
      super("client version " + requested + " is too old. Minimum supported API version is " + MINIMUM
          + ", please upgrade your client to a newer version", null, false, false);
    }
  }

  /**
   * Whether errors are answered as {@code {"message":...}}: for an unversioned path and for versions
   * after 1.23; 1.23 and older get the text and a newline ({@code http.Error}).
   */
  static boolean jsonErrors(String requested) {
    return requested == null || requested.isEmpty() || compare(requested, "1.23") > 0;
  }

  /** {@code requested} (the effective version) is {@code min} or later. */
  static boolean atLeast(String requested, String min) {
    return compare(requested, min) >= 0;
  }

  /** Go's {@code versions.compare}. */
  static int compare(String a, String b) {
    return dev.berth.units.Versions.compare(a, b);
  }
}
