package dev.berth.units;

/** Docker's {@code versions.Compare} (API and Docker versions): dot-separated numbers, a missing or non-numeric part is 0. */
public final class Versions {
  private Versions() {}

  /** Negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}. */
  public static int compare(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? number(x[i]) : 0;
      long q = i < y.length ? number(y[i]) : 0;
      if (p != q) {
        return p > q ? 1 : -1;
      }
    }
    return 0;
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
