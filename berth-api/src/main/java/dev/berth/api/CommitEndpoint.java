package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.ImageCommitter;
import dev.berth.image.Names;
import java.util.List;

/**
 * {@code POST /commit?container=&repo=&tag=&comment=&author=&pause=&changes=}: 201
 * {@code {"Id":"sha256:..."}}. The body may be a container configuration to merge; berth commits
 * the container's own configuration only.
 */
final class CommitEndpoint {
  private final Engine engine;

  CommitEndpoint(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(Route.of("POST", "/commit", this::commit));
  }

  private void commit(Exchange x) throws Exception {
    String type = x.header("Content-Type");
    byte[] body = x.smallBody();
    if (body.length > 0 && (type == null || !type.split(";", 2)[0].trim().equalsIgnoreCase("application/json"))) {
      throw new InvalidArgumentException("Content-Type specified (" + (type == null ? "" : type)
          + ") must be 'application/json'");
    }
    JsonNode config = body.length == 0 ? null : Json.MAPPER.readTree(body);
    if (config != null && !config.isNull() && !config.isEmpty()) {
      throw new NotSupportedException("commit with a container configuration in the request body");
    }
    if (!x.query("changes").isEmpty()) {
      throw new NotSupportedException("commit --change");
    }
    String repo = x.query("repo");
    String reference = repo.isEmpty() ? null : Names.tagTarget(repo, x.query("tag"));
    ContainerRecord r = engine.containers().inspect(x.query("container"));
    String id = new ImageCommitter(engine.store()).commit(r, reference, x.query("author"), x.query("comment"));
    x.json(201, Json.MAPPER.createObjectNode().put("Id", id));
  }
}
