package dev.berth.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * pflag's {@code FlagUsagesWrapped}: one line per flag, usages aligned after the longest flag and
 * wrapped to a width, the way the docker CLI prints its options (it wraps to 79 columns when stdin
 * is not a terminal).
 */
final class FlagUsages {
  /** A flag as pflag describes it; {@code shorthand} and {@code varname} may be empty, {@code defaultValue} null. */
  record Flag(String shorthand, String name, String varname, String usage, String defaultValue) {}

  private FlagUsages() {}

  static String wrapped(List<Flag> flags, int cols) {
    List<String> lines = new ArrayList<>();
    int maxlen = 0;
    for (Flag f : flags) {
      String line = f.shorthand().isEmpty() ? "      --" + f.name() : "  -" + f.shorthand() + ", --" + f.name();
      if (!f.varname().isEmpty()) {
        line += " " + f.varname();
      }
      line += "\0";
      maxlen = Math.max(maxlen, line.length());
      line += f.usage();
      if (f.defaultValue() != null) {
        line += " (default " + f.defaultValue() + ")";
      }
      lines.add(line);
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      int sidx = line.indexOf('\0');
      out.append(line, 0, sidx).append(' ').append(" ".repeat(maxlen - sidx)).append(' ')
          .append(wrap(maxlen + 2, cols, line.substring(sidx + 1))).append('\n');
    }
    return out.toString();
  }

  /** Wraps {@code s} to width {@code w} with indent {@code i} after the first line (pflag's wrap). */
  static String wrap(int i, int w, String s) {
    String indent = " ".repeat(i);
    int width = w - i;
    StringBuilder r = new StringBuilder();
    if (width < 24) {
      // no room for sensible wrapping: the text goes as a block on the next line
      i = 16;
      indent = " ".repeat(i);
      width = w - i;
      r.append('\n').append(indent);
    }
    if (width < 24) {
      return s.replace("\n", r.toString());
    }
    // a bit of slop avoids a short orphan word on the last line
    int slop = 5;
    width -= slop;
    String[] first = wrapN(width, slop, s);
    r.append(first[0].replace("\n", "\n" + indent));
    String rest = first[1];
    while (!rest.isEmpty()) {
      String[] next = wrapN(width, slop, rest);
      r.append('\n').append(indent).append(next[0].replace("\n", "\n" + indent));
      rest = next[1];
    }
    return r.toString();
  }

  /** Splits {@code s} at whitespace into a head of at most {@code i} characters (or all, within slop) and the rest. */
  private static String[] wrapN(int i, int slop, String s) {
    if (i + slop > s.length()) {
      return new String[] {s, ""};
    }
    String head = s.substring(0, i);
    int w = Math.max(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')), head.lastIndexOf('\n'));
    if (w <= 0) {
      return new String[] {s, ""};
    }
    int nl = head.lastIndexOf('\n');
    if (nl > 0 && nl < w) {
      return new String[] {s.substring(0, nl), s.substring(nl + 1)};
    }
    return new String[] {s.substring(0, w), s.substring(w + 1)};
  }
}
