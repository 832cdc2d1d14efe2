package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.volume.VolumeRecord;
import dev.berth.volume.VolumeService;
import dev.berth.volume.VolumeUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /volumes}: list, create, inspect, remove and prune local volumes, with the daemon's
 * JSON (a volume's {@code Labels}/{@code Options} null when it has none).
 */
final class VolumeEndpoints {
  private final Engine engine;

  VolumeEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/volumes", this::list),
        Route.of("POST", "/volumes/create", this::create),
        Route.of("POST", "/volumes/prune", this::prune),
        Route.of("GET", "/volumes/{name}", this::inspect),
        Route.of("DELETE", "/volumes/{name}", this::remove));
  }

  private VolumeService volumes() {
    return engine.volumes();
  }

  /** {@code {"Volumes":[...],"Warnings":null}}. */
  private void list(Exchange x) throws Exception {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode list = out.putArray("Volumes");
    for (VolumeRecord v : volumes().list(x.filters())) {
      list.add(volumes().toJson(v));
    }
    out.putNull("Warnings");
    x.json(200, out);
  }

  /** Body {@code {"Name","Driver","DriverOpts","Labels"}}; 201 with the volume (an existing one unchanged). */
  private void create(Exchange x) throws Exception {
    JsonNode body = x.jsonBody();
    VolumeRecord v = volumes().create(body.path("Name").asText(""), body.path("Driver").asText(""),
        stringMap(body.get("Labels"), "Labels"), stringMap(body.get("DriverOpts"), "DriverOpts"));
    x.json(201, volumes().toJson(v));
  }

  private void inspect(Exchange x) throws Exception {
    x.json(200, volumes().toJson(volumes().inspect(x.pathParam(0))));
  }

  /** 204; {@code force} makes a missing volume no error (a volume in use is refused anyway). */
  private void remove(Exchange x) throws Exception {
    volumes().remove(x.pathParam(0), x.bool("force"));
    x.empty(204);
  }

  /** {@code {"VolumesDeleted":[...]|null,"SpaceReclaimed":N}}. */
  private void prune(Exchange x) throws Exception {
    VolumeService.PruneReport report = volumes().prune(x.filters());
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (report.deleted().isEmpty()) {
      out.putNull("VolumesDeleted");
    } else {
      ArrayNode deleted = out.putArray("VolumesDeleted");
      report.deleted().forEach(deleted::add);
    }
    out.put("SpaceReclaimed", report.spaceReclaimed());
    x.json(200, out);
  }

  /** A volume of {@code /system/df}: its JSON with {@code UsageData}. */
  static ObjectNode usage(VolumeService volumes, VolumeUsage u) {
    ObjectNode o = volumes.toJson(u.volume());
    o.putObject("UsageData").put("RefCount", u.refCount()).put("Size", u.size());
    return o;
  }

  /** A JSON object of strings (null or absent: null); anything else is the decoder's 400. */
  private static Map<String, String> stringMap(JsonNode n, String field) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      throw new InvalidArgumentException("json: cannot unmarshal " + Json.goKind(n) + " into Go struct field "
          + "VolumeCreateBody." + field + " of type map[string]string");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : n.properties()) {
      if (!e.getValue().isTextual()) {
        throw new InvalidArgumentException("json: cannot unmarshal " + Json.goKind(e.getValue())
            + " into Go struct field VolumeCreateBody." + field + " of type string");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
