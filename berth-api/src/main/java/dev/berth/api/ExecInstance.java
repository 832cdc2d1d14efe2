package dev.berth.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.runtime.ExecRequest;
import java.util.List;

/**
 * One exec instance ({@code POST /containers/{id}/exec}): its configuration and its state. Like the
 * daemon's, exec instances live in the server's memory only.
 */
final class ExecInstance {
  private final String id;
  private final String containerId;
  private final String containerStartedAt;
  private final List<String> cmd;
  private final ExecRequest request;
  private final boolean attachStdin;
  private final boolean attachStdout;
  private final boolean attachStderr;
  private final boolean privileged;
  private final String detachKeys;
  private boolean started;
  private boolean running;
  private Integer exitCode;
  private long pid;
  private dev.berth.errors.BerthException failure;
  private final java.util.concurrent.CompletableFuture<Void> runningOrEnded = new java.util.concurrent.CompletableFuture<>();

  ExecInstance(String id, String containerId, String containerStartedAt, ExecRequest request, boolean attachStdin, boolean attachStdout,
      boolean attachStderr, boolean privileged, String detachKeys) {
    this.id = id;
    this.containerId = containerId;
    this.containerStartedAt = containerStartedAt;
    this.cmd = request.cmd();
    this.request = request;
    this.attachStdin = attachStdin;
    this.attachStdout = attachStdout;
    this.attachStderr = attachStderr;
    this.privileged = privileged;
    this.detachKeys = detachKeys;
  }

  String id() {
    return id;
  }

  String containerId() {
    return containerId;
  }

  /** When the container was started that this instance belongs to. */
  String containerStartedAt() {
    return containerStartedAt;
  }

  ExecRequest request() {
    return request;
  }

  boolean attachStdin() {
    return attachStdin;
  }

  boolean attachStdout() {
    return attachStdout;
  }

  boolean attachStderr() {
    return attachStderr;
  }

  /** Marks the instance started; an instance runs once ("has already run" / "is already running"). */
  synchronized void begin() {
    if (running) {
      throw new ConflictException("Error: Exec command " + id + " is already running");
    }
    if (started) {
      throw new ConflictException("Error: Exec command " + id + " has already run");
    }
    started = true;
    running = true;
  }

  /** The process runs with this host pid. */
  synchronized void started(long hostPid) {
    pid = hostPid;
    runningOrEnded.complete(null);
  }

  /** The process ended ({@code exitCode} null when it never ran). */
  synchronized void ended(Integer code) {
    running = false;
    exitCode = code;
    runningOrEnded.complete(null);
  }

  /** The process could not run ({@code exitCode} null when it has none): {@code why} is the daemon's error. */
  synchronized void failed(Integer code, dev.berth.errors.BerthException why) {
    failure = why;
    ended(code);
  }

  /** Why the process could not run; null when it runs or ran. */
  synchronized dev.berth.errors.BerthException failure() {
    return failure;
  }

  /** Blocks until the process runs or has ended (a detached start answers then, as the daemon does). */
  void awaitStart() {
    runningOrEnded.join();
  }

  synchronized boolean running() {
    return running;
  }

  synchronized boolean ended() {
    return started && !running;
  }

  /** {@code GET /exec/{id}/json}, in the daemon's key order. */
  synchronized ObjectNode inspect() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("ID", id);
    o.put("Running", running);
    if (exitCode == null) {
      o.putNull("ExitCode");
    } else {
      o.put("ExitCode", exitCode);
    }
    ObjectNode p = o.putObject("ProcessConfig");
    p.put("tty", request.tty());
    p.put("entrypoint", cmd.getFirst());
    ArrayNode args = p.putArray("arguments");
    cmd.subList(1, cmd.size()).forEach(args::add);
    p.put("privileged", privileged);
    if (!request.user().isEmpty()) {
      p.put("user", request.user());
    }
    o.put("OpenStdin", attachStdin);
    o.put("OpenStderr", attachStderr);
    o.put("OpenStdout", attachStdout);
    o.put("CanRemove", false);
    o.put("ContainerID", containerId);
    o.put("DetachKeys", detachKeys);
    o.put("Pid", pid);
    return o;
  }
}
