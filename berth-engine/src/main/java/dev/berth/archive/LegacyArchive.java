package dev.berth.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The docker-archive layout before Docker 1.10: no manifest.json, a directory per v1 image (its
 * {@code json} and {@code layer.tar}) and a {@code repositories} file of tags. Loaded as the daemon's
 * legacy load does: every directory becomes an image whose parent is its v1 parent's image, its
 * config made from the v1 JSON (Docker's {@code MakeConfigFromV1Config}, byte for byte, since the
 * bytes are the image ID), and the tags set once all images exist.
 */
final class LegacyArchive {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** v1 JSON written by older Dockers is re-encoded through the V1Image struct first. */
  private static final String NO_FALLBACK_MIN_VERSION = "1.8.3";

  private final Map<String, byte[]> small;
  private final Map<String, StagedLayer> staged;
  private final Path staging;
  private final Map<String, Loaded> loaded = new LinkedHashMap<>();

  /** One v1 image once made into an image: its config's ID, layers and history so far. */
  private record Loaded(Digest imageId, List<Digest> diffIds, List<String> history) {}

  private LegacyArchive(Map<String, byte[]> small, Map<String, StagedLayer> staged, Path staging) {
    this.small = small;
    this.staged = staged;
    this.staging = staging;
  }

  /**
   * The images of a legacy archive, parents first, each with the tags {@code repositories} gives it.
   *
   * @param dirs the archive's top-level directories
   */
  static List<ImageEntry> read(Map<String, byte[]> small, Map<String, StagedLayer> staged, Path staging,
      java.util.Collection<String> dirs) throws IOException {
    LegacyArchive archive = new LegacyArchive(small, staged, staging);
    List<ImageEntry> images = new ArrayList<>();
    for (String dir : new TreeSet<>(dirs)) {
      archive.load(dir, images, 0);
    }
    byte[] repositories = small.get("repositories");
    if (repositories == null) {
      throw new InvalidArgumentException("open " + staging.resolve("repositories") + ": no such file or directory");
    }
    JsonNode repos = parse(repositories, "repositories");
    Map<Digest, List<String>> tags = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = repos.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> repo = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> t = repo.getValue().fields(); t.hasNext(); ) {
        Map.Entry<String, JsonNode> tag = t.next();
        Loaded target = archive.loaded.get(tag.getValue().asText());
        if (target == null) {
          throw new InvalidArgumentException("invalid target ID: " + tag.getValue().asText());
        }
        tags.computeIfAbsent(target.imageId(), k -> new ArrayList<>()).add(repo.getKey() + ":" + tag.getKey());
      }
    }
    List<ImageEntry> out = new ArrayList<>();
    for (ImageEntry e : images) {
      out.add(new ImageEntry(e.config(), e.imageId(), List.copyOf(tags.getOrDefault(e.imageId(), List.of())),
          e.diffIds(), e.parentId()));
    }
    return out;
  }

  private Loaded load(String oldId, List<ImageEntry> images, int depth) throws IOException {
    Loaded done = loaded.get(oldId);
    if (done != null) {
      return done;
    }
    if (depth > 256) {
      throw new InvalidArgumentException("invalid legacy archive: parent chain of " + oldId + " is too long or loops");
    }
    byte[] json = small.get(oldId + "/json");
    if (json == null) {
      throw new InvalidArgumentException("open " + staging.resolve(oldId).resolve("json") + ": no such file or directory");
    }
    JsonNode v1 = parse(json, oldId + "/json");
    JsonNode os = GoJson.field(v1, "OS");
    String osName = os == null || os.isNull() ? "" : os.asText();
    if (osName.equals("windows")) {
      throw new InvalidArgumentException("cannot load windows image on linux");
    }
    JsonNode parentField = GoJson.field(v1, "Parent");
    String parentOld = parentField == null || parentField.isNull() ? "" : parentField.asText();
    List<Digest> diffIds = new ArrayList<>();
    List<String> history = new ArrayList<>();
    Digest parentId = null;
    if (!parentOld.isEmpty()) {
      Loaded parent = load(parentOld, images, depth + 1);
      parentId = parent.imageId();
      diffIds.addAll(parent.diffIds());
      history.addAll(parent.history());
    }
    StagedLayer layer = staged.get(oldId + "/layer.tar");
    if (layer == null) {
      throw new InvalidArgumentException(
          "open " + staging.resolve(oldId).resolve("layer.tar") + ": no such file or directory");
    }
    diffIds.add(layer.diffId());
    history.add(historyEntry(v1));
    byte[] config = configFromV1(new String(json, StandardCharsets.UTF_8), v1, diffIds, history)
        .getBytes(StandardCharsets.UTF_8);
    Digest imageId = Digest.of(config);
    images.add(new ImageEntry(config, imageId, List.of(), List.copyOf(diffIds), parentId));
    Loaded result = new Loaded(imageId, List.copyOf(diffIds), List.copyOf(history));
    loaded.put(oldId, result);
    return result;
  }

  /** Docker's {@code HistoryFromConfig}: the v1 image's author, time, command and comment. */
  static String historyEntry(JsonNode v1) {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    f.add(Map.entry("created", goTime(GoJson.field(v1, "created"))));
    String author = text(GoJson.field(v1, "author"));
    if (!author.isEmpty()) {
      f.add(Map.entry("author", GoJson.string(author)));
    }
    JsonNode cmd = GoJson.field(GoJson.field(v1, "container_config"), "Cmd");
    List<String> words = new ArrayList<>();
    if (cmd != null && cmd.isArray()) {
      cmd.forEach(w -> words.add(w.asText()));
    } else if (cmd != null && cmd.isTextual()) {
      words.add(cmd.asText());
    }
    if (!words.isEmpty() && !String.join(" ", words).isEmpty()) {
      f.add(Map.entry("created_by", GoJson.string(String.join(" ", words))));
    }
    String comment = text(GoJson.field(v1, "comment"));
    if (!comment.isEmpty()) {
      f.add(Map.entry("comment", GoJson.string(comment)));
    }
    return GoJson.object(f);
  }

  /** Docker's {@code MakeConfigFromV1Config}: the v1 JSON's fields, less the v1-only ones, plus rootfs and history. */
  static String configFromV1(String rawJson, JsonNode v1, List<Digest> diffIds, List<String> history)
      throws IOException {
    Map<String, String> fields = new TreeMap<>();
    JsonNode version = GoJson.field(v1, "docker_version");
    if (versionLess(version == null || version.isNull() ? "" : version.asText(), NO_FALLBACK_MIN_VERSION)) {
      List<Map.Entry<String, String>> struct = LegacyV1.imageFields(v1);
      for (Map.Entry<String, String> e : struct) {
        fields.put(e.getKey(), e.getKey().equals("created") ? goTime(GoJson.field(v1, "created")) : e.getValue());
      }
    } else {
      fields.putAll(rawMembers(rawJson));
    }
    for (String drop : List.of("id", "parent", "Size", "parent_id", "layer_id", "throwaway")) {
      fields.remove(drop);
    }
    List<String> ids = diffIds.stream().map(d -> GoJson.string(d.toString())).toList();
    fields.put("rootfs", "{\"type\":\"layers\",\"diff_ids\":[" + String.join(",", ids) + "]}");
    fields.put("history", "[" + String.join(",", history) + "]");
    return GoJson.object(new ArrayList<>(fields.entrySet()));
  }

  /** The top-level members of a JSON object as Go's {@code map[string]*json.RawMessage} re-marshals them. */
  static Map<String, String> rawMembers(String rawJson) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = JSON.getFactory().createParser(rawJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidArgumentException("json: cannot unmarshal non-object into Go value of type map[string]*json.RawMessage");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        p.finishToken(); // a string's end is only read on demand
        int end = (int) p.currentLocation().getCharOffset();
        out.put(name, compact(rawJson.substring(start, end)));
      }
    }
    return out;
  }

  /** Go's {@code json.Compact} with HTML escaping, as Marshal applies it to a RawMessage. */
  static String compact(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
          b.append(c);
        } else if (c == '\\') {
          escaped = true;
          b.append(c);
        } else if (c == '"') {
          inString = false;
          b.append(c);
        } else if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        inString = true;
        b.append(c);
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A time as Go's time.Time marshals it (RFC 3339 with trimmed nanoseconds, the offset kept). */
  static String goTime(JsonNode created) {
    if (created == null || created.isNull() || created.asText().isEmpty()) {
      return "\"0001-01-01T00:00:00Z\"";
    }
    OffsetDateTime t;
    try {
      t = OffsetDateTime.parse(created.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException("parsing time " + GoJson.string(created.asText())
          + " as \"2006-01-02T15:04:05Z07:00\": cannot parse", e);
    }
    StringBuilder b = new StringBuilder("\"");
    b.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getHour(), t.getMinute(), t.getSecond()));
    if (t.getNano() != 0) {
      String nanos = String.format("%09d", t.getNano());
      b.append('.').append(nanos.replaceAll("0+$", ""));
    }
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      b.append('Z');
    } else {
      int abs = Math.abs(offset) / 60;
      b.append(offset < 0 ? '-' : '+').append(String.format("%02d:%02d", abs / 60, abs % 60));
    }
    return b.append('"').toString();
  }

  /** Docker's {@code versions.LessThan}. */
  static boolean versionLess(String a, String b) {
    return dev.berth.units.Versions.compare(a, b) < 0;
  }


  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static JsonNode parse(byte[] bytes, String what) throws IOException {
    try {
      return JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidArgumentException("invalid JSON in " + what + ": " + e.getOriginalMessage());
    }
  }
}
