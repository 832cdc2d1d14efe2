package dev.berth.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerLifecycle;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.container.ContainerWaiter;
import dev.berth.container.WaitCondition;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.ConflictException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.runtime.ContainerStartException;
import dev.berth.runtime.Signals;
import dev.berth.runtime.TopResult;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /containers/{id}/...} verbs that change or read a container's process: start, stop,
 * restart, kill, wait, pause, unpause, rename, top. Status codes and texts are dockerd 20.10's
 * (204 done, 304 nothing to do).
 */
final class ContainerActionEndpoints {
  private static final int DEFAULT_STOP_SECONDS = 10;

  private final Engine engine;
  private final ContainerLifecycle lifecycle;
  private final ContainerWaiter waiter;
  private final AutoRemover autoRemover;

  ContainerActionEndpoints(Engine engine, ContainerWaiter waiter, AutoRemover autoRemover) {
    this.engine = engine;
    this.lifecycle = engine.lifecycle();
    this.waiter = waiter;
    this.autoRemover = autoRemover;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/containers/{id}/start", this::start),
        Route.of("POST", "/containers/{id}/stop", this::stop),
        Route.of("POST", "/containers/{id}/restart", this::restart),
        Route.of("POST", "/containers/{id}/kill", this::kill),
        Route.of("POST", "/containers/{id}/wait", this::await),
        Route.of("POST", "/containers/{id}/pause", this::pause),
        Route.of("POST", "/containers/{id}/unpause", this::unpause),
        Route.of("POST", "/containers/{id}/update", this::update),
        Route.of("POST", "/containers/{id}/rename", this::rename),
        Route.of("POST", "/containers/{id}/resize", this::resize),
        Route.of("GET", "/containers/{id}/top", this::top),
        Route.of("GET", "/containers/{id}/changes", this::changes));
  }

  private ContainerRecord current(String arg) {
    return lifecycle.reconcile(engine.containers().inspect(arg));
  }

  /** 204 started; 304 already running. */
  private void start(Exchange x) throws Exception {
    // a non-empty JSON object is at least 7 bytes; a chunked body has no length
    String length = x.header("Content-Length");
    boolean body = length == null ? "chunked".equalsIgnoreCase(x.header("Transfer-Encoding")) : parseLength(length) > 7;
    if (body && ApiVersion.atLeast(x.apiVersion(), "1.24")) {
      throw new InvalidArgumentException(
          "starting container with non-empty request body was deprecated since API v1.22 and removed in v1.24");
    }
    // before 1.24 a body is a host config for the container (the daemon's DecodeHostConfig)
    ObjectNode hostKeys = body ? startHostConfig(x.jsonBody()) : null;
    ContainerRecord r = current(x.pathParam(0));
    if (r.state() == ContainerState.PAUSED) {
      throw new ConflictException("cannot start a paused container, try unpause instead");
    }
    if (r.running()) {
      x.empty(304);
      return;
    }
    if (hostKeys != null) {
      engine.containers().replaceHostConfig(r.id(), hostKeys);
    }
    startRun(r.id());
    x.empty(204);
  }

  /** The stored config's host keys of a start body: its {@code HostConfig}, else the body itself. */
  private static ObjectNode startHostConfig(com.fasterxml.jackson.databind.JsonNode body) {
    com.fasterxml.jackson.databind.JsonNode hc = body.path("HostConfig").isObject() ? body.get("HostConfig") : body;
    ObjectNode wrapper = Json.MAPPER.createObjectNode();
    wrapper.set("HostConfig", hc.isObject() ? hc : Json.MAPPER.createObjectNode());
    com.fasterxml.jackson.databind.JsonNode full = dev.berth.container.ContainerConfigs.parse(
        ContainerCreateBody.engineConfig(wrapper));
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (String k : new String[] {"NetworkMode", "AutoRemove", "ReadonlyRootfs", "Binds", "Mounts", "Init",
        dev.berth.container.HostSettings.CONFIG_KEY}) {
      if (full.has(k)) {
        out.set(k, full.get(k));
      }
    }
    return out;
  }

  private static long parseLength(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void startRun(String id) {
    try {
      lifecycle.start(id);
    } catch (ContainerStartException e) {
      autoRemover.startFailed(id, e.exitStatus());
      // A command that cannot be run is the client's mistake (400), as containerd's answer is.
      throw e.exitStatus() == 125 ? e : new BerthException(ErrorKind.INVALID_ARGUMENT, e.getMessage());
    } catch (RuntimeException e) {
      autoRemover.startFailed(id, 128);
      throw e;
    }
    autoRemover.started(id);
  }

  /** {@code ?t=} seconds before SIGKILL (negative: wait for ever); default the container's stop timeout. */
  private Duration timeout(Exchange x) {
    if (x.query("t").isEmpty()) {
      return lifecycle.defaultStopTimeout(x.pathParam(0));
    }
    return ContainerLifecycle.stopTimeout(x.integer("t", DEFAULT_STOP_SECONDS));
  }

  private void stop(Exchange x) throws Exception {
    Duration timeout = timeout(x);
    ContainerRecord r = current(x.pathParam(0));
    if (!r.running()) {
      x.empty(304);
      return;
    }
    lifecycle.stop(r.id(), timeout);
    x.empty(204);
  }

  private void restart(Exchange x) throws Exception {
    Duration timeout = timeout(x);
    String arg = x.pathParam(0);
    ContainerRecord r = current(arg);
    try {
      autoRemover.whileRestarting(r.id(), () -> {
        lifecycle.stop(r.id(), timeout);
        startRun(r.id());
        lifecycle.restarted(lifecycle.reconcile(engine.containers().inspect(r.id())));
      });
    } catch (BerthException e) {
      throw new BerthException(e.kind(), "Cannot restart container " + arg + ": " + e.getMessage());
    }
    x.empty(204);
  }

  /** {@code ?signal=} name or number, SIGKILL by default; errors say which container could not be killed. */
  private void kill(Exchange x) throws Exception {
    String signal = x.query("signal");
    String parsed = signal.isEmpty() ? Integer.toString(Signals.SIGKILL) : Long.toString(Signals.parseForKill(signal));
    String arg = x.pathParam(0);
    try {
      lifecycle.kill(arg, parsed);
    } catch (BerthException e) {
      // before API 1.20 killing a container that is not running was no error (the daemon's conflict)
      if (!(e.kind() == ErrorKind.CONFLICT && ApiVersion.compare(x.apiVersion(), "1.20") < 0)) {
        throw new BerthException(e.kind(), "Cannot kill container: " + arg + ": " + e.getMessage());
      }
    }
    x.empty(204);
  }

  /**
   * {@code ?condition=not-running|next-exit|removed}: the answer's headers go out at once (so the
   * client knows the wait is in place), its body when the condition holds.
   */
  private void await(Exchange x) throws Exception {
    ContainerWaiter.Pending pending = waiter.watch(x.pathParam(0), WaitCondition.parse(x.query("condition")));
    try (OutputStream out = x.stream("application/json")) {
      out.flush();
      int code = pending.exitCode();
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.putNull("Error");
      body.put("StatusCode", code);
      out.write(Json.bytes(body));
    }
  }

  private void pause(Exchange x) throws Exception {
    lifecycle.pause(x.pathParam(0));
    x.empty(204);
  }

  private void unpause(Exchange x) throws Exception {
    lifecycle.unpause(x.pathParam(0));
    x.empty(204);
  }

  /** {@code ?h=&w=}: a running container's terminal size (logged as {@code resize}). */
  private void resize(Exchange x) throws Exception {
    x.atoi("h"); // the daemon reads both before it looks the container up
    x.atoi("w");
    dev.berth.container.ContainerRecord r = lifecycle.reconcile(engine.containers().inspect(x.pathParam(0)));
    if (!r.running()) {
      throw new dev.berth.errors.ConflictException("Container " + r.id() + " is not running");
    }
    lifecycle.resize(r, number(x.query("h")), number(x.query("w")));
    x.empty(200);
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** {@code container.UpdateConfig}: resources and a restart policy; answers the (empty) warnings. */
  private void update(Exchange x) throws Exception {
    lifecycle.update(x.pathParam(0), x.jsonBody());
    com.fasterxml.jackson.databind.node.ObjectNode out = Json.MAPPER.createObjectNode();
    out.putNull("Warnings");
    x.json(200, out);
  }

  private void rename(Exchange x) throws Exception {
    engine.containers().rename(x.pathParam(0), x.query("name"));
    x.empty(204);
  }

  /** {@code ?ps_args=} split at spaces as the daemon does ({@code -ef} when empty). */
  private void top(Exchange x) throws Exception {
    String psArgs = x.query("ps_args");
    List<String> args = psArgs.isEmpty() ? List.of() : Arrays.asList(psArgs.split(" ", -1));
    TopResult top = lifecycle.top(x.pathParam(0), args);
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode processes = out.putArray("Processes");
    for (List<String> p : top.processes()) {
      ArrayNode row = processes.addArray();
      p.forEach(row::add);
    }
    ArrayNode titles = out.putArray("Titles");
    top.titles().forEach(titles::add);
    x.json(200, out);
  }

  /** {@code [{"Path":..,"Kind":0|1|2}]}, or {@code null} without changes (the daemon's nil slice). */
  private void changes(Exchange x) throws Exception {
    List<dev.berth.image.ContainerChanges.Change> changes = engine.containers().changes(x.pathParam(0));
    if (changes.isEmpty()) {
      x.json(200, Json.MAPPER.nullNode());
      return;
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (dev.berth.image.ContainerChanges.Change c : changes) {
      out.addObject().put("Path", c.path()).put("Kind", c.kind().ordinal());
    }
    x.json(200, out);
  }
}
