package dev.berth.cli.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Go time formats the docker CLI prints. */
public final class GoTime {
  private GoTime() {}

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter ANSIC_DAY = DateTimeFormatter.ofPattern("EEE MMM", Locale.ROOT);
  /**
   * CLDR's English zone abbreviations (the closest to the tz database's that Go prints). bin/berth
   * puts the JDK's fallback locale data before CLDR ({@code java.locale.providers=FALLBACK,CLDR}:
   * CLDR's first calendar lookup scans every locale it has, ~25 ms of every start) and the fallback
   * data serves en and en-US with legacy names (ART, not -03); en-US-POSIX is served by CLDR
   * alone, with the names of en.
   */
  private static final Locale ZONE_NAMES = Locale.of("en", "US", "POSIX");

  /** Go's Time.String(): {@code 2006-01-02 15:04:05.999999999 -0700 MST}. */
  public static String timeString(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    StringBuilder sb = new StringBuilder(DATE_TIME.format(z));
    sb.append(fraction(z.getNano(), false));
    sb.append(' ').append(numericOffset(z.getOffset())).append(' ').append(zoneAbbreviation(z));
    return sb.toString();
  }

  /** RFC 3339 without fraction ({@code 2026-11-28T01:24:49Z}, {@code ...+05:30}). */
  public static String rfc3339(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).format(z) + zOffset(z.getOffset());
  }

  /** Go's RFC3339Nano: fraction with trailing zeros removed. */
  public static String rfc3339Nano(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).format(z)
        + fraction(z.getNano(), false) + zOffset(z.getOffset());
  }

  /** RFC 3339 with exactly nine fractional digits (docker's log timestamps). */
  public static String rfc3339NanoFixed(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).format(z)
        + fraction(z.getNano(), true) + zOffset(z.getOffset());
  }

  /** Go's ANSIC layout {@code Mon Jan _2 15:04:05 2006}. */
  public static String ansic(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    String day = String.valueOf(z.getDayOfMonth());
    return ANSIC_DAY.format(z) + " " + (day.length() == 1 ? " " + day : day) + " "
        + DateTimeFormatter.ofPattern("HH:mm:ss uuuu", Locale.ROOT).format(z);
  }

  private static String fraction(int nanos, boolean fixed) {
    if (nanos == 0 && !fixed) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%09d", nanos);
    if (!fixed) {
      s = s.replaceAll("0+$", "");
    }
    return "." + s;
  }

  private static String numericOffset(ZoneOffset o) {
    int secs = o.getTotalSeconds();
    int abs = Math.abs(secs);
    return String.format(Locale.ROOT, "%c%02d%02d", secs < 0 ? '-' : '+', abs / 3600, abs / 60 % 60);
  }

  private static String zOffset(ZoneOffset o) {
    if (o.getTotalSeconds() == 0) {
      return "Z";
    }
    int secs = o.getTotalSeconds();
    int abs = Math.abs(secs);
    return String.format(Locale.ROOT, "%c%02d:%02d", secs < 0 ? '-' : '+', abs / 3600, abs / 60 % 60);
  }

  private static String zoneAbbreviation(ZonedDateTime z) {
    ZoneId zone = z.getZone();
    if (zone instanceof ZoneOffset off) {
      return off.getTotalSeconds() == 0 ? "UTC" : numericOffset(off);
    }
    if (zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC") || zone.getId().equals("Z")) {
      return "UTC";
    }
    String name = DateTimeFormatter.ofPattern("zzz", ZONE_NAMES).format(z);
    if (name.startsWith("GMT") && name.length() > 3 || name.contains(":")) {
      // no abbreviation in the tz database: Go prints the numeric form like "+0530" -> "+0530"
      int secs = z.getOffset().getTotalSeconds();
      int abs = Math.abs(secs);
      return abs % 3600 == 0
          ? String.format(Locale.ROOT, "%c%02d", secs < 0 ? '-' : '+', abs / 3600)
          : numericOffset(z.getOffset());
    }
    return name;
  }
}
