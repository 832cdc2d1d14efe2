package dev.berth.cli.format;

/**
 * A resolved {@code --format}: the row template text and whether it is a table. Mirrors docker's
 * formatter.Context pre-processing.
 */
public record FormatSpec(String template, boolean table) {

  /** A command's built-in formats selected by the words {@code table} and {@code raw}. */
  public record Builtins(String table, String quietTable, String raw, String quietRaw) {}

  /**
   * Maps the keywords {@code table}/{@code raw} to the command's built-in formats (quiet variants
   * when {@code quiet}); any other string, including {@code json}, is returned unchanged.
   */
  public static String select(String format, boolean quiet, Builtins builtins) {
    return switch (format) {
      case "table" -> quiet ? builtins.quietTable() : builtins.table();
      case "raw" -> quiet ? builtins.quietRaw() : builtins.raw();
      default -> format;
    };
  }

  /**
   * docker's preFormat: a leading {@code table} makes a table (and is cut off), {@code json} becomes
   * {@code {{json .}}}, spaces (only) are trimmed at both ends, and the two-character sequences
   * {@code \t} and {@code \n} become TAB and LF.
   */
  public static FormatSpec of(String format) {
    boolean table = format.startsWith("table");
    String text = format;
    if (table) {
      text = text.substring("table".length());
    } else if (format.equals("json")) {
      text = "{{json .}}";
    }
    text = trimSpaces(text).replace("\\t", "\t").replace("\\n", "\n");
    return new FormatSpec(text, table);
  }

  private static String trimSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }
}
