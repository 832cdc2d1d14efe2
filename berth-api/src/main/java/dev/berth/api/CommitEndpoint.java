package dev.berth.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.CommitRequest;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.Names;
import java.util.List;

/**
 * {@code POST /commit?container=&repo=&tag=&comment=&author=&pause=&changes=}: 201
 * {@code {"Id":"sha256:..."}}. A container configuration in the body is the base the changes apply
 * to (the container's own without one); the container's configuration fills what it leaves unset.
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
    if (config != null && (config.isNull() || config.isEmpty())) {
      config = null; // no field of the config given: the daemon decodes no config
    }
    String repo = x.query("repo");
    String reference = repo.isEmpty() ? null : Names.tagTarget(repo, x.query("tag"));
    // API >= 1.13: pausing is the default when the parameter is absent
    boolean pause = x.query("pause").isEmpty() || x.bool("pause");
    String id = engine.commit(new CommitRequest(x.query("container"), reference, x.query("author"),
        x.query("comment"), x.queryAll("changes"), config, pause));
    x.json(201, Json.MAPPER.createObjectNode().put("Id", id));
  }
}
