package dev.berth.cli.commands;

import dev.berth.cli.format.Units;
import dev.berth.image.DeleteRecord;
import java.util.List;

/** The prune commands' report: {@code Deleted ...:} blocks, then {@code Total reclaimed space}. */
final class PruneOutput {
  private final StringBuilder text = new StringBuilder();
  private long reclaimed;

  /** A block of deleted objects (nothing is printed for an empty list). */
  PruneOutput block(String title, List<String> lines, long space) {
    if (!lines.isEmpty()) {
      text.append(title).append(":\n");
      lines.forEach(l -> text.append(l).append('\n'));
      text.append('\n');
    }
    reclaimed += space;
    return this;
  }

  /** Image deletions print lower-case {@code untagged:}/{@code deleted:} lines. */
  PruneOutput images(List<DeleteRecord> records, long space) {
    return block("Deleted Images", records.stream()
        .map(r -> r.untagged() != null ? "untagged: " + r.untagged() : "deleted: " + r.deleted()).toList(), space);
  }

  String text() {
    return text + "Total reclaimed space: " + Units.humanSize(reclaimed) + "\n";
  }
}
