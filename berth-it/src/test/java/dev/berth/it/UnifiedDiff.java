package dev.berth.it;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) rendered like `diff -u`, for readable test failures. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The unified diff of {@code expected} (---) against {@code actual} (+++); empty when they are equal. */
  static String of(String expectedLabel, String expected, String actualLabel, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    List<Op> ops = script(a, b);
    if (ops.stream().allMatch(op -> op.kind == ' ')) {
      return expected.equals(actual) ? "" : "(the texts differ only in line endings)\n";
    }
    StringBuilder out = new StringBuilder("--- " + expectedLabel + "\n+++ " + actualLabel + "\n");
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // extend the hunk while changes are at most 2*CONTEXT lines apart
      int lastChange = i;
      while (end < ops.size() && end <= lastChange + 2 * CONTEXT) {
        if (ops.get(end).kind != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      Op first = ops.get(start);
      int aLen = 0;
      int bLen = 0;
      for (int k = start; k < end; k++) {
        if (ops.get(k).kind != '+') {
          aLen++;
        }
        if (ops.get(k).kind != '-') {
          bLen++;
        }
      }
      out.append("@@ -").append(first.aLine + 1).append(',').append(aLen)
          .append(" +").append(first.bLine + 1).append(',').append(bLen).append(" @@\n");
      for (int k = start; k < end; k++) {
        out.append(ops.get(k).kind).append(ops.get(k).text).append('\n');
      }
      i = end;
    }
    return out.toString();
  }

  private record Op(char kind, String text, int aLine, int bLine) {}

  private static List<Op> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        lcs[x][y] = a.get(x).equals(b.get(y)) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && a.get(x).equals(b.get(y))) {
        ops.add(new Op(' ', a.get(x), x, y));
        x++;
        y++;
      } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
        ops.add(new Op('-', a.get(x), x, y));
        x++;
      } else {
        ops.add(new Op('+', b.get(y), x, y));
        y++;
      }
    }
    return ops;
  }
}
