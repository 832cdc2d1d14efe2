package dev.berth.cli.commands;

import dev.berth.cli.format.GoTime;
import dev.berth.cli.format.Strings;
import dev.berth.cli.format.Units;
import dev.berth.image.ImageInspector.HistoryItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One row of {@code history}: the fields of docker's history formatter context. */
record HistoryRow(HistoryItem item, boolean truncate, boolean human) implements RowContext {
  static final List<String> FIELDS = List.of("Comment", "CreatedAt", "CreatedBy", "CreatedSince", "ID", "Size");
  static final Map<String, String> HEADERS = Map.of(
      "Comment", "COMMENT", "CreatedAt", "CREATED AT", "CreatedBy", "CREATED BY",
      "CreatedSince", "CREATED", "ID", "IMAGE", "Size", "SIZE");

  @Override
  public String goTypeName() {
    return "*formatter.historyContext";
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String name, List<Object> args) {
    return switch (name) {
      case "Comment" -> item.comment();
      case "CreatedAt" -> createdAt();
      case "CreatedBy" -> {
        String by = item.createdBy().replace("\t", " ");
        yield truncate ? Strings.ellipsis(by, 45) : by;
      }
      case "CreatedSince" -> {
        if (!human) {
          yield createdAt();
        }
        yield item.created() <= 946684800L ? "N/A" : ImageRow.since(item.created());
      }
      case "ID" -> truncate && item.id().startsWith("sha256:") ? Strings.truncateId(item.id()) : item.id();
      case "Size" -> human ? Units.humanSizeWithPrecision(item.size(), 3) : Long.toString(item.size());
      default -> null;
    };
  }

  private String createdAt() {
    return GoTime.rfc3339(Instant.ofEpochSecond(item.created()), ZoneId.systemDefault());
  }
}
