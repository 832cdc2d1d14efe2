package dev.berth.image;

/**
 * One image row: its ID (sha256 of the config bytes), creation time from the config, classic
 * builder parent, top layer chain ID (null when it has no layers), size (sum of its layers),
 * config labels as JSON (null when none) and the last time a tag was put on it.
 */
public record ImageRecord(
    String id,
    long createdNs,
    String parent,
    String topLayer,
    long size,
    String labelsJson,
    String lastTagTime,
    long lastUsedNs) {

  public String hex() {
    return id.substring(id.indexOf(':') + 1);
  }

  public String shortId() {
    return hex().substring(0, 12);
  }
}
