package dev.berth.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.api.json.ContainerJson;
import dev.berth.api.json.ContainerSummary;
import dev.berth.api.json.ImageJson;
import dev.berth.api.json.JsonFields;
import dev.berth.api.json.ServerVersion;
import dev.berth.api.json.SystemJson;
import dev.berth.cli.ops.ContainerOps;
import dev.berth.cli.ops.Daemon;
import dev.berth.cli.ops.ImageOps;
import dev.berth.cli.ops.SystemOps;
import dev.berth.cli.ops.VolumeOps;
import dev.berth.container.ContainerService;
import dev.berth.engine.SystemInfo;
import dev.berth.image.DeleteRecord;
import dev.berth.image.Filters;
import dev.berth.image.ImageInspector;
import dev.berth.image.ImageService;
import dev.berth.image.ImageSummary;
import dev.berth.api.json.EventJson;
import dev.berth.api.json.VolumeJson;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.ops.ClientTimestamp;
import dev.berth.cli.ops.DiskUsageReport;
import dev.berth.engine.CommitRequest;
import dev.berth.errors.SystemException;
import dev.berth.events.Event;
import dev.berth.reference.Reference;
import dev.berth.reference.ReferenceDialect;
import dev.berth.runtime.ExecRequest;
import dev.berth.runtime.TopResult;
import dev.berth.store.BerthStore;
import dev.berth.volume.VolumeRecord;
import dev.berth.volume.VolumeService;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.jetty.client.InputStreamRequestContent;

/** A Docker Engine API endpoint ({@code berth serve}, dockerd, podman) as the CLI's data source. */
public final class RemoteDaemon implements Daemon {
  private final ApiClient api;

  public RemoteDaemon(String host) {
    this.api = new ApiClient(host);
  }

  @Override
  public ImageOps images() {
    return new Images();
  }

  @Override
  public ContainerOps containers() {
    return new Containers();
  }

  @Override
  public SystemOps system() {
    return new System();
  }

  @Override
  public VolumeOps volumes() {
    return new Volumes();
  }

  @Override
  public dev.berth.cli.ops.NetworkOps networks() {
    return new Networks();
  }

  @Override
  public void close() {
    api.close();
  }

  /** Query parameters in the docker client's spelling (booleans as {@code 1}, set only when true). */
  private static final class Query {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Query flag(String key, boolean on) {
      if (on) {
        values.put(key, List.of("1"));
      }
      return this;
    }

    Query put(String key, String value) {
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** {@code filters={"key":{"value":true}}}, only when there are filters. */
    Query filters(Filters filters) {
      if (!filters.values().isEmpty()) {
        ObjectNode o = JsonFields.MAPPER.createObjectNode();
        new TreeMap<>(filters.values()).forEach((k, vs) -> {
          ObjectNode set = o.putObject(k);
          new java.util.TreeSet<>(vs).forEach(v -> set.put(v, true));
        });
        put("filters", o.toString());
      }
      return this;
    }

    Map<String, List<String>> map() {
      return values;
    }
  }

  private final class Images implements ImageOps {
    @Override
    public List<ImageSummary> list(boolean all, Filters filters) {
      return ImageJson.summaries(api.json("GET", "/images/json", new Query().flag("all", all).filters(filters).map(),
          null));
    }

    @Override
    public JsonNode inspect(String name) {
      return api.json("GET", "/images/" + name + "/json", Map.of(), null);
    }

    @Override
    public List<ImageInspector.HistoryItem> history(String name) {
      return ImageJson.history(api.json("GET", "/images/" + name + "/history", Map.of(), null));
    }

    @Override
    public void tag(String source, String repo, String tag) {
      Query q = new Query().put("repo", repo);
      if (tag != null && !tag.isEmpty()) {
        q.put("tag", tag);
      }
      api.json("POST", "/images/" + source + "/tag", q.map(), null);
    }

    @Override
    public List<DeleteRecord> remove(String name, boolean force, boolean noPrune) {
      return ImageJson.deleteRecords(api.json("DELETE", "/images/" + name,
          new Query().flag("force", force).flag("noprune", noPrune).map(), null));
    }

    @Override
    public ImageService.PruneReport prune(Filters filters) {
      return ImageJson.pruneReport(api.json("POST", "/images/prune", new Query().filters(filters).map(), null));
    }

    /** {@code POST /images/load?quiet=1}: the answer is a stream of JSON messages. */
    @Override
    public void load(InputStream archive, Consumer<String> lines) {
      try (ApiClient.Reply r = api.call("POST", "/images/load", new Query().flag("quiet", true).map(),
          "application/x-tar", new InputStreamRequestContent("application/x-tar", archive))) {
        if (r.contentType() == null || !r.contentType().startsWith("application/json")) {
          new String(r.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().forEach(lines);
          return;
        }
        try (MappingIterator<JsonNode> messages = JsonFields.MAPPER.readerFor(JsonNode.class).readValues(r.body())) {
          while (messages.hasNext()) {
            JsonNode m = messages.next();
            if (m.has("errorDetail") || m.has("error")) {
              String text = m.path("errorDetail").path("message").asText(m.path("error").asText(""));
              throw new LoadFailed(text);
            }
            String stream = m.path("stream").asText("");
            if (!stream.isEmpty()) {
              stream.lines().forEach(lines);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * {@code POST /images/create?fromSrc=-}: the docker client sends the reference as typed in
     * {@code repo} and an empty {@code tag}; the answer is a stream of JSON messages whose last
     * {@code status} is the image ID.
     */
    @Override
    public String importImage(InputStream tar, String reference, String message, List<String> changes) {
      Query q = new Query().put("fromSrc", "-").put("repo", reference == null ? "" : reference).put("tag", "")
          .put("message", message == null ? "" : message);
      changes.forEach(c -> q.put("changes", c));
      String id = "";
      try (ApiClient.Reply r = api.call("POST", "/images/create", q.map(), "text/plain",
          new InputStreamRequestContent("text/plain", tar))) {
        for (JsonNode m : JsonMessages.read(r.body())) {
          id = m.path("status").asText(id);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return id;
    }

    @Override
    public void build(BuildParams params, InputStream contextTar, Consumer<JsonNode> messages) {
      Query q = new Query();
      if (!params.buildArgs().isEmpty()) {
        ObjectNode args = JsonFields.MAPPER.createObjectNode();
        params.buildArgs().forEach((k, v) -> {
          if (v == null) {
            args.putNull(k);
          } else {
            args.put(k, v);
          }
        });
        q.put("buildargs", args.toString());
      } else {
        q.put("buildargs", "{}");
      }
      com.fasterxml.jackson.databind.node.ArrayNode cacheFrom = JsonFields.MAPPER.createArrayNode();
      params.cacheFrom().forEach(cacheFrom::add);
      q.put("cachefrom", cacheFrom.toString());
      q.put("dockerfile", params.dockerfile());
      q.flag("forcerm", params.forceRm());
      ObjectNode labels = JsonFields.MAPPER.createObjectNode();
      params.labels().forEach(labels::put);
      q.put("labels", labels.toString());
      q.put("networkmode", params.network());
      q.flag("nocache", params.noCache());
      if (params.platform() != null) {
        q.put("platform", params.platform());
      }
      q.flag("pull", params.pull());
      q.flag("q", params.quiet());
      q.put("rm", params.rm() ? "1" : "0");
      params.tags().forEach(t -> q.put("t", t));
      if (params.target() != null) {
        q.put("target", params.target());
      }
      q.put("version", "1");
      try (ApiClient.Reply r = api.call("POST", "/build", q.map(), "application/x-tar",
          new InputStreamRequestContent("application/x-tar", contextTar));
          MappingIterator<JsonNode> it = JsonFields.MAPPER.readerFor(JsonNode.class).readValues(r.body())) {
        while (it.hasNext()) {
          messages.accept(it.next());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code POST /images/create?fromImage=&tag=}: the familiar name and the tag ({@code latest} by default). */
    @Override
    public void pull(String reference, java.io.PrintStream progress) {
      Reference ref = Reference.parse(reference, ReferenceDialect.CLI_28);
      String tag = ref.digest().orElse(ref.tag().orElse(Reference.DEFAULT_TAG));
      try (ApiClient.Reply r = api.call("POST", "/images/create",
          new Query().put("fromImage", ref.familiarName()).put("tag", tag).map(), null, null)) {
        for (JsonNode m : JsonMessages.read(r.body())) {
          String status = m.path("status").asText("");
          if (!status.isEmpty()) {
            String id = m.path("id").asText("");
            progress.println(id.isEmpty() ? status : id + ": " + status);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void save(List<String> names, OutputStream out) {
      Query q = new Query();
      names.forEach(n -> q.put("names", n));
      try (ApiClient.Reply r = api.call("GET", "/images/get", q.map(), null, null)) {
        r.body().transferTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final class Containers implements ContainerOps {
    @Override
    public List<ContainerSummary> list(boolean all, int limit, Filters filters, boolean size) {
      Query q = new Query().flag("all", all).flag("size", size).filters(filters);
      if (limit > 0) {
        q.put("limit", Integer.toString(limit));
      }
      return ContainerJson.summaries(api.json("GET", "/containers/json", q.map(), null));
    }

    @Override
    public JsonNode inspect(String name) {
      return inspect(name, false);
    }

    @Override
    public JsonNode inspect(String name, boolean size) {
      return api.json("GET", "/containers/" + name + "/json", size ? Map.of("size", List.of("1")) : Map.<String, List<String>>of(), null);
    }

    @Override
    public String create(String image, String name, String config) {
      return create(image, name, config, w -> { });
    }

    @Override
    public String create(String image, String name, String config, java.util.function.Consumer<String> warning) {
      Query q = new Query();
      if (name != null) {
        q.put("name", name);
      }
      JsonNode created = api.json("POST", "/containers/create", q.map(), CreateBody.of(config));
      created.path("Warnings").forEach(w -> warning.accept(w.asText()));
      return ContainerJson.createdId(created);
    }

    @Override
    public void remove(String name, boolean force, boolean volumes) {
      api.json("DELETE", "/containers/" + name, new Query().flag("v", volumes).flag("force", force).map(), null);
    }

    @Override
    public void removeLink(String name) {
      api.json("DELETE", "/containers/" + name, new Query().flag("link", true).map(), null);
    }

    @Override
    public ContainerService.PruneReport prune(Filters filters) {
      return ContainerJson.pruneReport(api.json("POST", "/containers/prune", new Query().filters(filters).map(), null));
    }

    @Override
    public void start(String name) {
      api.json("POST", "/containers/" + name + "/start", Map.of(), null);
    }

    private Query timeout(Integer seconds) {
      Query q = new Query();
      if (seconds != null) {
        q.put("t", Integer.toString(seconds));
      }
      return q;
    }

    @Override
    public void stop(String name, Integer seconds) {
      api.json("POST", "/containers/" + name + "/stop", timeout(seconds).map(), null);
    }

    @Override
    public void restart(String name, Integer seconds) {
      api.json("POST", "/containers/" + name + "/restart", timeout(seconds).map(), null);
    }

    @Override
    public void kill(String name, String signal) {
      Query q = new Query();
      if (signal != null && !signal.isEmpty()) {
        q.put("signal", signal);
      }
      api.json("POST", "/containers/" + name + "/kill", q.map(), null);
    }

    @Override
    public int await(String name) {
      return waitResult(api.call("POST", "/containers/" + name + "/wait", Map.of(), null, null));
    }

    /** The answer of {@code /wait}: its {@code StatusCode}, or its {@code Error} as the daemon's error. */
    private int waitResult(ApiClient.Reply reply) {
      JsonNode o;
      try (reply) {
        o = JsonFields.MAPPER.readTree(reply.body());
      } catch (IOException e) {
        throw new SystemException("error reading the daemon's answer: " + e.getMessage());
      }
      String error = o.path("Error").path("Message").asText("");
      if (!error.isEmpty()) {
        throw new SystemException(error);
      }
      return o.path("StatusCode").asInt();
    }

    @Override
    public void pause(String name) {
      api.json("POST", "/containers/" + name + "/pause", Map.of(), null);
    }

    @Override
    public void update(String name, JsonNode update) {
      api.json("POST", "/containers/" + name + "/update", Map.of(), update);
    }

    @Override
    public void unpause(String name) {
      api.json("POST", "/containers/" + name + "/unpause", Map.of(), null);
    }

    @Override
    public void rename(String name, String newName) {
      api.json("POST", "/containers/" + name + "/rename", new Query().put("name", newName).map(), null);
    }

    /** {@code GET /containers/{id}/changes}: {@code Kind} 0, 1, 2 is C, A, D; {@code null} is none. */
    @Override
    public List<dev.berth.image.ContainerChanges.Change> changes(String name) {
      JsonNode a = api.json("GET", "/containers/" + name + "/changes", Map.of(), null);
      List<dev.berth.image.ContainerChanges.Change> out = new ArrayList<>();
      dev.berth.image.ContainerChanges.Kind[] kinds = dev.berth.image.ContainerChanges.Kind.values();
      for (JsonNode c : a) {
        int kind = c.path("Kind").asInt(-1);
        if (kind < 0 || kind >= kinds.length) {
          throw new dev.berth.errors.SystemException("unknown change kind " + c.path("Kind"));
        }
        out.add(new dev.berth.image.ContainerChanges.Change(c.path("Path").asText(), kinds[kind]));
      }
      return out;
    }

    @Override
    public void stats(String name, boolean stream, Consumer<dev.berth.stats.ContainerStats> sink,
        BooleanSupplier stop) {
      Query q = new Query();
      q.put("stream", stream ? "1" : "0");
      try (ApiClient.Reply r = api.call("GET", "/containers/" + name + "/stats", q.map(), null, null)) {
        for (JsonNode m : JsonMessages.read(r.body())) {
          sink.accept(dev.berth.api.json.StatsJson.read(m));
          if (!stream || stop.getAsBoolean()) {
            return;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public TopResult top(String name, List<String> psArgs) {
      Query q = new Query();
      if (!psArgs.isEmpty()) {
        q.put("ps_args", String.join(" ", psArgs));
      }
      JsonNode o = api.json("GET", "/containers/" + name + "/top", q.map(), null);
      List<String> titles = new ArrayList<>();
      o.path("Titles").forEach(t -> titles.add(t.asText()));
      List<List<String>> processes = new ArrayList<>();
      for (JsonNode p : o.path("Processes")) {
        List<String> row = new ArrayList<>();
        p.forEach(v -> row.add(v.asText()));
        processes.add(row);
      }
      return new TopResult(titles, processes);
    }

    /** As the docker CLI: the container's {@code Tty} decides whether the stream is multiplexed. */
    @Override
    public void logs(String name, LogsRequest request, OutputStream out, OutputStream err) {
      boolean tty = inspect(name).path("Config").path("Tty").asBoolean(false);
      long now = BerthStore.nowNs();
      Query q = new Query().flag("stdout", true).flag("stderr", true);
      String since = ClientTimestamp.forLogs("since", request.since(), now);
      if (!since.isEmpty()) {
        q.put("since", since);
      }
      String until = ClientTimestamp.forLogs("until", request.until(), now);
      if (!until.isEmpty()) {
        q.put("until", until);
      }
      q.flag("timestamps", request.timestamps()).flag("follow", request.follow()).put("tail", request.tail())
          .flag("details", request.details());
      try (ApiClient.Reply r = api.call("GET", "/containers/" + name + "/logs", q.map(), null, null)) {
        StdStreamCopier.copy(r.body(), !tty, out, err);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * {@code POST /commit}: the reference is split on the client into {@code repo} (familiar
     * name) and {@code tag} ({@code latest} by default), as the docker client does.
     */
    @Override
    public String commit(CommitRequest request) {
      String repo = "";
      String tag = "";
      if (request.reference() != null && !request.reference().isEmpty()) {
        Reference ref;
        try {
          ref = Reference.parse(request.reference(), ReferenceDialect.CLI_28);
        } catch (RuntimeException e) {
          throw new CommandFailed(e.getMessage(), 1);
        }
        if (ref.isDigest()) {
          throw new CommandFailed("refusing to create a tag with a digest reference", 1);
        }
        repo = ref.familiarName();
        tag = ref.tag().orElse(Reference.DEFAULT_TAG);
      }
      Query q = new Query().put("author", request.author() == null ? "" : request.author())
          .put("comment", request.message() == null ? "" : request.message())
          .put("container", request.container()).put("repo", repo).put("tag", tag);
      request.changes().forEach(c -> q.put("changes", c));
      if (!request.pause()) {
        q.put("pause", "0");
      }
      JsonNode body = request.config() == null ? JsonFields.MAPPER.createObjectNode() : request.config();
      return api.json("POST", "/commit", q.map(), body).path("Id").asText();
    }

    @Override
    public int runAttached(String id, boolean autoRemove, InputStream stdin, OutputStream out, OutputStream err) {
      JsonNode c = inspect(id);
      return attachAndStart(c, autoRemove, stdin, out, err);
    }

    @Override
    public void discardAutoRemoved(String id) {
      // the daemon removes an AutoRemove container whose start failed
    }

    @Override
    public int startAttached(String name, InputStream stdin, OutputStream out, OutputStream err) {
      JsonNode c = inspect(name);
      boolean openStdin = c.path("Config").path("OpenStdin").asBoolean(false);
      return attachAndStart(c, c.path("HostConfig").path("AutoRemove").asBoolean(false), openStdin ? stdin : null,
          out, err);
    }

    /**
     * The docker CLI's order: attach, wait ({@code next-exit}, or {@code removed} for an
     * AutoRemove container), start, copy the streams until the daemon ends them, then the exit code.
     */
    private int attachAndStart(JsonNode container, boolean autoRemove, InputStream stdin, OutputStream out,
        OutputStream err) {
      String id = container.path("Id").asText();
      boolean tty = container.path("Config").path("Tty").asBoolean(false);
      Query q = new Query().flag("stderr", true).flag("stdin", stdin != null).flag("stdout", true).flag("stream", true);
      try (HijackedConnection h = api.hijack("POST", "/containers/" + id + "/attach", q.map(), null)) {
        ApiClient.Reply wait = api.call("POST", "/containers/" + id + "/wait",
            new Query().put("condition", autoRemove ? "removed" : "next-exit").map(), null, null);
        try {
          api.json("POST", "/containers/" + id + "/start", Map.of(), null);
        } catch (RuntimeException e) {
          closeQuietly(wait);
          throw e;
        }
        pump(h, stdin, tty, out, err);
        if (stdin instanceof dev.berth.container.DetachKeys.EscapeInput e && e.detached()) {
          closeQuietly(wait);
          return 0;
        }
        return waitResult(wait);
      }
    }

    @Override
    public int exec(String name, ExecRequest request, InputStream stdin, OutputStream out, OutputStream err) {
      ObjectNode config = JsonFields.MAPPER.createObjectNode();
      config.put("User", request.user());
      config.put("Privileged", false);
      config.put("Tty", request.tty());
      config.put("AttachStdin", request.interactive());
      config.put("AttachStderr", !request.detach());
      config.put("AttachStdout", !request.detach());
      config.put("Detach", request.detach());
      config.put("DetachKeys", "");
      if (request.env().isEmpty()) {
        config.putNull("Env");
      } else {
        request.env().forEach(config.putArray("Env")::add);
      }
      config.put("WorkingDir", request.workdir());
      request.cmd().forEach(config.putArray("Cmd")::add);
      String execId = api.json("POST", "/containers/" + name + "/exec", Map.of(), config).path("Id").asText();
      ObjectNode start = JsonFields.MAPPER.createObjectNode().put("Detach", request.detach()).put("Tty", request.tty());
      if (request.detach()) {
        api.json("POST", "/exec/" + execId + "/start", Map.of(), start);
        return 0;
      }
      try (HijackedConnection h = api.hijack("POST", "/exec/" + execId + "/start", Map.of(), start)) {
        pump(h, request.interactive() ? stdin : null, request.tty(), out, err);
      }
      return api.json("GET", "/exec/" + execId + "/json", Map.of(), null).path("ExitCode").asInt();
    }

    @Override
    public void attach(String id, InputStream stdin, OutputStream out, OutputStream err, Runnable attached) {
      JsonNode c = inspect(id);
      boolean tty = c.path("Config").path("Tty").asBoolean(false);
      Query q = new Query().flag("stderr", true).flag("stdin", stdin != null).flag("stdout", true).flag("stream", true);
      try (HijackedConnection h = api.hijack("POST", "/containers/" + id + "/attach", q.map(), null)) {
        attached.run();
        pump(h, stdin, tty, out, err);
      }
    }

    @Override
    public void resize(String id, int height, int width) {
      api.json("POST", "/containers/" + id + "/resize",
          new Query().put("h", Integer.toString(height)).put("w", Integer.toString(width)).map(), null);
    }

    /** Copies stdin (if any) to the daemon on its own thread and the daemon's output here, until it ends. */
    private void pump(HijackedConnection h, InputStream stdin, boolean tty, OutputStream out, OutputStream err) {
      if (stdin != null) {
        Thread.ofVirtual().name("stdin").start(() -> {
          try {
            stdin.transferTo(h.output());
          } catch (IOException e) {
            // the daemon closed the stream: the process ended
          }
          h.closeWrite();
        });
      }
      try {
        StdStreamCopier.copy(h.input(), !tty, out, err);
      } catch (IOException e) {
        if (e.getCause() == null && e.getMessage() != null && !(e instanceof java.nio.channels.ClosedChannelException)) {
          // a frame of the daemon's own error stream, or a broken connection: the daemon's words
          throw new SystemException(e.getMessage());
        }
      }
    }

    private static void closeQuietly(ApiClient.Reply r) {
      try {
        r.close();
      } catch (IOException e) {
        // abandoning the answer
      }
    }
  }

  private final class Volumes implements VolumeOps {
    @Override
    public JsonNode inspect(String name) {
      return api.json("GET", "/volumes/" + name, Map.of(), null);
    }

    @Override
    public VolumeRecord create(String name, String driver, Map<String, String> labels, Map<String, String> options) {
      ObjectNode body = JsonFields.MAPPER.createObjectNode();
      body.put("Driver", driver);
      ObjectNode opts = body.putObject("DriverOpts");
      if (options != null) {
        options.forEach(opts::put);
      }
      ObjectNode l = body.putObject("Labels");
      if (labels != null) {
        labels.forEach(l::put);
      }
      body.put("Name", name);
      return VolumeJson.volume(api.json("POST", "/volumes/create", Map.of(), body));
    }

    @Override
    public List<Listed> list(Filters filters) {
      JsonNode o = api.json("GET", "/volumes", new Query().filters(filters).map(), null);
      List<Listed> out = new ArrayList<>();
      for (JsonNode v : o.path("Volumes")) {
        out.add(new Listed(VolumeJson.volume(v), VolumeJson.mountpoint(v)));
      }
      return out;
    }

    @Override
    public void remove(String name, boolean force) {
      api.json("DELETE", "/volumes/" + name, new Query().flag("force", force).map(), null);
    }

    @Override
    public VolumeService.PruneReport prune(Filters filters) {
      JsonNode o = api.json("POST", "/volumes/prune", new Query().filters(filters).map(), null);
      List<String> deleted = new ArrayList<>();
      o.path("VolumesDeleted").forEach(v -> deleted.add(v.asText()));
      return new VolumeService.PruneReport(deleted, o.path("SpaceReclaimed").asLong());
    }
  }

  private final class Networks implements dev.berth.cli.ops.NetworkOps {
    @Override
    public List<JsonNode> list(Filters filters) {
      List<JsonNode> out = new ArrayList<>();
      api.json("GET", "/networks", new Query().filters(filters).map(), null).forEach(out::add);
      return out;
    }

    @Override
    public JsonNode inspect(String idOrName) {
      return api.json("GET", "/networks/" + idOrName, Map.of(), null);
    }

    @Override
    public void remove(String idOrName) {
      api.json("DELETE", "/networks/" + idOrName, Map.of(), null);
    }

    @Override
    public String create(ObjectNode body) {
      return api.json("POST", "/networks/create", Map.of(), body).path("Id").asText("");
    }

    @Override
    public void connect(String network, String container, boolean connect, boolean force) {
      ObjectNode body = JsonFields.MAPPER.createObjectNode();
      body.put("Container", container);
      if (!connect) {
        body.put("Force", force);
      }
      api.json("POST", "/networks/" + network + (connect ? "/connect" : "/disconnect"), Map.of(), body);
    }

    @Override
    public void connect(String network, String container, com.fasterxml.jackson.databind.JsonNode endpointConfig) {
      ObjectNode body = JsonFields.MAPPER.createObjectNode();
      body.put("Container", container);
      body.set("EndpointConfig", endpointConfig);
      api.json("POST", "/networks/" + network + "/connect", Map.of(), body);
    }

    @Override
    public List<String> prune(Filters filters) {
      List<String> out = new ArrayList<>();
      api.json("POST", "/networks/prune", new Query().filters(filters).map(), null).path("NetworksDeleted")
          .forEach(n -> out.add(n.asText()));
      return out;
    }
  }

  private final class System implements SystemOps {
    @Override
    public ServerVersion version() {
      return SystemJson.version(api.json("GET", "/version", Map.of(), null));
    }

    @Override
    public JsonNode info() {
      return api.json("GET", "/info", Map.of(), null);
    }

    @Override
    public DiskUsageReport diskUsage() {
      JsonNode o = api.json("GET", "/system/df", Map.of(), null);
      List<DiskUsageReport.ContainerUsage> containers = new ArrayList<>();
      for (JsonNode c : o.path("Containers")) {
        containers.add(new DiskUsageReport.ContainerUsage(ContainerJson.summary(c), c.path("SizeRw").asLong(0)));
      }
      List<DiskUsageReport.VolumeUsage> volumes = new ArrayList<>();
      for (JsonNode v : o.path("Volumes")) {
        volumes.add(new DiskUsageReport.VolumeUsage(VolumeJson.volume(v), VolumeJson.mountpoint(v),
            v.path("UsageData").path("RefCount").asLong(-1), v.path("UsageData").path("Size").asLong(-1)));
      }
      return new DiskUsageReport(o.path("LayersSize").asLong(), ImageJson.summaries(o.path("Images")), containers,
          volumes);
    }

    @Override
    public void events(String since, String until, Filters filters, Consumer<Event> sink, BooleanSupplier stop) {
      Query q = new Query();
      if (!since.isEmpty()) {
        q.put("since", since);
      }
      if (!until.isEmpty()) {
        q.put("until", until);
      }
      q.filters(filters);
      try (ApiClient.Reply r = api.call("GET", "/events", q.map(), null, null)) {
        for (JsonNode m : JsonMessages.read(r.body())) {
          sink.accept(EventJson.event(m));
          if (stop.getAsBoolean()) {
            return;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

}
