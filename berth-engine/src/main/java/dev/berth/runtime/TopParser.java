package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses {@code ps} output and keeps the rows of the given pids, as {@code docker top} does. */
final class TopParser {
  private TopParser() {}

  static TopResult parse(String psOutput, List<Long> pids) {
    String[] lines = psOutput.split("\n");
    List<String> titles = fields(lines[0]);
    int pidIndex = titles.indexOf("PID");
    if (pidIndex < 0) {
      throw new SystemException("Couldn't find PID field in ps output");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      List<String> f = fields(lines[i]);
      if (f.size() <= pidIndex) {
        continue;
      }
      long pid;
      try {
        pid = Long.parseLong(f.get(pidIndex));
      } catch (NumberFormatException e) {
        throw new SystemException("Unexpected pid '" + f.get(pidIndex) + "'");
      }
      if (pids.contains(pid)) {
        List<String> row = new ArrayList<>(f.subList(0, Math.min(f.size(), titles.size() - 1)));
        if (f.size() >= titles.size()) {
          row.add(String.join(" ", f.subList(titles.size() - 1, f.size())));
        }
        rows.add(row);
      }
    }
    return new TopResult(titles, rows);
  }

  private static List<String> fields(String line) {
    return Arrays.stream(line.strip().split("[ \t]+")).filter(s -> !s.isEmpty()).toList();
  }
}
