package dev.berth.api;

import dev.berth.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/** Every route berth serves, in matching order (fixed paths before name-carrying ones). */
final class Endpoints {
  private Endpoints() {}

  static List<Route> all(Engine engine) {
    List<Route> routes = new ArrayList<>();
    routes.addAll(new SystemEndpoints(engine).routes());
    routes.addAll(new ImageEndpoints(engine).routes());
    routes.addAll(new EventEndpoints(engine).routes());
    routes.addAll(new BuildEndpoints(engine).routes());
    routes.addAll(new ContainerEndpoints(engine).routes());
    routes.addAll(new AbsentResourceEndpoints().routes());
    return routes;
  }
}
