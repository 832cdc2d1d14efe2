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
    var waiter = new dev.berth.container.ContainerWaiter(engine.store(), engine.lifecycle());
    AttachSessions attachSessions = new AttachSessions();
    AutoRemover autoRemover = new AutoRemover(engine, waiter, attachSessions);
    routes.addAll(new ContainerEndpoints(engine, autoRemover).routes());
    routes.addAll(new ContainerArchiveEndpoints(engine).routes());
    routes.addAll(new ContainerActionEndpoints(engine, waiter, autoRemover).routes());
    routes.addAll(new ContainerStreamEndpoints(engine, attachSessions).routes());
    routes.addAll(new StatsEndpoints(engine).routes());
    routes.addAll(new ExecEndpoints(engine).routes());
    routes.addAll(new CommitEndpoint(engine).routes());
    routes.addAll(new VolumeEndpoints(engine).routes());
    routes.addAll(new NetworkEndpoints(engine).routes());
    routes.addAll(new AbsentResourceEndpoints().routes());
    return routes;
  }
}
