package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /containers/{id}/json} for API 1.20 and older: the daemon answers its older shapes.
 * Config repeats MacAddress, NetworkDisabled and ExposedPorts (always present, after the other
 * fields) and VolumeDriver (1.19 and older also Memory, MemorySwap, CpuShares, Cpuset from the
 * host config); NetworkSettings has no Networks; before 1.20, Volumes and VolumesRW replace Mounts.
 */
final class LegacyInspect {
  private LegacyInspect() {}

  static ObjectNode adapt(ObjectNode current, String version) {
    if (ApiVersion.compare(version, "1.20") > 0) {
      return current;
    }
    boolean pre120 = ApiVersion.compare(version, "1.20") < 0;
    JsonNode host = current.path("HostConfig");
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = current.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "Mounts" -> {
          if (pre120) {
            Map<String, JsonNode> volumes = new TreeMap<>();
            Map<String, JsonNode> rw = new TreeMap<>();
            for (JsonNode m : e.getValue()) {
              String dest = m.path("Destination").asText("");
              volumes.put(dest, Json.MAPPER.getNodeFactory().textNode(m.path("Source").asText("")));
              rw.put(dest, Json.MAPPER.getNodeFactory().booleanNode(m.path("RW").asBoolean(false)));
            }
            out.putObject("Volumes").setAll(volumes);
            out.putObject("VolumesRW").setAll(rw);
          } else {
            out.set("Mounts", e.getValue());
          }
        }
        case "Config" -> out.set("Config", config(e.getValue(), host, pre120));
        case "NetworkSettings" -> {
          ObjectNode ns = e.getValue().deepCopy();
          ns.remove("Networks");
          out.set("NetworkSettings", ns);
        }
        default -> out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static ObjectNode config(JsonNode current, JsonNode host, boolean pre120) {
    ObjectNode c = current.deepCopy();
    JsonNode mac = c.remove("MacAddress");
    JsonNode disabled = c.remove("NetworkDisabled");
    JsonNode ports = c.remove("ExposedPorts");
    c.put("MacAddress", mac == null ? "" : mac.asText(""));
    c.put("NetworkDisabled", disabled != null && disabled.asBoolean(false));
    c.set("ExposedPorts", ports == null ? Json.MAPPER.nullNode() : ports);
    c.put("VolumeDriver", host.path("VolumeDriver").asText(""));
    if (pre120) {
      c.put("Memory", host.path("Memory").asLong(0));
      c.put("MemorySwap", host.path("MemorySwap").asLong(0));
      c.put("CpuShares", host.path("CpuShares").asLong(0));
      c.put("Cpuset", host.path("CpusetCpus").asText(""));
    }
    return c;
  }
}
