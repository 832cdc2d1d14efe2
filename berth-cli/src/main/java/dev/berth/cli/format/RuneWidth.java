package dev.berth.cli.format;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terminal display width as go-runewidth v0.0.16 computes it: per grapheme cluster, wide and
 * full-width characters count 2, zero-width marks 0, East-Asian ambiguous characters 2 only in a
 * CJK environment.
 */
public final class RuneWidth {
  private final boolean eastAsian;

  public RuneWidth(boolean eastAsian) {
    this.eastAsian = eastAsian;
  }

  /** The width rules the environment selects (RUNEWIDTH_EASTASIAN, LC_ALL, LC_CTYPE, LANG). */
  public static RuneWidth fromEnvironment(Map<String, String> env) {
    String forced = env.getOrDefault("RUNEWIDTH_EASTASIAN", "");
    if (!forced.isEmpty()) {
      return new RuneWidth(forced.equals("1"));
    }
    String locale = env.getOrDefault("LC_ALL", "");
    if (locale.isEmpty()) {
      locale = env.getOrDefault("LC_CTYPE", "");
    }
    if (locale.isEmpty()) {
      locale = env.getOrDefault("LANG", "");
    }
    return new RuneWidth(isEastAsianLocale(locale));
  }

  private static final Pattern LOCALE = Pattern.compile("^[a-z][a-z][a-z]?(?:_[A-Z][A-Z])?\\.(.+)");

  static boolean isEastAsianLocale(String locale) {
    if (locale.equals("POSIX") || locale.equals("C")) {
      return false;
    }
    if (locale.length() > 1 && locale.charAt(0) == 'C' && (locale.charAt(1) == '.' || locale.charAt(1) == '-')) {
      return false;
    }
    String charset = locale.toLowerCase(Locale.ROOT);
    Matcher m = LOCALE.matcher(locale);
    if (m.find()) {
      charset = m.group(1).toLowerCase(Locale.ROOT);
    }
    if (charset.endsWith("@cjk_narrow")) {
      return false;
    }
    int at = charset.indexOf('@');
    if (at >= 0) {
      charset = charset.substring(0, at);
    }
    int max =
        switch (charset) {
          case "utf-8", "utf8" -> 6;
          case "jis", "eucjp" -> 3;
          case "euckr", "euc-kr", "eucgb", "gbk", "gb2312", "big5" -> 2;
          default -> 1;
        };
    return max > 1
        && (charset.charAt(0) != 'u'
            || locale.startsWith("ja")
            || locale.startsWith("ko")
            || locale.startsWith("zh"));
  }

  /** StringWidth: sum over grapheme clusters of the width of the cluster's first non-zero rune. */
  public int stringWidth(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.length();
    }
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    int width = 0;
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int w = 0;
      for (int i = start; i < end; ) {
        int r = s.codePointAt(i);
        w = runeWidth(r);
        if (w > 0) {
          break;
        }
        i += Character.charCount(r);
      }
      width += w;
    }
    return width;
  }

  /** RuneWidth of one code point. */
  public int runeWidth(int r) {
    if (r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xad) {
      return 0;
    }
    if (r < 0x300) {
      return eastAsian && isAmbiguous(r) ? 2 : 1;
    }
    int type = Character.getType(r);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (r >= 0x1160 && r <= 0x11ff)) {
      return 0;
    }
    if (isEastAsianWide(r)) {
      return 2;
    }
    return eastAsian && isAmbiguous(r) ? 2 : 1;
  }

  /** East-Asian Wide or Fullwidth (golang.org/x/text/width kinds W and F). */
  public static boolean isEastAsianWide(int r) {
    return (r >= 0x1100 && r <= 0x115f)
        || (r >= 0x231a && r <= 0x231b)
        || (r >= 0x2329 && r <= 0x232a)
        || (r >= 0x23e9 && r <= 0x23ec)
        || r == 0x23f0
        || r == 0x23f3
        || (r >= 0x25fd && r <= 0x25fe)
        || (r >= 0x2614 && r <= 0x2615)
        || (r >= 0x2648 && r <= 0x2653)
        || r == 0x267f
        || r == 0x2693
        || r == 0x26a1
        || (r >= 0x26aa && r <= 0x26ab)
        || (r >= 0x26bd && r <= 0x26be)
        || (r >= 0x26c4 && r <= 0x26c5)
        || r == 0x26ce
        || r == 0x26d4
        || r == 0x26ea
        || (r >= 0x26f2 && r <= 0x26f3)
        || r == 0x26f5
        || r == 0x26fa
        || r == 0x26fd
        || r == 0x2705
        || (r >= 0x270a && r <= 0x270b)
        || r == 0x2728
        || r == 0x274c
        || r == 0x274e
        || (r >= 0x2753 && r <= 0x2755)
        || r == 0x2757
        || (r >= 0x2795 && r <= 0x2797)
        || r == 0x27b0
        || r == 0x27bf
        || (r >= 0x2b1b && r <= 0x2b1c)
        || r == 0x2b50
        || r == 0x2b55
        || (r >= 0x2e80 && r <= 0x303e)
        || (r >= 0x3041 && r <= 0x33ff)
        || (r >= 0x3400 && r <= 0x4dbf)
        || (r >= 0x4e00 && r <= 0x9fff)
        || (r >= 0xa000 && r <= 0xa4cf)
        || (r >= 0xa960 && r <= 0xa97f)
        || (r >= 0xac00 && r <= 0xd7a3)
        || (r >= 0xf900 && r <= 0xfaff)
        || (r >= 0xfe10 && r <= 0xfe19)
        || (r >= 0xfe30 && r <= 0xfe6f)
        || (r >= 0xff00 && r <= 0xff60)
        || (r >= 0xffe0 && r <= 0xffe6)
        || (r >= 0x16fe0 && r <= 0x18cff)
        || (r >= 0x1b000 && r <= 0x1b2ff)
        || r == 0x1f004
        || r == 0x1f0cf
        || r == 0x1f18e
        || (r >= 0x1f191 && r <= 0x1f19a)
        || (r >= 0x1f200 && r <= 0x1f251)
        || (r >= 0x1f300 && r <= 0x1f320)
        || (r >= 0x1f32d && r <= 0x1f335)
        || (r >= 0x1f337 && r <= 0x1f37c)
        || (r >= 0x1f37e && r <= 0x1f393)
        || (r >= 0x1f3a0 && r <= 0x1f3ca)
        || (r >= 0x1f3cf && r <= 0x1f3d3)
        || (r >= 0x1f3e0 && r <= 0x1f3f0)
        || r == 0x1f3f4
        || (r >= 0x1f3f8 && r <= 0x1f43e)
        || r == 0x1f440
        || (r >= 0x1f442 && r <= 0x1f4fc)
        || (r >= 0x1f4ff && r <= 0x1f53d)
        || (r >= 0x1f54b && r <= 0x1f54e)
        || (r >= 0x1f550 && r <= 0x1f567)
        || r == 0x1f57a
        || (r >= 0x1f595 && r <= 0x1f596)
        || r == 0x1f5a4
        || (r >= 0x1f5fb && r <= 0x1f64f)
        || (r >= 0x1f680 && r <= 0x1f6c5)
        || r == 0x1f6cc
        || (r >= 0x1f6d0 && r <= 0x1f6d2)
        || (r >= 0x1f6d5 && r <= 0x1f6d7)
        || (r >= 0x1f6eb && r <= 0x1f6ec)
        || (r >= 0x1f6f4 && r <= 0x1f6fc)
        || (r >= 0x1f7e0 && r <= 0x1f7eb)
        || (r >= 0x1f90c && r <= 0x1f93a)
        || (r >= 0x1f93c && r <= 0x1f945)
        || (r >= 0x1f947 && r <= 0x1f9ff)
        || (r >= 0x1fa70 && r <= 0x1faff)
        || (r >= 0x20000 && r <= 0x2fffd)
        || (r >= 0x30000 && r <= 0x3fffd);
  }


  /** A common subset of the East-Asian Ambiguous characters. */
  static boolean isAmbiguous(int r) {
    return r == 0xa1
        || r == 0xa4
        || (r >= 0xa7 && r <= 0xa8)
        || r == 0xaa
        || r == 0xae
        || (r >= 0xb0 && r <= 0xb4)
        || (r >= 0xb6 && r <= 0xba)
        || (r >= 0xbc && r <= 0xbf)
        || r == 0xc6
        || r == 0xd0
        || (r >= 0xd7 && r <= 0xd8)
        || (r >= 0xde && r <= 0xe1)
        || r == 0xe6
        || (r >= 0xe8 && r <= 0xea)
        || (r >= 0xec && r <= 0xed)
        || r == 0xf0
        || (r >= 0xf2 && r <= 0xf3)
        || (r >= 0xf7 && r <= 0xfa)
        || r == 0xfc
        || r == 0xfe
        || (r >= 0x391 && r <= 0x3a9)
        || (r >= 0x3b1 && r <= 0x3c9)
        || r == 0x401
        || (r >= 0x410 && r <= 0x44f)
        || r == 0x451
        || r == 0x2010
        || (r >= 0x2013 && r <= 0x2016)
        || (r >= 0x2018 && r <= 0x2019)
        || (r >= 0x201c && r <= 0x201d)
        || (r >= 0x2020 && r <= 0x2022)
        || (r >= 0x2024 && r <= 0x2027)
        || r == 0x2030
        || (r >= 0x2032 && r <= 0x2033)
        || r == 0x2035
        || r == 0x203b
        || r == 0x203e
        || r == 0x20ac
        || r == 0x2103
        || r == 0x2116
        || (r >= 0x2160 && r <= 0x216b)
        || (r >= 0x2190 && r <= 0x2199)
        || (r >= 0x2460 && r <= 0x24e9)
        || (r >= 0x24eb && r <= 0x254b)
        || (r >= 0x2550 && r <= 0x2573)
        || (r >= 0x2580 && r <= 0x258f)
        || (r >= 0x25a0 && r <= 0x25a1)
        || (r >= 0x25b2 && r <= 0x25b3)
        || (r >= 0x25c6 && r <= 0x25c8)
        || r == 0x25cb
        || (r >= 0x25ce && r <= 0x25d1)
        || (r >= 0x2605 && r <= 0x2606)
        || r == 0x2609
        || (r >= 0x260e && r <= 0x260f)
        || r == 0x2640
        || r == 0x2642
        || (r >= 0x2660 && r <= 0x2661)
        || (r >= 0x2663 && r <= 0x2665)
        || (r >= 0x2667 && r <= 0x266a)
        || (r >= 0x266c && r <= 0x266d)
        || r == 0x266f
        || r == 0xfffd;
  }
}
