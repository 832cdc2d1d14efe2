package dev.berth.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.api.json.JsonFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The body of {@code POST /containers/create} for the CLI's container configuration: the
 * container's own fields stay at the top, the host's go into {@code HostConfig}.
 */
final class CreateBody {
  /** Fields of the CLI's configuration that Docker keeps in {@code HostConfig}. */
  private static final Set<String> HOST_FIELDS = Set.of("NetworkMode", "AutoRemove", "ReadonlyRootfs", "Binds", "Mounts");

  private CreateBody() {}

  static ObjectNode of(String config) {
    JsonNode c;
    try {
      c = JsonFields.MAPPER.readTree(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode body = JsonFields.MAPPER.createObjectNode();
    ObjectNode host = JsonFields.MAPPER.createObjectNode();
    c.properties().forEach(e -> (HOST_FIELDS.contains(e.getKey()) ? host : body).set(e.getKey(), e.getValue()));
    body.set("HostConfig", host);
    return body;
  }
}
