package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.network.Network;
import dev.berth.network.NetworkService;
import java.util.List;

/**
 * {@code /networks}: list, inspect, remove, create, connect and disconnect over berth's predefined
 * networks, with the daemon's JSON and refusals (prune is in {@link AbsentResourceEndpoints}).
 */
final class NetworkEndpoints {
  private final Engine engine;

  NetworkEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/networks", this::list),
        Route.of("POST", "/networks/create", this::create),
        Route.of("POST", "/networks/prune", this::prune),
        Route.of("GET", "/networks/{id}", this::inspect),
        Route.of("DELETE", "/networks/{id}", this::remove),
        Route.of("POST", "/networks/{id}/connect", x -> connect(x, true)),
        Route.of("POST", "/networks/{id}/disconnect", x -> connect(x, false)));
  }

  private NetworkService networks() {
    return engine.networks();
  }

  private void list(Exchange x) throws Exception {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Network n : networks().list(x.filters())) {
      out.add(networks().toJson(n, false));
    }
    x.json(200, out);
  }

  private void inspect(Exchange x) throws Exception {
    x.json(200, networks().toJson(networks().find(x.pathParam(0)), true));
  }

  /** 204 once removed; every network berth has is predefined, so the daemon's 403 refusal. */
  private void remove(Exchange x) throws Exception {
    networks().remove(x.pathParam(0));
    x.empty(204);
  }

  /** Body {@code {"Name", "Driver", ...}}: 201 {@code {"Id","Warning"}} once berth has a network driver. */
  private void create(Exchange x) throws Exception {
    JsonNode body = x.jsonBody();
    Network n = networks().create(body);
    x.json(201, Json.MAPPER.createObjectNode().put("Id", n.id()).put("Warning", ""));
  }

  /** {@code {"NetworksDeleted": [names]}}: the user-defined networks no container is on, as filtered. */
  private void prune(Exchange x) throws Exception {
    ObjectNode out = Json.MAPPER.createObjectNode();
    List<String> names = networks().prune(x.filters());
    if (names.isEmpty()) {
      out.putNull("NetworksDeleted"); // Go's nil slice
    } else {
      ArrayNode deleted = out.putArray("NetworksDeleted");
      names.forEach(deleted::add);
    }
    x.json(200, out);
  }

  /** Body {@code {"Container": ...}}. */
  private void connect(Exchange x, boolean connect) throws Exception {
    JsonNode body = x.jsonBody();
    if (connect) {
      engine.connections().connect(x.pathParam(0), body.path("Container").asText(""), body.get("EndpointConfig"));
    } else {
      engine.connections().disconnect(x.pathParam(0), body.path("Container").asText(""), body.path("Force").asBoolean(false));
    }
    x.empty(200);
  }
}
