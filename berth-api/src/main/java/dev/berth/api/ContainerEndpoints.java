package dev.berth.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.api.json.ContainerJson;
import dev.berth.api.json.ContainerSummary;
import dev.berth.container.ContainerInspector;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.engine.Engine;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
        Route.of("GET", "/containers/{id}/export", this::export),
        Route.of("DELETE", "/containers/{id*}", this::remove));
  }

  private void create(Exchange x) throws Exception {
    ObjectNode body = ContainerCreateBody.parse(x.smallBody(), x.header("Content-Type"));
    ContainerCreateBody.checkConfigPresent(body);
    ContainerCreateBody.checkEndpoints(body);
    String name = x.query("name");
    var created = engine.containers().createWithWarnings(body.path("Image").asText(""),
        name.isEmpty() ? null : name, ContainerCreateBody.engineConfig(body));
    x.json(201, ContainerJson.createdToJson(created.container().id(), created.warnings()));
  }

  /** {@code GET /containers/{id}/export}: the container's filesystem as a tar stream. */
  private void export(Exchange x) throws Exception {
    ContainerRecord r = engine.lifecycle().reconcile(engine.containers().inspect(x.pathParam(0)));
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(x.lazyStream("application/x-tar"), 65536)) {
      new dev.berth.image.ContainerExporter(engine.store()).export(r, out);
    }
  }

  /** {@code GET /containers/json?all=&limit=&size=&filters=}. */
  private void list(Exchange x) throws Exception {
    int limit = x.integer("limit", -1);
    ContainerService service = engine.containers();
    List<ContainerRecord> records = service.list(x.bool("all"), limit, x.filters());
    boolean size = x.bool("size");
    Instant now = nowInstant(BerthStore.nowNs());
    List<ContainerSummary> out = new ArrayList<>();
    var linkNames = service.linkNames();
    for (ContainerRecord r : records) {
      long rw = size ? service.writableSize(r) : 0;
      long rootFs = size ? service.imageSize(r) + rw : 0;
      out.add(ContainerSummary.of(r, service.imageField(r), rw, rootFs, now, engine.store().paths(), service.healthText(r))
          .withLinkNames(linkNames));
    }
    x.json(200, ContainerJson.summariesToJson(out));
  }

  /** One entry of the container list, in the daemon's key order. */
  static ObjectNode summary(ContainerRecord r, String imageField, long rootFsSize, long nowNs, StorePaths paths) {
    String health = dev.berth.container.HealthState.read(paths.container(r.id()))
        .map(dev.berth.container.HealthState::statusText).orElse(null);
    return ContainerJson.toJson(ContainerSummary.of(r, imageField, 0, rootFsSize, nowInstant(nowNs), paths, health));
  }

  private static Instant nowInstant(long nowNs) {
    return Instant.ofEpochSecond(Math.floorDiv(nowNs, 1_000_000_000L), Math.floorMod(nowNs, 1_000_000_000L));
  }

  private void inspect(Exchange x) throws Exception {
    x.json(200, LegacyInspect.adapt(new ContainerInspector(engine.store()).inspect(x.pathParam(0), x.bool("size")),
        x.apiVersion()));
  }

  /** {@code DELETE /containers/{id}?force=&v=&link=}: 204 without a body. */
  private void remove(Exchange x) throws Exception {
    if (x.bool("link")) {
      engine.containers().removeLink(x.pathParam(0));
      x.empty(204);
      return;
    }
    remover.remove(x.pathParam(0), x.bool("force"), x.bool("v"));
    x.empty(204);
  }

  private void prune(Exchange x) throws Exception {
    x.json(200, ContainerJson.pruneReportToJson(engine.containers().prune(x.filters())));
  }
}
