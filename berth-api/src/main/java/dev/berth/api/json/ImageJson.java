package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.DeleteRecord;
import dev.berth.image.ImageInspector.HistoryItem;
import dev.berth.image.ImageService;
import dev.berth.image.ImageSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The image records as the Docker Engine API writes them ({@code GET /images/json}, {@code DELETE
 * /images/{name}}, {@code POST /images/prune}, {@code GET /images/{name}/history}) and back: the
 * server writes with {@code to*}, the CLI's remote mode reads with {@code from*}.
 */
public final class ImageJson {
  private ImageJson() {}

  /** One {@code GET /images/json} entry, in the daemon's key order. */
  public static ObjectNode toJson(ImageSummary s) {
    ObjectNode o = JsonFields.MAPPER.createObjectNode();
    o.put("Containers", s.containers());
    o.put("Created", s.created());
    o.put("Id", s.id());
    JsonFields.putMap(o, "Labels", s.labels());
    o.put("ParentId", s.parentId());
    JsonFields.putStrings(o, "RepoDigests", s.repoDigests());
    JsonFields.putStrings(o, "RepoTags", s.repoTags());
    o.put("SharedSize", s.sharedSize());
    o.put("Size", s.size());
    o.put("VirtualSize", s.size());
    return o;
  }

  public static ArrayNode summariesToJson(List<ImageSummary> images) {
    ArrayNode out = JsonFields.MAPPER.createArrayNode();
    images.forEach(s -> out.add(toJson(s)));
    return out;
  }

  /** An entry of {@code GET /images/json}; its labels stay the JSON object's text. */
  public static ImageSummary summary(JsonNode o) {
    JsonNode labels = o.get("Labels");
    return new ImageSummary(o.path("Id").asText(), JsonFields.text(o, "ParentId"),
        JsonFields.strings(o.get("RepoTags")), JsonFields.strings(o.get("RepoDigests")), o.path("Created").asLong(),
        o.path("Size").asLong(), o.path("SharedSize").asLong(-1), o.path("Containers").asLong(-1),
        labels == null || labels.isNull() ? null : labels.toString());
  }

  public static List<ImageSummary> summaries(JsonNode array) {
    List<ImageSummary> out = new ArrayList<>(array.size());
    array.forEach(o -> out.add(summary(o)));
    return out;
  }

  /** {@code [{"Untagged": ...}, {"Deleted": ...}]}. */
  public static ArrayNode deleteRecordsToJson(List<DeleteRecord> records) {
    ArrayNode out = JsonFields.MAPPER.createArrayNode();
    for (DeleteRecord r : records) {
      ObjectNode o = out.addObject();
      if (r.untagged() != null) {
        o.put("Untagged", r.untagged());
      }
      if (r.deleted() != null) {
        o.put("Deleted", r.deleted());
      }
    }
    return out;
  }

  public static List<DeleteRecord> deleteRecords(JsonNode array) {
    List<DeleteRecord> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(o -> out.add(new DeleteRecord(JsonFields.text(o, "Untagged"), JsonFields.text(o, "Deleted"))));
    }
    return out;
  }

  /** {@code {"ImagesDeleted": [...] | null, "SpaceReclaimed": n}}. */
  public static ObjectNode pruneReportToJson(ImageService.PruneReport report) {
    ObjectNode out = JsonFields.MAPPER.createObjectNode();
    if (report.deleted().isEmpty()) {
      out.putNull("ImagesDeleted");
    } else {
      out.set("ImagesDeleted", deleteRecordsToJson(report.deleted()));
    }
    out.put("SpaceReclaimed", report.spaceReclaimed());
    return out;
  }

  public static ImageService.PruneReport pruneReport(JsonNode o) {
    return new ImageService.PruneReport(deleteRecords(o.get("ImagesDeleted")), o.path("SpaceReclaimed").asLong());
  }

  /** {@code GET /images/{name}/history}: keys alphabetical, as the daemon's encoder writes them. */
  public static ArrayNode historyToJson(List<HistoryItem> items) {
    ArrayNode out = JsonFields.MAPPER.createArrayNode();
    for (HistoryItem h : items) {
      ObjectNode o = out.addObject();
      o.put("Comment", h.comment());
      o.put("Created", h.created());
      o.put("CreatedBy", h.createdBy());
      o.put("Id", h.id());
      o.put("Size", h.size());
      JsonFields.putStrings(o, "Tags", h.tags());
    }
    return out;
  }

  public static List<HistoryItem> history(JsonNode array) {
    List<HistoryItem> out = new ArrayList<>(array.size());
    for (JsonNode o : array) {
      out.add(new HistoryItem(o.path("Id").asText(), o.path("Created").asLong(), o.path("CreatedBy").asText(""),
          JsonFields.strings(o.get("Tags")), o.path("Size").asLong(), o.path("Comment").asText("")));
    }
    return out;
  }
}
