package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerLifecycle;
import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.runtime.ContainerStartException;
import dev.berth.runtime.ExecRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code docker exec} over the API: create an instance, start it (hijacked, or detached), inspect
 * it, resize it.
 */
final class ExecEndpoints {
  /** Headers the daemon copies into its hijacked exec answer (sorted by name, as Go writes them). */
  private static final List<String> COPIED_HEADERS = List.of("Api-Version", "Docker-Experimental", "Ostype", "Server");

  private final Engine engine;
  private final ContainerLifecycle lifecycle;
  private final Map<String, ExecInstance> instances = new ConcurrentHashMap<>();

  ExecEndpoints(Engine engine) {
    this.engine = engine;
    this.lifecycle = engine.lifecycle();
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/containers/{id}/exec", this::create),
        Route.of("POST", "/exec/{id}/start", this::start),
        Route.of("POST", "/exec/{id}/resize", this::resize),
        Route.of("GET", "/exec/{id}/json", this::inspect));
  }

  /**
   * Exec instance {@code id}. Like the daemon, which forgets a container's exec instances when the
   * container stops: an instance whose container is gone, stopped or started anew since the instance
   * was made is removed, and then not found.
   */
  private ExecInstance instance(String id) {
    ExecInstance e = instances.get(id);
    if (e != null && !containerStillRuns(e)) {
      instances.remove(id, e);
      e = null;
    }
    if (e == null) {
      throw new NotFoundException("No such exec instance: " + id);
    }
    return e;
  }

  private boolean containerStillRuns(ExecInstance e) {
    ContainerRecord r;
    try {
      r = lifecycle.reconcile(engine.containers().inspect(e.containerId()));
    } catch (NotFoundException gone) {
      return false;
    }
    return r.running() && java.util.Objects.equals(r.startedAt(), e.containerStartedAt());
  }

  /**
   * The instance an exec start or resize acts on: found (above), and its container not paused (the
   * daemon's message names the container by its ID).
   */
  private ExecInstance usable(String id) {
    ExecInstance e = instance(id);
    lifecycle.requireExecutable(e.containerId());
    return e;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isTextual()) {
      out.add(n.asText());
    } else {
      n.forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  /** 201 {@code {"Id":...}}; the container must be running and not paused. */
  private void create(Exchange x) throws Exception {
    JsonNode body = x.jsonBody();
    List<String> cmd = strings(body.path("Cmd"));
    if (cmd.isEmpty()) {
      throw new InvalidArgumentException("No exec command specified");
    }
    ContainerRecord r = lifecycle.requireExecutable(x.pathParam(0));
    boolean stdin = body.path("AttachStdin").asBoolean(false);
    ExecRequest request = new ExecRequest(cmd, strings(body.path("Env")), body.path("WorkingDir").asText(""),
        body.path("User").asText(""), stdin, body.path("Tty").asBoolean(false), false,
        body.path("Privileged").asBoolean(false));
    String id = ContainerLifecycle.newExecId();
    instances.put(id, new ExecInstance(id, r.id(), r.startedAt(), request, stdin, body.path("AttachStdout").asBoolean(false),
        body.path("AttachStderr").asBoolean(false), body.path("Privileged").asBoolean(false),
        body.path("DetachKeys").asText("")));
    lifecycle.execCreated(r, id, cmd);
    ObjectNode out = Json.MAPPER.createObjectNode().put("Id", id);
    x.json(201, out);
  }

  /**
   * {@code {"Detach":bool,"Tty":bool}}. Attached: the connection is hijacked and failures are
   * written into the stream (stdout), as the daemon does; detached: 200 once it runs.
   */
  private void start(Exchange x) throws Exception {
    JsonNode body = x.jsonBody();
    ExecInstance exec = usable(x.pathParam(0));
    if (body.path("Detach").asBoolean(false)) {
      exec.begin();
      Thread.ofVirtual().name("exec-" + exec.id().substring(0, 12)).start(() -> run(exec, null,
          OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
      exec.awaitStart();
      BerthException failure = exec.failure();
      if (failure != null) {
        throw failure;
      }
      x.empty(200);
      return;
    }
    String head = x.header("Upgrade") != null
        ? Hijack.upgradeHead("application/vnd.docker.raw-stream", copiedHeaders(x))
        : "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n" + String.join("", lines(copiedHeaders(x)));
    try (Hijack h = x.hijack(head)) {
      // A terminal has one raw stream (the instance's Tty decides, as in the daemon); else multiplexed.
      boolean tty = exec.request().tty();
      StdStreams std = new StdStreams(h.output(), !tty);
      OutputStream stdout = std.stdout();
      OutputStream out = exec.attachStdout() || (tty && exec.attachStderr()) ? stdout : OutputStream.nullOutputStream();
      OutputStream err = exec.attachStderr() && !tty ? std.stderr() : OutputStream.nullOutputStream();
      try {
        exec.begin();
        String failure = run(exec, exec.attachStdin() ? h.input() : null, out, err);
        if (failure != null) {
          stdout.write((failure + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
      } catch (BerthException e) {
        stdout.write((e.getMessage() + "\r\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException clientGone) {
        // the client went away; the process has ended or will end on its own
      }
    }
  }

  // Runs the process to its end; the daemon's error text when it could not run.
  private String run(ExecInstance exec, InputStream in, OutputStream out, OutputStream err) {
    try {
      exec.ended(lifecycle.exec(exec.containerId(), exec.id(), exec.request(), in, out, err, exec::started));
      return null;
    } catch (ContainerStartException e) {
      // A command that cannot be run is the client's mistake (400), as containerd's answer is.
      exec.failed(e.exitStatus(), e.exitStatus() == 125 ? e : new BerthException(ErrorKind.INVALID_ARGUMENT, e.getMessage()));
      return e.getMessage();
    } catch (BerthException e) {
      exec.failed(null, e);
      return e.getMessage();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      exec.failed(null, new dev.berth.errors.SystemException(message));
      return message;
    }
  }

  private static String[] copiedHeaders(Exchange x) {
    Map<String, String> sorted = new TreeMap<>();
    for (String name : COPIED_HEADERS) {
      String v = x.responseHeader(name);
      if (v != null) {
        sorted.put(name, v);
      }
    }
    return sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toArray(String[]::new);
  }

  private static List<String> lines(String[] headers) {
    return java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList();
  }

  private void inspect(Exchange x) throws Exception {
    x.json(200, instance(x.pathParam(0)).inspect());
  }

  /**
   * Accepted while the process may still run (berth keeps an exec terminal's initial size). The
   * daemon reads {@code h} and {@code w} before it looks the instance up.
   */
  private void resize(Exchange x) throws Exception {
    x.atoi("h");
    x.atoi("w");
    ExecInstance exec = usable(x.pathParam(0));
    if (exec.ended()) {
      throw new NotFoundException("no such exec");
    }
    x.empty(200);
  }
}
