package dev.berth.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerState;
import dev.berth.container.ContainerStore;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.Filters;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageService;
import dev.berth.image.Labels;
import dev.berth.store.BerthStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The daemon's network API over berth's predefined networks: list with filters, find by ID, name or
 * ID prefix, the JSON of {@code GET /networks/{id}}, and the daemon's refusals to remove or create a
 * predefined network. Creating other networks needs a network driver berth does not have.
 */
public final class NetworkService {
  private static final Set<String> LIST_FILTERS = Set.of("driver", "type", "name", "id", "label", "scope", "dangling");
  private final BerthStore store;

  public NetworkService(BerthStore store) {
    this.store = store;
  }

  /** {@code GET /networks}: the daemon's filters ({@code name}, {@code id} as unanchored regexps). */
  public List<Network> list(Filters filters) {
    filters.validate(LIST_FILTERS);
    List<String> dangling = filters.get("dangling");
    boolean danglingOnly = false;
    if (!dangling.isEmpty()) {
      if (dangling.size() > 1) {
        throw new InvalidArgumentException("got more than one value for filter key \"dangling\"");
      }
      danglingOnly = switch (dangling.getFirst()) {
        case "0", "false" -> false;
        case "1", "true" -> true;
        default -> throw new InvalidArgumentException(
            "invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
      };
    }
    List<Network> out = new ArrayList<>();
    for (Network n : NetworkStore.all(store)) {
      if (filters.has("driver") && !filters.get("driver").contains(n.driver())
          || filters.has("name") && !matchesAny(filters.get("name"), n.name())
          || filters.has("id") && !matchesAny(filters.get("id"), n.id())
          || filters.has("label") && !Labels.matchAll(Map.of(), filters.get("label"))
          || filters.has("scope") && !filters.get("scope").contains(Network.SCOPE)) {
        continue;
      }
      // every network here is predefined: never dangling, always builtin
      if (!danglingOnly) {
        out.add(n);
      }
    }
    if (filters.has("type")) {
      List<Network> typed = new ArrayList<>();
      for (String t : filters.get("type")) {
        switch (t) {
          case "builtin" -> typed.addAll(out);
          case "custom" -> { }
          default -> throw new BerthException(ErrorKind.SYSTEM, "invalid filter: 'type'='" + t + "'");
        }
      }
      out = typed;
    }
    return out;
  }

  /** Go's {@code filters.Match}: equal, or the value as a regular expression found in the source. */
  private static boolean matchesAny(List<String> values, String source) {
    for (String v : values) {
      if (v.equals(source)) {
        return true;
      }
      try {
        if (Pattern.compile(v).matcher(source).find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        // the daemon skips a value that is not a valid expression
      }
    }
    return false;
  }

  /** The daemon's lookup: full ID, then exact name, then unique ID prefix. */
  public Network find(String term) {
    List<Network> all = NetworkStore.all(store);
    List<Network> byName = new ArrayList<>();
    List<Network> byPrefix = new ArrayList<>();
    for (Network n : all) {
      if (n.id().equals(term)) {
        return n;
      }
      if (n.name().equals(term)) {
        byName.add(n);
      }
      if (n.id().startsWith(term)) {
        byPrefix.add(n);
      }
    }
    if (byName.size() == 1) {
      return byName.getFirst();
    }
    if (byPrefix.size() == 1) {
      return byPrefix.getFirst();
    }
    if (byPrefix.size() > 1) {
      throw new InvalidArgumentException(
          "network " + term + " is ambiguous (" + byPrefix.size() + " matches found based on ID prefix)");
    }
    throw new NotFoundException("network " + term + " not found");
  }

  /** {@code DELETE /networks/{id}}: every network berth has is predefined. */
  public void remove(String term) {
    Network n = find(term);
    throw new BerthException(ErrorKind.FORBIDDEN, n.name() + " is a pre-defined network and cannot be removed");
  }

  /** {@code POST /networks/create}: the daemon refuses predefined names; others need a driver berth lacks. */
  public Network create(String name) {
    if (NetworkStore.isPredefined(name)) {
      throw new BerthException(ErrorKind.FORBIDDEN, "operation is not permitted on predefined " + name + " network ");
    }
    throw new NotSupportedException("network create");
  }

  /** {@code POST /networks/{id}/connect} and {@code /disconnect}: only the daemon's refusals berth can give. */
  public void connect(String term, String container, boolean connect) {
    store.db().read(c -> dev.berth.container.ContainerService.find(c, container));
    Network n = find(term);
    if (n.name().equals("host") && connect) {
      throw new BerthException(ErrorKind.FORBIDDEN,
          "container cannot be disconnected from host network or connected to host network");
    }
    throw new NotSupportedException(connect ? "network connect" : "network disconnect");
  }

  /** The containers whose endpoint is on {@code n} now: running or paused ones in its mode. */
  public List<ContainerRecord> attached(Network n) {
    List<ContainerRecord> out = new ArrayList<>();
    for (ContainerRecord r : store.db().read(ContainerStore::all)) {
      if ((r.state() == ContainerState.RUNNING || r.state() == ContainerState.PAUSED)
          && ContainerConfigs.parse(r.config()).path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT).equals(n.name())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The daemon's JSON of a network ({@code GET /networks/{id}}, {@code network inspect}). */
  public ObjectNode toJson(Network n, boolean withContainers) {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("Name", n.name());
    o.put("Id", n.id());
    o.put("Created", ImageService.rfc3339Nano(n.createdNs()));
    o.put("Scope", Network.SCOPE);
    o.put("Driver", n.driver());
    o.put("EnableIPv6", false);
    ObjectNode ipam = o.putObject("IPAM");
    ipam.put("Driver", "default");
    ipam.putNull("Options");
    ipam.putArray("Config");
    o.put("Internal", false);
    o.put("Attachable", false);
    o.put("Ingress", false);
    o.putObject("ConfigFrom").put("Network", "");
    o.put("ConfigOnly", false);
    ObjectNode containers = o.putObject("Containers");
    if (withContainers) {
      for (ContainerRecord r : attached(n)) {
        ObjectNode e = containers.putObject(r.id());
        e.put("Name", r.name());
        e.put("EndpointID", Endpoints.endpointId(r.id(), r.startedAt()));
        e.put("MacAddress", "");
        e.put("IPv4Address", "");
        e.put("IPv6Address", "");
      }
    }
    o.putObject("Options");
    o.putObject("Labels");
    return o;
  }
}
