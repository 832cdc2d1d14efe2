package dev.berth.api;

import dev.berth.container.ContainerAttacher;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerLifecycle;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.LogOptions;
import dev.berth.runtime.LogReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/**
 * A container's output streams: {@code POST /containers/{id}/attach} (a hijacked connection) and
 * {@code GET /containers/{id}/logs}. Both are multiplexed ({@link StdStreams}) unless the
 * container has a TTY.
 */
final class ContainerStreamEndpoints {
  private static final String RAW_STREAM = "application/vnd.docker.raw-stream";

  private final Engine engine;
  private final ContainerLifecycle lifecycle;
  private final ContainerAttacher attacher;
  private final AttachSessions sessions;

  ContainerStreamEndpoints(Engine engine, AttachSessions sessions) {
    this.engine = engine;
    this.sessions = sessions;
    this.lifecycle = engine.lifecycle();
    this.attacher = new ContainerAttacher(engine.store(), lifecycle);
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/containers/{id}/attach", this::attach),
        Route.of("GET", "/containers/{id}/attach/ws", this::attachWebsocket),
        Route.of("GET", "/containers/{id}/logs", this::logs));
  }

  /**
   * {@code GET /containers/{id}/attach/ws?logs=&stream=}: the container is looked up first (errors
   * as JSON), then the websocket handshake (a refusal is written raw on the connection); stdin,
   * stdout and stderr are always attached, the output not multiplexed, one frame per write: text
   * frames before API 1.28, binary from 1.28. The end is a close frame.
   */
  private void attachWebsocket(Exchange x) throws Exception {
    dev.berth.container.DetachKeys.parse(x.query("detachKeys"));
    ContainerAttacher.Session session = attacher.open(x.pathParam(0));
    if (session.container().state() == ContainerState.PAUSED) {
      throw new ConflictException("container " + session.container().id()
          + " is paused, unpause the container before attach");
    }
    WebSocket.Refusal refusal = WebSocket.check(x.header("Upgrade"), x.header("Connection"),
        x.header("Sec-WebSocket-Key"), x.header("Sec-WebSocket-Version"), x.header("Sec-WebSocket-Protocol"));
    if (refusal != null) {
      try (Hijack h = x.hijack(refusal.head())) {
        h.write(refusal.body().getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    ContainerRecord r = session.container();
    sessions.enter(r.id());
    try (Hijack h = x.hijack(WebSocket.acceptHead(x.header("Sec-WebSocket-Key"), x.header("Sec-WebSocket-Protocol")))) {
      int opcode = dev.berth.units.Versions.compare(x.apiVersion(), "1.28") >= 0 ? WebSocket.BINARY : WebSocket.TEXT;
      OutputStream out = WebSocket.output(h.output(), opcode);
      try {
        if (x.bool("logs")) {
          LogOptions opts = new LogOptions(true, true, -1, false, null, null, false);
          LogReader log = new LogReader(dirs(r).log());
          if (r.running()) {
            log.copyCompleteLines(opts, out, out);
          } else {
            log.copy(opts, out, out, () -> true);
          }
        }
        lifecycle.attached(r);
        if (x.bool("stream")) {
          session.run(new ContainerAttacher.Streams(WebSocket.input(h.input(), h.output()), out, out));
        }
        h.write(WebSocket.closeFrame());
      } catch (IOException clientGone) {
        // the client closed the connection: nothing more to stream
      }
    } finally {
      sessions.exit(r.id());
    }
  }

  private static boolean tty(ContainerRecord r) {
    return ContainerConfigs.parse(r.config()).path("Tty").asBoolean(false);
  }

  /**
   * {@code ?stream=&logs=&stdin=&stdout=&stderr=}: the daemon's upgrade answer (or 200 without an
   * {@code Upgrade} header), then the streams until the container's run ends. Errors found before
   * streaming are written raw on the hijacked connection, as the daemon does.
   */
  private void attach(Exchange x) throws Exception {
    boolean upgrade = x.header("Upgrade") != null;
    String head = upgrade ? Hijack.upgradeHead(RAW_STREAM)
        : "HTTP/1.1 200 OK\r\nContent-Type: " + RAW_STREAM + "\r\n";
    ContainerAttacher.Session session;
    try {
      session = attacher.open(x.pathParam(0));
      dev.berth.container.DetachKeys.parse(x.query("detachKeys"));
      if (session.container().state() == ContainerState.PAUSED) {
        throw new ConflictException("container " + session.container().id()
            + " is paused, unpause the container before attach");
      }
    } catch (BerthException e) {
      try (Hijack h = x.hijack("HTTP/1.1 " + e.httpStatus() + " " + HttpStatus.getMessage(e.httpStatus())
          + "\r\nContent-Type: " + RAW_STREAM + "\r\n")) {
        h.write((e.getMessage() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    ContainerRecord r = session.container();
    sessions.enter(r.id());
    try (Hijack h = x.hijack(head)) {
      StdStreams std = new StdStreams(h.output(), !tty(r));
      OutputStream out = x.bool("stdout") ? std.stdout() : null;
      OutputStream err = x.bool("stderr") ? std.stderr() : null;
      try {
        if (x.bool("logs")) {
          LogOptions opts = new LogOptions(out != null, err != null, -1, false, null, null, false);
          LogReader log = new LogReader(dirs(r).log());
          if (r.running()) {
            log.copyCompleteLines(opts, orNull(out), orNull(err)); // an unfinished line is not logged yet
          } else {
            log.copy(opts, orNull(out), orNull(err), () -> true);
          }
        }
        lifecycle.attached(r);
        if (x.bool("stream")) {
          session.run(new ContainerAttacher.Streams(x.bool("stdin") ? h.input() : null, out, err));
        }
      } catch (IOException clientGone) {
        // the client closed the connection: nothing more to stream
      }
    } finally {
      sessions.exit(r.id());
    }
  }

  private static OutputStream orNull(OutputStream s) {
    return s == null ? OutputStream.nullOutputStream() : s;
  }

  private ContainerDirs dirs(ContainerRecord r) {
    return new ContainerDirs(engine.store().paths().container(r.id()));
  }

  /**
   * {@code ?stdout=&stderr=&follow=&tail=&since=&until=&timestamps=}: a chunked 200 without a
   * Content-Type; {@code follow} only while the container runs.
   */
  private void logs(Exchange x) throws Exception {
    boolean stdout = x.bool("stdout");
    boolean stderr = x.bool("stderr");
    if (!stdout && !stderr) {
      throw new InvalidArgumentException("Bad parameters: you must choose at least one stream");
    }
    ContainerRecord r = lifecycle.reconcile(engine.containers().inspect(x.pathParam(0)));
    Instant since = dev.berth.container.LogWindow.since(x.query("since"));
    Instant until = dev.berth.container.LogWindow.until(x.query("until"));
    int tail = tail(x.query("tail"));
    boolean follow = x.bool("follow") && r.running();
    LogOptions opts = new LogOptions(stdout, stderr, tail, x.bool("timestamps"), since, until, follow);
    if (x.bool("details")) {
      opts = opts.withDetails(dev.berth.container.HostSettings.logDetails(
          dev.berth.container.ContainerConfigs.parse(r.config())));
    }
    ContainerDirs dirs = dirs(r);
    Path exitFile = lifecycle.runtime().config().exitFile(r.id());
    try (OutputStream body = x.stream(null)) {
      body.flush();
      StdStreams std = new StdStreams(body, !tty(r));
      new LogReader(dirs.log()).copy(opts, std.stdout(), std.stderr(),
          () -> Files.exists(exitFile) || !Files.exists(dirs.dir()));
    }
  }

  /** The daemon's tail: a number of lines; anything that is not a number means all. */
  private static int tail(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
