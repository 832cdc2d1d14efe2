package dev.berth.cli.commands;

import dev.berth.cli.format.GoTime;
import dev.berth.cli.format.Strings;
import dev.berth.cli.format.TemplateObject;
import dev.berth.cli.format.Units;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One row of {@code images}: the fields of docker's image formatter context. */
record ImageRow(
    String repository, String tag, String digest, String id, long created, long size, boolean truncate,
    long sharedSize, long containers)
    implements RowContext {

  static final List<String> FIELDS =
      List.of("Containers", "CreatedAt", "CreatedSince", "Digest", "ID", "Repository", "SharedSize", "Size",
          "Tag", "UniqueSize", "VirtualSize");

  static final java.util.Map<String, String> HEADERS = java.util.Map.ofEntries(
      java.util.Map.entry("Containers", "CONTAINERS"),
      java.util.Map.entry("CreatedAt", "CREATED AT"),
      java.util.Map.entry("CreatedSince", "CREATED"),
      java.util.Map.entry("Digest", "DIGEST"),
      java.util.Map.entry("ID", "IMAGE ID"),
      java.util.Map.entry("Repository", "REPOSITORY"),
      java.util.Map.entry("SharedSize", "SHARED SIZE"),
      java.util.Map.entry("Size", "SIZE"),
      java.util.Map.entry("Tag", "TAG"),
      java.util.Map.entry("UniqueSize", "UNIQUE SIZE"),
      java.util.Map.entry("VirtualSize", "SIZE"));

  @Override
  public String goTypeName() {
    return "*formatter.imageContext";
  }

  @Override
  public List<String> fieldNames() {
    return FIELDS;
  }

  @Override
  public Object get(String name, List<Object> args) {
    return switch (name) {
      case "Containers" -> containers < 0 ? "N/A" : Long.toString(containers);
      case "SharedSize" -> sharedSize < 0 ? "N/A" : Units.humanSize(sharedSize);
      case "UniqueSize" -> sharedSize < 0 || size < 0 ? "N/A" : Units.humanSize(size - sharedSize);
      case "CreatedAt" -> createdAt(created);
      case "CreatedSince" -> since(created);
      case "Digest" -> digest;
      case "ID" -> truncate ? Strings.truncateId(id) : id;
      case "Repository" -> repository;
      case "Size" -> SIZES.computeIfAbsent(size, b -> Units.humanSizeWithPrecision(b, 3));
      case "Tag" -> tag;
      case "VirtualSize" -> Units.humanSize(size);
      default -> null;
    };
  }

  ImageRow(String repository, String tag, String digest, String id, long created, long size, boolean truncate) {
    this(repository, tag, digest, id, created, size, truncate, -1, -1);
  }

  // Long listings repeat the same few sizes; the text depends on nothing else.
  private static final Map<Long, String> SIZES = new ConcurrentHashMap<>();

  static String since(long unixSeconds) {
    // From a whole-second start, HumanDuration depends only on the elapsed whole seconds.
    long elapsed = Instant.now().getEpochSecond() - unixSeconds;
    return Units.humanDuration(Duration.ofSeconds(elapsed)) + " ago";
  }

  static String createdAt(long unixSeconds) {
    return GoTime.timeString(Instant.ofEpochSecond(unixSeconds), ZoneId.systemDefault());
  }
}
