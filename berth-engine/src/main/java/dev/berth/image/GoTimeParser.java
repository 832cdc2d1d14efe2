package dev.berth.image;

import dev.berth.errors.SystemException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Go's {@code time.ParseInLocation} for the few layouts Docker's timestamp filters use, with Go's
 * error texts ({@code parsing time "2020-13-01": month out of range}).
 */
final class GoTimeParser {
  private GoTimeParser() {}

  /** Parses {@code value} with a Go layout built from 2006 01 02 T 15 04 05 .999999999 Z07:00. */
  static long parse(String layout, String value, ZoneId local) {
    int[] f = {0, 1, 1, 0, 0, 0, 0};
    ZoneOffset offset = null;
    int li = 0;
    int vi = 0;
    while (li < layout.length()) {
      String rest = value.substring(vi);
      if (layout.startsWith("2006", li)) {
        vi = number(layout, value, vi, 4, "2006", f, 0);
        li += 4;
      } else if (layout.startsWith("01", li) || layout.startsWith("02", li) || layout.startsWith("15", li)
          || layout.startsWith("04", li) || layout.startsWith("05", li)) {
        String elem = layout.substring(li, li + 2);
        int slot = switch (elem) {
          case "01" -> 1;
          case "02" -> 2;
          case "15" -> 3;
          case "04" -> 4;
          default -> 5;
        };
        vi = number(layout, value, vi, 2, elem, f, slot);
        li += 2;
      } else if (layout.startsWith(".999999999", li)) {
        li += 10;
        if (vi < value.length() && value.charAt(vi) == '.') {
          int start = ++vi;
          while (vi < value.length() && Character.isDigit(value.charAt(vi))) {
            vi++;
          }
          String digits = (value.substring(start, vi) + "000000000").substring(0, 9);
          f[6] = Integer.parseInt(digits);
        }
      } else if (layout.startsWith("Z07:00", li)) {
        li += 6;
        if (rest.startsWith("Z") || rest.startsWith("z")) {
          offset = ZoneOffset.UTC;
          vi++;
        } else if (rest.length() >= 6 && (rest.charAt(0) == '+' || rest.charAt(0) == '-') && rest.charAt(3) == ':') {
          try {
            offset = ZoneOffset.of(rest.substring(0, 6));
          } catch (RuntimeException e) {
            throw cannotParse(value, layout, rest, "Z07:00");
          }
          vi += 6;
        } else {
          throw cannotParse(value, layout, rest, "Z07:00");
        }
      } else {
        char c = layout.charAt(li);
        if (vi >= value.length() || value.charAt(vi) != c) {
          throw cannotParse(value, layout, rest, layout.substring(li, nextElement(layout, li + 1)));
        }
        li++;
        vi++;
      }
    }
    if (vi < value.length()) {
      throw new SystemException("parsing time \"" + value + "\": extra text: \"" + value.substring(vi) + "\"");
    }
    check(value, f[1] >= 1 && f[1] <= 12, "month");
    check(value, f[3] <= 23, "hour");
    check(value, f[4] <= 59, "minute");
    check(value, f[5] <= 59, "second");
    check(value, f[2] >= 1 && f[2] <= java.time.YearMonth.of(f[0], f[1]).lengthOfMonth(), "day");
    LocalDateTime t = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    ZonedDateTime z = offset != null ? t.atOffset(offset).toZonedDateTime() : t.atZone(local);
    // past year 2262 in nanoseconds: later than anything stored (Go's time has no such limit)
    long sec = z.toEpochSecond();
    return sec >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : sec * 1_000_000_000L + z.getNano();
  }

  private static int nextElement(String layout, int from) {
    for (int i = from; i < layout.length(); i++) {
      char c = layout.charAt(i);
      if (Character.isDigit(c) || c == 'Z' || c == '.') {
        return i;
      }
    }
    return layout.length();
  }

  private static int number(String layout, String value, int vi, int width, String elem, int[] f, int slot) {
    String rest = value.substring(vi);
    if (rest.length() < width) {
      throw cannotParse(value, layout, rest, elem);
    }
    String digits = rest.substring(0, width);
    if (!digits.chars().allMatch(Character::isDigit)) {
      throw cannotParse(value, layout, rest, elem);
    }
    f[slot] = Integer.parseInt(digits);
    return vi + width;
  }

  private static void check(String value, boolean ok, String what) {
    if (!ok) {
      throw new SystemException("parsing time \"" + value + "\": " + what + " out of range");
    }
  }

  private static SystemException cannotParse(String value, String layout, String rest, String elem) {
    return new SystemException(
        "parsing time \"" + value + "\" as \"" + layout + "\": cannot parse \"" + rest + "\" as \"" + elem + "\"");
  }
}
