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
    Map<String, ContainerRecord> rows = new HashMap<>();
    ContainerRecord self = rows.computeIfAbsent(containerId, id -> row(c, id));
    JsonNode selfConfig = self == null ? null : ContainerConfigs.parse(self.config());
    for (Endpoint own : endpointsOf(c, containerId)) {
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
        settings(config, n.name(), "Aliases", "NetworkAliases").forEach(a -> names.add(a.asText()));
        names.add(r.shortId());
        names.add(config.path("Hostname").asText(""));
        net.add(e.ip(), r.name(), names);
      }
      if (selfConfig != null) {
        links(selfConfig, n.name()).forEach(net.links()::putIfAbsent);
      }
      nets.add(net);
    }
    List<String> dns = new ArrayList<>();
    boolean ndots = false;
    if (self != null) {
      JsonNode config = ContainerConfigs.parse(self.config());
      JsonNode host = HostSettings.of(config);
      host.path("Dns").forEach(d -> {
        if (!d.asText().contains(":") && dns.size() < Forwarder.MAX_SERVERS) {
          dns.add(d.asText()); // the IPv4 ones: the daemon lists IPv6 resolvers in resolv.conf instead
        }
      });
      List<String> options = new ArrayList<>();
      host.path("DnsOptions").forEach(o -> options.add(o.asText()));
      ndots = SandboxNames.ndotsSet(options.isEmpty() ? hostOptions() : options);
    }
    return new SandboxNames(nets, dns, ndots);
  }

  /**
   * A container's link aliases on one network (alias → the container name given): the links given
   * for that network when its networks are written out; on its create-time network (and always
   * before) its {@code --link}s.
   */
  private static Map<String, String> links(JsonNode config, String network) {
    List<JsonNode> given = new ArrayList<>();
    JsonNode nets = config.path(NETWORKS);
    nets.path(network).path("Links").forEach(given::add);
    if (!nets.isObject() || (given.isEmpty() && network.equals(ContainerConfigs.networkName(config)))) {
      HostSettings.of(config).path("Links").forEach(given::add);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode l : given) {
      try {
        Links.Spec spec = Links.Spec.parse(l.asText());
        String alias = spec.alias().startsWith("/") ? spec.alias().substring(1) : spec.alias();
        out.putIfAbsent(alias, spec.name());
      } catch (RuntimeException ignored) {
        // a malformed link names nothing
      }
    }
    return out;
  }

  /** The options of the host's resolv.conf. */
  private static List<String> hostOptions() {
    List<String> out = new ArrayList<>();
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/etc/resolv.conf"))) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 1 && f[0].equals("options")) {
          out.addAll(List.of(f).subList(1, f.length));
        }
      }
    } catch (java.io.IOException e) {
      // none
    }
    return out;
  }

  /** The config field of a container's networks once connected or disconnected (network name → settings). */
  static final String NETWORKS = "BerthNetworks";

  /**
   * A container's endpoint setting {@code field} on network {@code network}: from its written-out
   * networks when it has them, else the create-time field {@code createField}.
   */
  private static JsonNode settings(JsonNode config, String network, String field, String createField) {
    JsonNode nets = config.path(NETWORKS);
    return nets.isObject() ? nets.path(network).path(field) : config.path(createField);
  }

  /** Every endpoint of a container (one per network it is on while it runs), oldest first. */
  static List<Endpoint> endpointsOf(Connection c, String containerId) throws SQLException {
    List<Endpoint> out = new ArrayList<>();
    try (java.sql.PreparedStatement ps = c.prepareStatement(
        "SELECT network_id FROM endpoints WHERE container_id = ? ORDER BY rowid")) {
      ps.setString(1, containerId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String networkId = rs.getString(1);
          Endpoint.onNetwork(c, networkId).stream().filter(e -> e.containerId().equals(containerId))
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The running containers with an endpoint: ID and init pid. */
  static Map<String, Long> running(Connection c) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT DISTINCT container_id FROM endpoints");
        java.sql.ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ContainerRecord r = ContainerStore.byId(c, rs.getString(1)).orElse(null);
        if (r != null && r.running() && r.pid() > 0) {
          out.put(r.id(), r.pid());
        }
      }
    }
    return out;
  }

  private static ContainerRecord row(Connection c, String id) {
    try {
      return ContainerStore.byId(c, id).orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
