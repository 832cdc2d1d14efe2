package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.image.Filters;
import java.util.List;

/** The network operations of the CLI's commands (the daemon's {@code /networks} API), as the daemon's JSON. */
public interface NetworkOps {
  /** {@code GET /networks}: the networks the filters select, in the daemon's order. */
  List<JsonNode> list(Filters filters);

  /** {@code GET /networks/{id}}. */
  JsonNode inspect(String idOrName);

  /** {@code DELETE /networks/{id}}. */
  void remove(String idOrName);

  /** {@code POST /networks/create} with the docker CLI's request body: the new network's ID. */
  String create(com.fasterxml.jackson.databind.node.ObjectNode body);

  /** {@code POST /networks/{id}/connect} or {@code /disconnect}. */
  void connect(String network, String container, boolean connect, boolean force);

  /** {@code POST /networks/{id}/connect} with an endpoint config (as the docker CLI sends it). */
  default void connect(String network, String container, com.fasterxml.jackson.databind.JsonNode endpointConfig) {
    connect(network, container, true, false);
  }

  /** {@code POST /networks/prune}: the names of the networks deleted. */
  List<String> prune(Filters filters);
}
