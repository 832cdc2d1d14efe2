package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerInspector;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.engine.Engine;
import dev.berth.errors.NotSupportedException;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import dev.berth.volume.MountPoint;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** {@code /containers/...}: create, list, inspect, remove, prune. */
final class ContainerEndpoints {
  private final Engine engine;
  private final AutoRemover remover;

  ContainerEndpoints(Engine engine, AutoRemover remover) {
    this.engine = engine;
    this.remover = remover;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/containers/json", this::list),
        Route.of("POST", "/containers/create", this::create),
        Route.of("POST", "/containers/prune", this::prune),
        Route.of("GET", "/containers/{id}/json", this::inspect),
        Route.of("DELETE", "/containers/{id}", this::remove));
  }

  private void create(Exchange x) throws Exception {
    ObjectNode body = ContainerCreateBody.parse(x.smallBody(), x.header("Content-Type"));
    String name = x.query("name");
    ContainerRecord r = engine.containers().create(body.path("Image").asText(""),
        name.isEmpty() ? null : name, ContainerCreateBody.engineConfig(body));
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("Id", r.id());
    out.putArray("Warnings");
    x.json(201, out);
  }

  /** {@code GET /containers/json?all=&limit=&size=&filters=}. */
  private void list(Exchange x) throws Exception {
    int limit = x.integer("limit", -1);
    ContainerService service = engine.containers();
    List<ContainerRecord> records = service.list(x.bool("all"), limit, x.filters());
    boolean size = x.bool("size");
    long now = BerthStore.nowNs();
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ContainerRecord r : records) {
      out.add(summary(r, service.imageField(r), size ? service.imageSize(r) : 0, now, engine.store().paths()));
    }
    x.json(200, out);
  }

  /** One entry of the container list, in the daemon's key order. */
  static ObjectNode summary(ContainerRecord r, String imageField, long rootFsSize, long nowNs, StorePaths paths) {
    JsonNode config = ContainerConfigs.parse(r.config());
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("Id", r.id());
    o.putArray("Names").add("/" + r.name());
    o.put("Image", imageField);
    o.put("ImageID", r.imageId());
    o.put("Command", command(config));
    o.put("Created", Math.floorDiv(r.createdNs(), 1_000_000_000L));
    o.putArray("Ports");
    if (rootFsSize > 0) {
      o.put("SizeRootFs", rootFsSize);
    }
    ObjectNode labels = o.putObject("Labels");
    new TreeMap<>(ContainerConfigs.labels(r.config())).forEach(labels::put);
    o.put("State", r.state().apiName());
    o.put("Status", status(r, nowNs));
    String mode = config.path("NetworkMode").asText("none");
    o.putObject("HostConfig").put("NetworkMode", mode);
    ObjectNode net = o.putObject("NetworkSettings").putObject("Networks")
        .putObject(mode.equals("default") ? "bridge" : mode);
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
    ArrayNode mounts = o.putArray("Mounts");
    for (MountPoint m : MountPoint.of(config)) {
      mounts.add(mount(m, paths));
    }
    return o;
  }

  /** Docker's {@code types.MountPoint}: a volume's name, data directory and driver; a bind's host path. */
  private static ObjectNode mount(MountPoint m, StorePaths paths) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("Type", m.type());
    if (m.isVolume()) {
      o.put("Name", m.name());
      o.put("Source", paths.volumeData(m.name()).toString());
    } else {
      o.put("Source", m.source());
    }
    o.put("Destination", m.destination());
    if (m.isVolume()) {
      o.put("Driver", m.driver());
    }
    o.put("Mode", m.mode());
    o.put("RW", m.rw());
    o.put("Propagation", m.propagation());
    return o;
  }

  /** Path and arguments joined by spaces; an argument holding a space is single-quoted (as the daemon does). */
  private static String command(JsonNode config) {
    StringBuilder b = new StringBuilder(config.path("Path").asText(""));
    JsonNode args = config.path("Args");
    if (args.isArray() && !args.isEmpty()) {
      b.append(' ');
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i).asText();
        b.append(i > 0 ? " " : "").append(arg.contains(" ") ? "'" + arg + "'" : arg);
      }
    }
    return b.toString();
  }

  /** The daemon's human status: Created, Up 5 minutes, Exited (0) 2 hours ago, ... */
  static String status(ContainerRecord r, long nowNs) {
    return dev.berth.container.ContainerStatusText.of(r,
        java.time.Instant.ofEpochSecond(Math.floorDiv(nowNs, 1_000_000_000L), Math.floorMod(nowNs, 1_000_000_000L)));
  }

  private void inspect(Exchange x) throws Exception {
    if (x.bool("size")) {
      throw new NotSupportedException("container inspect --size");
    }
    x.json(200, new ContainerInspector(engine.store()).inspect(x.pathParam(0)));
  }

  /** {@code DELETE /containers/{id}?force=&v=&link=}: 204 without a body. */
  private void remove(Exchange x) throws Exception {
    if (x.bool("link")) {
      throw new NotSupportedException("removing container links");
    }
    remover.remove(x.pathParam(0), x.bool("force"));
    x.empty(204);
  }

  private void prune(Exchange x) throws Exception {
    ContainerService.PruneReport report = engine.containers().prune(x.filters());
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (report.deleted().isEmpty()) {
      out.putNull("ContainersDeleted");
    } else {
      ArrayNode ids = out.putArray("ContainersDeleted");
      report.deleted().forEach(ids::add);
    }
    out.put("SpaceReclaimed", report.spaceReclaimed());
    x.json(200, out);
  }

}
