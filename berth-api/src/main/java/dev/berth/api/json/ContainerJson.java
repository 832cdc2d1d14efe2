package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The container records as the Docker Engine API writes them ({@code to*}) and reads them back. */
public final class ContainerJson {
  private ContainerJson() {}

  /** One entry of {@code GET /containers/json}, in the daemon's key order. */
  public static ObjectNode toJson(ContainerSummary c) {
    ObjectNode o = JsonFields.MAPPER.createObjectNode();
    o.put("Id", c.id());
    JsonFields.putStrings(o, "Names", c.names());
    o.put("Image", c.image());
    o.put("ImageID", c.imageId());
    o.put("Command", c.command());
    o.put("Created", c.created());
    o.putArray("Ports");
    if (c.sizeRw() != 0) {
      o.put("SizeRw", c.sizeRw());
    }
    if (c.sizeRootFs() != 0) {
      o.put("SizeRootFs", c.sizeRootFs());
    }
    JsonFields.putMap(o, "Labels", c.labels());
    o.put("State", c.state());
    o.put("Status", c.status());
    o.putObject("HostConfig").put("NetworkMode", c.networkMode());
    ObjectNode networks = o.putObject("NetworkSettings").putObject("Networks");
    for (String name : c.networks()) {
      ObjectNode net = networks.putObject(name);
      net.putNull("IPAMConfig");
      net.putNull("Links");
      net.putNull("Aliases");
      for (String f : new String[] {"NetworkID", "EndpointID", "Gateway", "IPAddress"}) {
        net.put(f, "");
      }
      net.put("IPPrefixLen", 0);
      net.put("IPv6Gateway", "");
      net.put("GlobalIPv6Address", "");
      net.put("GlobalIPv6PrefixLen", 0);
      net.put("MacAddress", "");
      net.putNull("DriverOpts");
    }
    ArrayNode mounts = o.putArray("Mounts");
    for (ContainerSummary.Mount m : c.mounts()) {
      ObjectNode j = mounts.addObject();
      j.put("Type", m.type());
      if (!m.name().isEmpty()) {
        j.put("Name", m.name());
      }
      j.put("Source", m.source());
      j.put("Destination", m.destination());
      if (!m.driver().isEmpty()) {
        j.put("Driver", m.driver());
      }
      j.put("Mode", m.mode());
      j.put("RW", m.rw());
      j.put("Propagation", m.propagation());
    }
    return o;
  }

  public static ArrayNode summariesToJson(List<ContainerSummary> containers) {
    ArrayNode out = JsonFields.MAPPER.createArrayNode();
    containers.forEach(c -> out.add(toJson(c)));
    return out;
  }

  public static ContainerSummary summary(JsonNode o) {
    List<String> names = JsonFields.strings(o.get("Names"));
    Map<String, String> labels = JsonFields.map(o.get("Labels"));
    List<String> networks = new ArrayList<>();
    o.path("NetworkSettings").path("Networks").properties().forEach(e -> networks.add(e.getKey()));
    List<ContainerSummary.Mount> mounts = new ArrayList<>();
    for (JsonNode m : o.path("Mounts")) {
      mounts.add(new ContainerSummary.Mount(m.path("Type").asText(""), m.path("Name").asText(""),
          m.path("Source").asText(""), m.path("Destination").asText(""), m.path("Driver").asText(""),
          m.path("Mode").asText(""), m.path("RW").asBoolean(false), m.path("Propagation").asText("")));
    }
    return new ContainerSummary(o.path("Id").asText(), names == null ? List.of() : names, o.path("Image").asText(""),
        o.path("ImageID").asText(""), o.path("Command").asText(""), o.path("Created").asLong(),
        o.path("SizeRw").asLong(0), o.path("SizeRootFs").asLong(0), labels == null ? Map.of() : new TreeMap<>(labels),
        o.path("State").asText(""), o.path("Status").asText(""), o.path("HostConfig").path("NetworkMode").asText(""),
        List.copyOf(networks), List.copyOf(mounts));
  }

  public static List<ContainerSummary> summaries(JsonNode array) {
    List<ContainerSummary> out = new ArrayList<>(array.size());
    array.forEach(o -> out.add(summary(o)));
    return out;
  }

  /** {@code {"ContainersDeleted": [...] | null, "SpaceReclaimed": n}}. */
  public static ObjectNode pruneReportToJson(ContainerService.PruneReport report) {
    ObjectNode out = JsonFields.MAPPER.createObjectNode();
    if (report.deleted().isEmpty()) {
      out.putNull("ContainersDeleted");
    } else {
      JsonFields.putStrings(out, "ContainersDeleted", report.deleted());
    }
    out.put("SpaceReclaimed", report.spaceReclaimed());
    return out;
  }

  public static ContainerService.PruneReport pruneReport(JsonNode o) {
    List<String> deleted = JsonFields.strings(o.get("ContainersDeleted"));
    return new ContainerService.PruneReport(deleted == null ? List.of() : deleted, o.path("SpaceReclaimed").asLong());
  }

  /** {@code POST /containers/create}'s answer. */
  public static ObjectNode createdToJson(String id, List<String> warnings) {
    ObjectNode out = JsonFields.MAPPER.createObjectNode();
    out.put("Id", id);
    JsonFields.putStrings(out, "Warnings", warnings);
    return out;
  }

  public static String createdId(JsonNode o) {
    return o.path("Id").asText();
  }
}
