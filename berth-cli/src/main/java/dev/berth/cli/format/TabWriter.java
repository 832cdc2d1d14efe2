package dev.berth.cli.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Elastic tab stops as docker's vendored text/tabwriter does them (left-aligned, no flags): a cell
 * ended by TAB is padded to its column block's width, the last cell of a line is never padded.
 */
public final class TabWriter {
  private final int minWidth;
  private final int padding;
  private final char padChar;
  private final RuneWidth width;

  public TabWriter(int minWidth, int padding, char padChar, RuneWidth width) {
    this.minWidth = minWidth;
    this.padding = padding;
    this.padChar = padChar;
    this.width = width;
  }

  /** docker's table writer: min width 10, padding 3, spaces. */
  public static TabWriter dockerTable(RuneWidth width) {
    return new TabWriter(10, 3, ' ', width);
  }

  private record Cell(String text, int width) {}

  /** Formats the whole text at once (equivalent to Write of everything, then Flush). */
  public String format(String text) {
    if (text.indexOf('\u000b') < 0 && text.indexOf('\f') < 0) {
      return formatTabsAndNewlines(text);
    }
    return formatGeneral(text);
  }

  /** Any text, including vertical tabs and form feeds (which flush). */
  String formatGeneral(String text) {
    List<List<Cell>> lines = new ArrayList<>();
    List<Cell> line = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\t', '\u000b' -> {
          line.add(cell(cell));
          cell.setLength(0);
        }
        case '\n', '\f' -> {
          line.add(cell(cell));
          cell.setLength(0);
          lines.add(line);
          boolean flush = c == '\f' || line.size() == 1;
          line = new ArrayList<>();
          if (flush) {
            flush(lines, out, true);
          }
        }
        default -> cell.append(c);
      }
    }
    if (!cell.isEmpty()) {
      line.add(cell(cell));
    }
    lines.add(line);
    flush(lines, out, false);
    return out.toString();
  }

  /**
   * The same as {@link #format} for text whose only separators are TAB and newline (every table
   * docker prints), splitting with {@code indexOf}: long listings are formatted before the JIT
   * has compiled anything, where a loop per character is what costs.
   */
  String formatTabsAndNewlines(String text) {
    List<List<Cell>> lines = new ArrayList<>();
    StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      List<Cell> line = new ArrayList<>();
      int cellStart = start;
      for (int tab = text.indexOf('\t', cellStart); tab >= 0 && tab < end; tab = text.indexOf('\t', cellStart)) {
        line.add(cell(text.substring(cellStart, tab)));
        cellStart = tab + 1;
      }
      if (nl < 0) {
        if (cellStart < end) {
          line.add(cell(text.substring(cellStart, end)));
        }
        lines.add(line);
        flush(lines, out, false);
        return out.toString();
      }
      line.add(cell(text.substring(cellStart, end)));
      lines.add(line);
      if (line.size() == 1) {
        flush(lines, out, true);
      }
      start = nl + 1;
    }
  }

  /**
   * A table given cell by cell instead of as text split at tabs and newlines: the output is the one
   * {@link #format} gives for the text these calls stand for (a cell ends at a TAB, a line at a
   * newline), without building that text and splitting it again.
   */
  public final class Table {
    private final List<List<Cell>> lines = new ArrayList<>();
    private List<Cell> line = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    /** A cell ended by a TAB, or the last cell of its line. */
    public void cell(String text) {
      line.add(TabWriter.this.cell(text));
    }

    /** The newline after the line's last cell. */
    public void endLine() {
      lines.add(line);
      boolean flush = line.size() == 1;
      line = new ArrayList<>();
      if (flush) {
        flush(lines, out, true);
      }
    }

    /** The formatted text; cells after the last newline form an unterminated last line. */
    public String finish() {
      lines.add(line);
      flush(lines, out, false);
      return out.toString();
    }
  }

  public Table table() {
    return new Table();
  }

  private Cell cell(StringBuilder sb) {
    return cell(sb.toString());
  }

  private Cell cell(String s) {
    return new Cell(s, width.stringWidth(s));
  }

  /** Writes the buffered lines; the last buffered line ends with a newline only if complete. */
  private void flush(List<List<Cell>> lines, StringBuilder out, boolean lastComplete) {
    List<Integer> widths = new ArrayList<>();
    format(lines, widths, 0, lines.size(), out, lastComplete);
    lines.clear();
  }

  private void format(
      List<List<Cell>> lines, List<Integer> widths, int line0, int line1, StringBuilder out, boolean lastComplete) {
    int column = widths.size();
    for (int cur = line0; cur < line1; cur++) {
      if (column >= lines.get(cur).size() - 1) {
        continue;
      }
      writeLines(lines, widths, line0, cur, out, lastComplete);
      line0 = cur;
      int w = minWidth;
      for (; cur < line1; cur++) {
        List<Cell> l = lines.get(cur);
        if (column >= l.size() - 1) {
          break;
        }
        w = Math.max(w, l.get(column).width + padding);
      }
      widths.add(w);
      format(lines, widths, line0, cur, out, lastComplete);
      widths.removeLast();
      line0 = cur;
    }
    writeLines(lines, widths, line0, line1, out, lastComplete);
  }

  private void writeLines(
      List<List<Cell>> lines, List<Integer> widths, int line0, int line1, StringBuilder out, boolean lastComplete) {
    for (int i = line0; i < line1; i++) {
      List<Cell> l = lines.get(i);
      for (int j = 0; j < l.size(); j++) {
        Cell c = l.get(j);
        out.append(c.text);
        if (j < widths.size() && j < l.size() - 1) {
          out.repeat(padChar, widths.get(j) - c.width);
        }
      }
      if (i + 1 < lines.size() || lastComplete) {
        out.append('\n');
      }
    }
  }
}
