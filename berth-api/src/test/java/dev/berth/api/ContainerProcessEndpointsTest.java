package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.image.ImageImporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Running containers over the API (start, attach, wait, logs, exec, ...) with real busybox
 * containers; expected bytes are dockerd 20.10's raw answers to the same requests. Needs root,
 * runc, conmon and /usr/bin/busybox.
 */
class ContainerProcessEndpointsTest extends ServerTestBase {
  static final String UPGRADED =
      "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n";

  @BeforeEach
  void needsRuntime() throws Exception {
    assumeTrue(canRunContainers(), "needs root, runc, conmon and /usr/bin/busybox");
    importBusybox(this);
  }

  static boolean canRunContainers() {
    return Files.isExecutable(Path.of("/usr/sbin/runc")) && Files.isExecutable(Path.of("/usr/bin/conmon"))
        && Files.isExecutable(Path.of("/usr/bin/busybox")) && "root".equals(System.getProperty("user.name"));
  }

  /** {@code busybox:latest}: the host's static busybox with the applets the tests use. */
  static void importBusybox(ServerTestBase t) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (String d : List.of("bin/", "etc/", "tmp/", "proc/", "sys/", "dev/")) {
        TarArchiveEntry e = new TarArchiveEntry(d);
        e.setMode(040755);
        out.putArchiveEntry(e);
        out.closeArchiveEntry();
      }
      byte[] busybox = Files.readAllBytes(Path.of("/usr/bin/busybox"));
      TarArchiveEntry bin = new TarArchiveEntry("bin/busybox");
      bin.setSize(busybox.length);
      bin.setMode(0100755);
      out.putArchiveEntry(bin);
      out.write(busybox);
      out.closeArchiveEntry();
      for (String applet : List.of("sh", "echo", "cat", "sleep", "true", "ps")) {
        TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarConstants.LF_SYMLINK);
        link.setLinkName("busybox");
        out.putArchiveEntry(link);
        out.closeArchiveEntry();
      }
      byte[] passwd = "root:x:0:0:root:/root:/bin/sh\n".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry p = new TarArchiveEntry("etc/passwd");
      p.setSize(passwd.length);
      out.putArchiveEntry(p);
      out.write(passwd);
      out.closeArchiveEntry();
    }
    new ImageImporter(t.engine.store()).importTar(new ByteArrayInputStream(bytes.toByteArray()), "busybox:latest", null);
  }

  @AfterEach
  void removeContainers() {
    if (engine != null) {
      for (var c : engine.containers().list()) {
        engine.containers().remove(c.id(), true);
      }
    }
  }

  /** Creates a container (network mode none: berth has no networking yet). */
  private String create(String name, String json) throws Exception {
    var body = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(json);
    var host = body.has("HostConfig") ? (com.fasterxml.jackson.databind.node.ObjectNode) body.get("HostConfig")
        : body.putObject("HostConfig");
    host.put("NetworkMode", "none");
    UnixHttp.Reply r = http.send("POST", "/v1.41/containers/create" + (name == null ? "" : "?name=" + name),
        "application/json", Json.bytes(body));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
  }

  private UnixHttp.Reply post(String path) throws Exception {
    return http.send("POST", path);
  }

  private static void expectError(UnixHttp.Reply r, int status, String message) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(Json.MAPPER.createObjectNode().put("message", message) + "\n");
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void runLikeTheDockerCliAttachWaitStart() throws Exception {
    String id = create("t1", "{\"Image\":\"busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo out; echo err >&2; exit 3\"],"
        + "\"AttachStdout\":true,\"AttachStderr\":true,\"HostConfig\":{\"NetworkMode\":\"none\"}}");
    try (RawConnection attach = RawConnection.hijack(socket, "/v1.41/containers/" + id + "/attach?stderr=1&stdout=1&stream=1", null);
         RawConnection wait = RawConnection.sendRaw(socket, "POST", "/v1.41/containers/" + id + "/wait?condition=next-exit", null)) {
      assertThat(attach.head()).isEqualTo(UPGRADED + "\r\n");
      attach.closeWrite(); // the docker CLI half-closes at once when stdin is not attached
      String waitHead = wait.head();
      assertThat(waitHead).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: application/json\r\n")
          .contains("Transfer-Encoding: chunked\r\n");
      UnixHttp.Reply start = post("/v1.41/containers/" + id + "/start");
      assertThat(start.status()).isEqualTo(204);
      assertThat(start.body()).isEmpty();
      assertThat(latin1(attach.rest())).isEqualTo(RawConnection.frame(1, "out\n") + RawConnection.frame(2, "err\n"));
      assertThat(wait.chunkedBody()).isEqualTo("{\"Error\":null,\"StatusCode\":3}\n");
    }
    UnixHttp.Reply notRunning = http.send("POST", "/v1.41/containers/t1/wait");
    assertThat(notRunning.body()).isEqualTo("{\"Error\":null,\"StatusCode\":3}\n");
    expectError(post("/containers/t1/kill"), 409, "Cannot kill container: t1: Container " + id + " is not running");
    expectError(post("/containers/nosuch/kill"), 404, "Cannot kill container: nosuch: No such container: nosuch");
    assertThat(post("/containers/t1/stop").status()).isEqualTo(304);
    expectError(post("/containers/t1/pause"), 409, "Container " + id + " is not running");
    expectError(post("/containers/t1/unpause"), 500, "Container " + id + " is not paused");
    expectError(http.get("/containers/t1/top"), 409, "Container " + id + " is not running");
    expectError(post("/containers/nosuch/start"), 404, "No such container: nosuch");
    expectError(post("/containers/nosuch/wait"), 404, "No such container: nosuch");
  }

  @Test
  void attachFeedsStdinUntilTheClientHalfCloses() throws Exception {
    String id = create(null, "{\"Image\":\"busybox\",\"Cmd\":[\"cat\"],\"OpenStdin\":true,\"StdinOnce\":true,"
        + "\"AttachStdin\":true,\"AttachStdout\":true,\"AttachStderr\":true}");
    try (RawConnection attach = RawConnection.hijack(socket,
        "/v1.41/containers/" + id + "/attach?stderr=1&stdin=1&stdout=1&stream=1", null)) {
      assertThat(attach.head()).isEqualTo(UPGRADED + "\r\n");
      assertThat(post("/containers/" + id + "/start").status()).isEqualTo(204);
      attach.write("data\n".getBytes(StandardCharsets.UTF_8));
      attach.closeWrite();
      assertThat(latin1(attach.rest())).isEqualTo(RawConnection.frame(1, "data\n"));
    }
    assertThat(http.send("POST", "/containers/" + id + "/wait").body()).isEqualTo("{\"Error\":null,\"StatusCode\":0}\n");
  }

  @Test
  void attachToAMissingContainerAnswersRawText() throws Exception {
    try (RawConnection attach = RawConnection.hijack(socket, "/v1.41/containers/nosuch/attach?stream=1&stdout=1", null)) {
      assertThat(attach.head()).isEqualTo("HTTP/1.1 404 Not Found\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n");
      assertThat(latin1(attach.rest())).isEqualTo("No such container: nosuch\r\n");
    }
  }

  @Test
  void attachRefusesUnknownDetachKeysAndTheEndOfInputEndsTheOutput() throws Exception {
    String id = create("a1", "{\"Image\":\"busybox\",\"Cmd\":[\"cat\"],\"OpenStdin\":true,"
        + "\"HostConfig\":{\"NetworkMode\":\"none\"}}");
    assertThat(post("/containers/" + id + "/start").status()).isEqualTo(204);
    try (RawConnection attach = RawConnection.hijack(socket,
        "/v1.41/containers/" + id + "/attach?detachKeys=ctrl-A&stream=1&stdout=1", null)) {
      assertThat(attach.head()).startsWith("HTTP/1.1 400 Bad Request\r\n");
      assertThat(latin1(attach.rest())).isEqualTo("Invalid detach keys (ctrl-A) provided\r\n");
    }
    try (RawConnection attach = RawConnection.hijack(socket,
        "/v1.41/containers/" + id + "/attach?stderr=1&stdin=1&stdout=1&stream=1", null)) {
      assertThat(attach.head()).isEqualTo(UPGRADED + "\r\n");
      attach.closeWrite();
      // not StdinOnce: the container's stdin stays open, the attachment's output ends
      assertThat(latin1(attach.rest())).isEmpty();
    }
    assertThat(http.get("/containers/a1/json").body()).contains("\"Running\":true");
    assertThat(post("/containers/a1/resize?h=24&w=80").status()).isEqualTo(200);
    assertThat(post("/containers/a1/kill").status()).isEqualTo(204);
    http.send("POST", "/containers/a1/wait");
    expectError(post("/containers/a1/resize?h=1&w=1"), 409, "Container " + id + " is not running");
  }

  @Test
  void autoRemovedContainerEndsAWaitForRemovalWithItsExitCode() throws Exception {
    String id = create(null, "{\"Image\":\"busybox\",\"Cmd\":[\"sh\",\"-c\",\"exit 7\"],\"HostConfig\":{\"AutoRemove\":true}}");
    try (RawConnection wait = RawConnection.sendRaw(socket, "POST", "/v1.41/containers/" + id + "/wait?condition=removed", null)) {
      wait.head();
      assertThat(post("/containers/" + id + "/start").status()).isEqualTo(204);
      assertThat(wait.chunkedBody()).isEqualTo("{\"Error\":null,\"StatusCode\":7}\n");
    }
    expectError(http.get("/containers/" + id + "/json"), 404, "No such container: " + id);
  }

  @Test
  void startStopRestartKillPauseOfARunningContainer() throws Exception {
    String id = create("r1", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    UnixHttp.Reply started = post("/containers/r1/start");
    assertThat(started.status()).as(started.body()).isEqualTo(204);
    UnixHttp.Reply again = post("/containers/r1/start");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    expectError(post("/containers/r1/kill?signal=FOO"), 400, "Invalid signal: FOO");
    assertThat(post("/containers/r1/pause").status()).isEqualTo(204);
    expectError(post("/containers/r1/pause"), 409, "Container " + id + " is already paused");
    assertThat(post("/containers/r1/unpause").status()).isEqualTo(204);
    JsonNode top = Json.MAPPER.readTree(http.get("/containers/r1/top?ps_args=-o%20pid,comm").rawBody());
    assertThat(top.fieldNames()).toIterable().containsExactly("Processes", "Titles");
    assertThat(top.get("Titles").toString()).isEqualTo("[\"PID\",\"COMMAND\"]");
    assertThat(top.get("Processes").get(0).get(1).asText()).isEqualTo("sleep");
    assertThat(post("/containers/r1/restart?t=0").status()).isEqualTo(204);
    assertThat(engine.containers().inspect("r1").running()).isTrue();
    assertThat(post("/containers/r1/kill").status()).isEqualTo(204);
    assertThat(http.send("POST", "/containers/r1/wait").body()).isEqualTo("{\"Error\":null,\"StatusCode\":137}\n");
    assertThat(post("/containers/r1/stop?t=1").status()).isEqualTo(304);
  }

  @Test
  void renameChecksInTheDaemonsOrder() throws Exception {
    String c1 = create("c1", "{\"Image\":\"busybox\",\"Cmd\":[\"true\"]}");
    create("c2", "{\"Image\":\"busybox\",\"Cmd\":[\"true\"]}");
    expectError(post("/containers/c2/rename?name=c1"), 409, "Error when allocating new name: Conflict. The container name"
        + " \"/c1\" is already in use by container \"" + c1 + "\". You have to remove (or rename) that container to be able"
        + " to reuse that name.");
    expectError(post("/containers/c2/rename?name=c2"), 400, "Renaming a container with the same name as its current name");
    expectError(post("/containers/c2/rename?name="), 400, "Neither old nor new names may be empty");
    expectError(post("/containers/c2/rename?name=a/b"), 400,
        "Error when allocating new name: Invalid container name (/a/b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    expectError(post("/containers/nosuch/rename?name=q"), 404, "No such container: nosuch");
    assertThat(post("/containers/c2/rename?name=c3").status()).isEqualTo(204);
    assertThat(engine.containers().inspect("c3").name()).isEqualTo("c3");
  }

  @Test
  void logsAreMultiplexedWithoutContentType() throws Exception {
    String id = create("l1", "{\"Image\":\"busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo a; echo b >&2\"]}");
    try (RawConnection wait = RawConnection.send(socket, "POST", "/containers/" + id + "/wait?condition=next-exit", null)) {
      wait.head();
      assertThat(post("/containers/l1/start").status()).isEqualTo(204);
      wait.rest();
    }
    UnixHttp.Reply all = http.get("/v1.41/containers/l1/logs?stdout=1&stderr=1");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.header("Content-Type")).isNull();
    assertThat(latin1(all.rawBody())).isEqualTo(RawConnection.frame(1, "a\n") + RawConnection.frame(2, "b\n"));
    assertThat(latin1(http.get("/containers/l1/logs?stdout=1&tail=x").rawBody())).isEqualTo(RawConnection.frame(1, "a\n"));
    assertThat(latin1(http.get("/containers/l1/logs?stderr=1&tail=1").rawBody())).isEqualTo(RawConnection.frame(2, "b\n"));
    String stamped = latin1(http.get("/containers/l1/logs?stdout=1&timestamps=1").rawBody());
    assertThat(stamped.substring(8)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z a\n");
    expectError(http.get("/containers/l1/logs"), 400, "Bad parameters: you must choose at least one stream");
    expectError(http.get("/containers/l1/logs?stdout=1&since=x"), 500, "strconv.ParseInt: parsing \"x\": invalid syntax");
    expectError(http.get("/containers/nosuch/logs?stdout=1"), 404, "No such container: nosuch");
  }

  @Test
  void execCreateStartInspect() throws Exception {
    String id = create("e1", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    UnixHttp.Reply notRunning = http.send("POST", "/containers/e1/exec", "application/json",
        "{\"Cmd\":[\"true\"]}".getBytes(StandardCharsets.UTF_8));
    expectError(notRunning, 409, "Container " + id + " is not running");
    assertThat(post("/containers/e1/start").status()).isEqualTo(204);
    UnixHttp.Reply created = http.send("POST", "/v1.41/containers/e1/exec", "application/json",
        "{\"AttachStdout\":true,\"AttachStderr\":true,\"Cmd\":[\"sh\",\"-c\",\"echo o; exit 4\"]}".getBytes(StandardCharsets.UTF_8));
    assertThat(created.status()).isEqualTo(201);
    String exec = Json.MAPPER.readTree(created.rawBody()).get("Id").asText();
    assertThat(created.body()).isEqualTo("{\"Id\":\"" + exec + "\"}\n");
    String before = "{\"ID\":\"" + exec + "\",\"Running\":false,\"ExitCode\":null,\"ProcessConfig\":{\"tty\":false,"
        + "\"entrypoint\":\"sh\",\"arguments\":[\"-c\",\"echo o; exit 4\"],\"privileged\":false},\"OpenStdin\":false,"
        + "\"OpenStderr\":true,\"OpenStdout\":true,\"CanRemove\":false,\"ContainerID\":\"" + id + "\",\"DetachKeys\":\"\","
        + "\"Pid\":0}\n";
    assertThat(http.get("/v1.41/exec/" + exec + "/json").body()).isEqualTo(before);
    try (RawConnection start = RawConnection.hijack(socket, "/v1.41/exec/" + exec + "/start", "{\"Detach\":false,\"Tty\":false}")) {
      assertThat(start.head()).isEqualTo(UPGRADED + "Api-Version: 1.41\r\nDocker-Experimental: false\r\nOstype: linux\r\n"
          + "Server: Berth/" + BerthServer.VERSION + " (linux)\r\n\r\n");
      assertThat(latin1(start.rest())).isEqualTo(RawConnection.frame(1, "o\n"));
    }
    JsonNode after = Json.MAPPER.readTree(http.get("/v1.41/exec/" + exec + "/json").rawBody());
    assertThat(after.get("ExitCode").asInt()).isEqualTo(4);
    assertThat(after.get("Running").asBoolean()).isFalse();
    assertThat(after.get("Pid").asLong()).isPositive();
    try (RawConnection again = RawConnection.hijack(socket, "/v1.41/exec/" + exec + "/start", "{\"Detach\":false,\"Tty\":false}")) {
      again.head();
      assertThat(latin1(again.rest())).isEqualTo(RawConnection.frame(1, "Error: Exec command " + exec + " has already run\r\n"));
    }
    expectError(post("/exec/" + exec + "/resize?h=10&w=10"), 404, "no such exec");
    expectError(http.get("/exec/nosuch/json"), 404, "No such exec instance: nosuch");
    String detached = Json.MAPPER.readTree(http.send("POST", "/containers/e1/exec", "application/json",
        "{\"Cmd\":[\"sleep\",\"600\"]}".getBytes(StandardCharsets.UTF_8)).rawBody()).get("Id").asText();
    UnixHttp.Reply detachedStart = http.send("POST", "/exec/" + detached + "/start", "application/json",
        "{\"Detach\":true,\"Tty\":false}".getBytes(StandardCharsets.UTF_8));
    assertThat(detachedStart.status()).isEqualTo(200);
    assertThat(detachedStart.header("Content-Length")).isEqualTo("0");
    assertThat(detachedStart.header("Content-Type")).isNull();
    JsonNode running = Json.MAPPER.readTree(http.get("/exec/" + detached + "/json").rawBody());
    assertThat(running.get("Running").asBoolean()).isTrue();
    assertThat(running.get("ExitCode").isNull()).isTrue();
    assertThat(running.get("Pid").asLong()).isPositive();
    assertThat(post("/exec/" + detached + "/resize?h=10&w=10").status()).isEqualTo(200);
    expectError(http.send("POST", "/containers/e1/exec", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
        400, "No exec command specified");
  }

  /** The daemon's getExecConfig: paused container 409 (by ID), stopped or restarted container: gone. */
  @Test
  void execInstancesLiveAsLongAsTheirContainerRuns() throws Exception {
    String id = create("e4", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/e4/start").status()).isEqualTo(204);
    String paused = newExec("e4", "{\"Cmd\":[\"true\"]}");
    assertThat(post("/containers/e4/pause").status()).isEqualTo(204);
    expectError(startDetached(paused), 409, "Container " + id + " is paused, unpause the container before exec");
    expectError(post("/exec/" + paused + "/resize?h=1&w=1"), 409, "Container " + id + " is paused, unpause the container before exec");
    assertThat(post("/containers/e4/unpause").status()).isEqualTo(204);
    assertThat(startDetached(paused).status()).isEqualTo(200);
    String stale = newExec("e4", "{\"Cmd\":[\"true\"]}");
    assertThat(post("/containers/e4/restart?t=0").status()).isEqualTo(204);
    expectError(startDetached(stale), 404, "No such exec instance: " + stale);
    expectError(http.get("/exec/" + paused + "/json"), 404, "No such exec instance: " + paused);
  }

  @Test
  void detachedExecOfAMissingCommandAnswersTheRuntimesError() throws Exception {
    create("e5", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/e5/start").status()).isEqualTo(204);
    String exec = newExec("e5", "{\"Cmd\":[\"nosuchcmd\"]}");
    expectError(startDetached(exec), 400, "OCI runtime exec failed: exec failed: unable to start"
        + " container process: exec: \"nosuchcmd\": executable file not found in $PATH: unknown");
    expectError(post("/exec/" + exec + "/resize?h=foo&w=1"), 400, "strconv.Atoi: parsing \"foo\": invalid syntax");
    expectError(post("/exec/nosuch/resize?h=1"), 400, "strconv.Atoi: parsing \"\": invalid syntax");
    expectError(post("/exec/nosuch/resize?h=1&w=2"), 404, "No such exec instance: nosuch");
  }

  private String newExec(String container, String json) throws Exception {
    UnixHttp.Reply r = http.send("POST", "/containers/" + container + "/exec", "application/json",
        json.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
  }

  private UnixHttp.Reply startDetached(String exec) throws Exception {
    return http.send("POST", "/exec/" + exec + "/start", "application/json",
        "{\"Detach\":true}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void execOfAMissingCommandReportsRuncsErrorInTheStream() throws Exception {
    create("e2", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/e2/start").status()).isEqualTo(204);
    String exec = Json.MAPPER.readTree(http.send("POST", "/containers/e2/exec", "application/json",
        "{\"AttachStdout\":true,\"AttachStderr\":true,\"Cmd\":[\"nosuchcmd\"]}".getBytes(StandardCharsets.UTF_8)).rawBody())
        .get("Id").asText();
    try (RawConnection start = RawConnection.hijack(socket, "/exec/" + exec + "/start", "{\"Detach\":false,\"Tty\":false}")) {
      start.head();
      assertThat(latin1(start.rest())).isEqualTo(RawConnection.frame(1, "OCI runtime exec failed: exec failed: unable to start"
          + " container process: exec: \"nosuchcmd\": executable file not found in $PATH: unknown\r\n"));
    }
    assertThat(Json.MAPPER.readTree(http.get("/exec/" + exec + "/json").rawBody()).get("ExitCode").asInt()).isEqualTo(126);
  }

  /** What dockerd 20.10 logs for an exec that runs and one that cannot start (no exec_die). */
  @Test
  void execLogsTheDaemonsEvents() throws Exception {
    String id = create("e3", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/e3/start").status()).isEqualTo(204);
    List<String> execs = new ArrayList<>();
    for (String cmd : List.of("true", "nosuchcmd")) {
      String exec = Json.MAPPER.readTree(http.send("POST", "/containers/e3/exec", "application/json",
          ("{\"AttachStdout\":true,\"Cmd\":[\"" + cmd + "\"]}").getBytes(StandardCharsets.UTF_8)).rawBody())
          .get("Id").asText();
      try (RawConnection start = RawConnection.hijack(socket, "/exec/" + exec + "/start", "{\"Detach\":false,\"Tty\":false}")) {
        start.head();
        start.rest();
      }
      execs.add(exec);
    }
    List<String> logged = new dev.berth.events.EventLog(engine.store()).after(0, dev.berth.events.EventFilter.none())
        .events().stream().filter(e -> e.action().startsWith("exec"))
        .map(e -> e.actorId() + " " + e.action() + "|" + new java.util.TreeMap<>(e.attributes())).toList();
    String t = execs.get(0);
    String n = execs.get(1);
    assertThat(logged).containsExactly(
        id + " exec_create: true |{execID=" + t + ", image=busybox, name=e3}",
        id + " exec_start: true |{execID=" + t + ", image=busybox, name=e3}",
        id + " exec_die|{execID=" + t + ", exitCode=0, image=busybox, name=e3}",
        id + " exec_create: nosuchcmd |{execID=" + n + ", image=busybox, name=e3}",
        id + " exec_start: nosuchcmd |{execID=" + n + ", image=busybox, name=e3}");
  }

  @Test
  void commitAnswersTheNewImageId() throws Exception {
    create("k1", "{\"Image\":\"busybox\",\"Cmd\":[\"true\"]}");
    UnixHttp.Reply r = http.send("POST", "/v1.41/commit?author=&comment=&container=k1&repo=docker.io%2Flibrary%2Fcimg&tag=1",
        "application/json", "null".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).matches("\\{\"Id\":\"sha256:[0-9a-f]{64}\"}\n");
    String id = Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
    String tagged = engine.store().db().read(c -> dev.berth.image.Names.resolve(c, "cimg:1"));
    assertThat(tagged).isEqualTo(id);
    expectError(post("/commit?container=nosuch"), 404, "No such container: nosuch");
  }

  @Test
  void commitAppliesEveryChangesParameterInOrder() throws Exception {
    create("k2", "{\"Image\":\"busybox\",\"Cmd\":[\"true\"]}");
    // what the docker CLI sends for: commit -c 'ENV A=1' -c 'CMD ["x"]' -c 'ENTRYPOINT' k2
    UnixHttp.Reply r = http.send("POST", "/v1.41/commit?author=&changes=ENV+A%3D1&changes=CMD+%5B%22x%22%5D"
        + "&changes=ENTRYPOINT&comment=&container=k2&pause=1", "application/json",
        "null".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
    JsonNode config = Json.MAPPER.readTree(http.get("/v1.41/images/" + id + "/json").rawBody()).get("Config");
    assertThat(config.get("Env").toString()).isEqualTo("[\"A=1\"]"); // the imported image has no env
    assertThat(config.get("Cmd").toString()).isEqualTo("[\"x\"]");
    assertThat(config.get("Entrypoint").isNull()).isTrue();
    expectError(post("/v1.41/commit?container=k2&changes=CMD+a&changes=RUN+x"), 400,
        "run is not a valid change command");
    expectError(post("/v1.41/commit?container=k2&changes=EXPOSE+80%2Fxyz"), 400, "Invalid proto: xyz");
  }

  @Test
  void commitOfARunningContainerPausesItByDefault() throws Exception {
    create("k3", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/k3/start").status()).isEqualTo(204);
    assertThat(engine.lifecycle().exec("k3", dev.berth.runtime.ExecRequest.of("sh", "-c", "echo data > /f"), null,
        new ByteArrayOutputStream(), new ByteArrayOutputStream())).isZero();
    UnixHttp.Reply paused = post("/v1.41/commit?container=k3&repo=rc&tag=1");
    assertThat(paused.status()).as(paused.body()).isEqualTo(201);
    UnixHttp.Reply live = post("/v1.41/commit?container=k3&repo=rc&tag=2&pause=0");
    assertThat(live.status()).as(live.body()).isEqualTo(201);
    JsonNode state = Json.MAPPER.readTree(http.get("/v1.41/containers/k3/json").rawBody()).get("State");
    assertThat(state.get("Status").asText()).isEqualTo("running");
    String filters = java.net.URLEncoder.encode("{\"event\":[\"pause\",\"unpause\",\"commit\"]}",
        StandardCharsets.UTF_8);
    String events = http.get("/v1.41/events?since=0&until=" + (System.currentTimeMillis() / 1000 + 1) + "&filters="
        + filters).body();
    assertThat(events.lines().map(l -> l.replaceAll(".*\"Action\":\"([a-z]+)\".*", "$1")).toList())
        .containsExactly("pause", "commit", "unpause", "commit");
  }

  private String execCreate(String container, String json) throws Exception {
    UnixHttp.Reply r = http.send("POST", "/v1.41/containers/" + container + "/exec", "application/json",
        json.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
  }

  @Test
  void execWithATtyAnswersOneRawStream() throws Exception {
    create("t1", "{\"Image\":\"busybox\",\"Cmd\":[\"sleep\",\"600\"]}");
    assertThat(post("/containers/t1/start").status()).isEqualTo(204);
    // dockerd 20.10: the terminal's bytes, stderr included, no multiplexing frames
    String exec = execCreate("t1", "{\"AttachStdout\":true,\"AttachStderr\":true,\"Tty\":true,"
        + "\"Cmd\":[\"sh\",\"-c\",\"tty; echo err >&2; exit 3\"]}");
    try (RawConnection start = RawConnection.hijack(socket, "/v1.41/exec/" + exec + "/start", "{\"Detach\":false,\"Tty\":true}")) {
      start.head();
      assertThat(latin1(start.rest())).matches("/dev/pts/[0-9]+\r\nerr\r\n");
    }
    JsonNode after = Json.MAPPER.readTree(http.get("/v1.41/exec/" + exec + "/json").rawBody());
    assertThat(after.get("ExitCode").asInt()).isEqualTo(3);
    assertThat(after.path("ProcessConfig").get("tty").asBoolean()).isTrue();
    String interactive = execCreate("t1", "{\"AttachStdin\":true,\"AttachStdout\":true,\"AttachStderr\":true,"
        + "\"Tty\":true,\"Cmd\":[\"sh\",\"-c\",\"read x; echo got $x; echo e >&2\"]}");
    try (RawConnection start = RawConnection.hijack(socket, "/v1.41/exec/" + interactive + "/start",
        "{\"Detach\":false,\"Tty\":true}")) {
      start.head();
      start.write("hi\n".getBytes(StandardCharsets.UTF_8));
      // the terminal echoes the input, as dockerd's answer shows: hi\r\ngot hi\r\ne\r\n
      assertThat(latin1(start.rest())).isEqualTo("hi\r\ngot hi\r\ne\r\n");
    }
    String missing = execCreate("t1", "{\"AttachStdout\":true,\"AttachStderr\":true,\"Tty\":true,"
        + "\"Cmd\":[\"nosuchcmd\"]}");
    try (RawConnection start = RawConnection.hijack(socket, "/v1.41/exec/" + missing + "/start", "{\"Detach\":false,\"Tty\":true}")) {
      start.head();
      assertThat(latin1(start.rest())).isEqualTo("OCI runtime exec failed: exec failed: unable to start container"
          + " process: exec: \"nosuchcmd\": executable file not found in $PATH: unknown\r\n");
    }
    assertThat(Json.MAPPER.readTree(http.get("/exec/" + missing + "/json").rawBody()).get("ExitCode").asInt())
        .isEqualTo(126);
  }
}
