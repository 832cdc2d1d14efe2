package dev.berth.cli.commands;

import java.util.Comparator;

/**
 * The docker CLI's natural string order (volume names): runs of digits compare by value (fewer
 * leading zeros first on a tie), digits sort before other bytes, everything else bytewise.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return less(a, b) ? -1 : less(b, a) ? 1 : 0;
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  static boolean less(String s1, String s2) {
    byte[] a = s1.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = s2.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      boolean da = digit(a[i]);
      boolean db = digit(b[j]);
      if (da != db) {
        return da;
      }
      if (!da) {
        if (a[i] != b[j]) {
          return (a[i] & 0xff) < (b[j] & 0xff);
        }
        i++;
        j++;
        continue;
      }
      while (i < a.length && a[i] == '0') {
        i++;
      }
      while (j < b.length && b[j] == '0') {
        j++;
      }
      int nz1 = i;
      int nz2 = j;
      while (i < a.length && digit(a[i])) {
        i++;
      }
      while (j < b.length && digit(b[j])) {
        j++;
      }
      int len1 = i - nz1;
      int len2 = j - nz2;
      if (len1 != len2) {
        return len1 < len2;
      }
      int cmp = java.util.Arrays.compare(a, nz1, i, b, nz2, j);
      if (cmp != 0) {
        return cmp < 0;
      }
      if (nz1 != nz2) {
        return nz1 < nz2;
      }
    }
    return a.length < b.length;
  }
}
