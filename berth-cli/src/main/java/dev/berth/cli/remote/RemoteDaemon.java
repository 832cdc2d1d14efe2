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
import java.io.IOException;
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
    return name -> api.json("GET", "/volumes/" + name, Map.of(), null);
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
      return api.json("GET", "/containers/" + name + "/json", Map.of(), null);
    }

    @Override
    public String create(String image, String name, String config) {
      Query q = new Query();
      if (name != null) {
        q.put("name", name);
      }
      return ContainerJson.createdId(api.json("POST", "/containers/create", q.map(), CreateBody.of(config)));
    }

    @Override
    public void remove(String name, boolean force, boolean volumes) {
      api.json("DELETE", "/containers/" + name, new Query().flag("v", volumes).flag("force", force).map(), null);
    }

    @Override
    public ContainerService.PruneReport prune(Filters filters) {
      return ContainerJson.pruneReport(api.json("POST", "/containers/prune", new Query().filters(filters).map(), null));
    }
  }

  private final class System implements SystemOps {
    @Override
    public ServerVersion version() {
      return SystemJson.version(api.json("GET", "/version", Map.of(), null));
    }

    @Override
    public SystemInfo info() {
      return SystemJson.info(api.json("GET", "/info", Map.of(), null));
    }
  }

}
