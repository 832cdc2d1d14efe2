package dev.berth.network.dns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerStore;
import dev.berth.container.HostSettings;
import dev.berth.container.Links;
import dev.berth.network.Endpoint;
import dev.berth.network.Network;
import dev.berth.network.NetworkStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads from the store what a container's embedded DNS answers ({@link SandboxNames}): the
 * endpoints of its user networks, and on each the running containers' names, {@code
 * --network-alias}es, short IDs and hostnames; its {@code --link} aliases. Read per query, so a
 * stopped container's names go with its endpoint row.
 */
public final class StoreNames {
  private StoreNames() {}

  public static SandboxNames load(Connection c, String containerId) throws SQLException {
    List<SandboxNames.Net> nets = new ArrayList<>();
    Map<String, String> links = new LinkedHashMap<>();
    Map<String, ContainerRecord> rows = new HashMap<>();
    for (Endpoint own : Endpoint.ofContainer(c, containerId)) {
      Network n = NetworkStore.all(c).stream().filter(x -> x.id().equals(own.networkId())).findFirst().orElse(null);
      if (n == null) {
        continue;
      }
      SandboxNames.Net net = SandboxNames.Net.of(n.name());
      for (Endpoint e : Endpoint.onNetwork(c, n.id())) {
        ContainerRecord r = rows.computeIfAbsent(e.containerId(), id -> row(c, id));
        if (r == null) {
          continue;
        }
        JsonNode config = ContainerConfigs.parse(r.config());
        List<String> names = new ArrayList<>();
        names.add(r.name());
        config.path("NetworkAliases").forEach(a -> names.add(a.asText()));
        names.add(r.shortId());
        names.add(config.path("Hostname").asText(""));
        net.add(e.ip(), r.name(), names);
      }
      nets.add(net);
    }
    ContainerRecord self = rows.computeIfAbsent(containerId, id -> row(c, id));
    if (self != null) {
      for (JsonNode l : HostSettings.of(ContainerConfigs.parse(self.config())).path("Links")) {
        try {
          Links.Spec spec = Links.Spec.parse(l.asText());
          String alias = spec.alias().startsWith("/") ? spec.alias().substring(1) : spec.alias();
          links.putIfAbsent(alias, spec.name());
        } catch (RuntimeException ignored) {
          // a malformed link names nothing
        }
      }
    }
    return new SandboxNames(nets, links);
  }

  private static ContainerRecord row(Connection c, String id) {
    try {
      return ContainerStore.byId(c, id).orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
