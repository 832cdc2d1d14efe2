package dev.berth.container;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.Filters;
import dev.berth.image.ImageStore;
import dev.berth.image.Labels;
import dev.berth.image.Names;
import dev.berth.volume.MountPoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code GET /containers/json}: which containers are listed, newest first, with Docker's filters. */
final class ContainerLister {
  private ContainerLister() {}

  static final Set<String> FILTERS =
      Set.of("ancestor", "before", "expose", "exited", "health", "id", "isolation", "is-task", "label",
          "name", "network", "publish", "since", "status", "volume");
  private static final Set<String> STATES =
      Set.of("created", "restarting", "running", "removing", "paused", "exited", "dead");

  /** @param health a container's health status ({@link HealthState}), {@code none} without a healthcheck */
  static List<ContainerRecord> list(Connection c, boolean all, int last, Filters filters,
      java.util.function.Function<ContainerRecord, String> health) throws SQLException {
    filters.validate(FILTERS);
    for (String s : filters.get("status")) {
      if (!STATES.contains(s)) {
        throw new InvalidArgumentException("Invalid filter 'status=" + s + "'");
      }
    }
    for (String h : filters.get("health")) {
      if (!Set.of(HealthState.STARTING, HealthState.HEALTHY, HealthState.UNHEALTHY, HealthState.NONE).contains(h)) {
        throw new InvalidArgumentException("Unrecognised filter value for health: " + h);
      }
    }
    List<Long> exited = new ArrayList<>(); // Go's int: 64 bits
    for (String e : filters.get("exited")) {
      try {
        exited.add(Long.parseLong(e));
      } catch (NumberFormatException ex) {
        // the daemon's strconv.Atoi error, as it is (a 500)
        throw new dev.berth.errors.SystemException("strconv.Atoi: parsing " + dev.berth.errors.GoQuote.of(e) + ": "
            + (e.matches("[+-]?[0-9]+") ? "value out of range" : "invalid syntax"));
      }
    }
    List<ContainerRecord> rows = ContainerStore.all(c);
    Long beforeNs = null;
    Long sinceNs = null;
    if (filters.has("before")) {
      beforeNs = ContainerService.find(c, filters.get("before").get(0)).createdNs();
    }
    if (filters.has("since")) {
      sinceNs = ContainerService.find(c, filters.get("since").get(0)).createdNs();
    }
    Set<String> ancestors = new HashSet<>();
    for (String a : filters.get("ancestor")) {
      try {
        ancestors.addAll(descendants(c, Names.resolve(c, a)));
      } catch (dev.berth.errors.BerthException e) {
        // an unknown ancestor matches nothing
      }
    }
    Set<String> publish = ports(filters, "publish");
    Set<String> expose = ports(filters, "expose");
    boolean listAll = all || last > 0 || filters.has("status") || filters.has("exited");
    List<ContainerRecord> out = new ArrayList<>();
    for (ContainerRecord r : rows) {
      if (!listAll && !r.running()) {
        continue;
      }
      if (filters.has("status") && !filters.get("status").contains(r.state().apiName())) {
        continue;
      }
      if (!exited.isEmpty() && (r.state() != ContainerState.EXITED || !exited.contains((long) r.exitCode()))) {
        continue;
      }
      if (filters.has("id") && !matchesAny(filters.get("id"), r.id())) {
        continue;
      }
      // the daemon tries the name with and without its leading slash
      if (filters.has("name") && !matchesAny(filters.get("name"), "/" + r.name())
          && !matchesAny(filters.get("name"), r.name())) {
        continue;
      }
      if (filters.has("label") && !Labels.matchAll(ContainerConfigs.labels(r.config()), filters.get("label"))) {
        continue;
      }
      if (filters.has("volume") && !mountsAny(r, filters.get("volume"))) {
        continue;
      }
      if (filters.has("ancestor") && !ancestors.contains(r.imageId())) {
        continue;
      }
      if (filters.has("health") && !filters.get("health").contains(health.apply(r))) {
        continue;
      }
      if (filters.has("network") && !onNetwork(c, r, filters.get("network"))) {
        continue;
      }
      // the daemon matches these against the ports a container's network shows (ps's PORTS);
      // without a bridge network no container has any, whatever it publishes or exposes
      if (!publish.isEmpty() || !expose.isEmpty()) {
        continue;
      }
      if (beforeNs != null && r.createdNs() >= beforeNs) {
        continue;
      }
      if (sinceNs != null && r.createdNs() <= sinceNs) {
        continue;
      }
      out.add(r);
      if (last > 0 && out.size() == last) {
        break;
      }
    }
    return out;
  }

  /**
   * The daemon's {@code network} filter: a value is the name the container's network shows as
   * ({@code bridge} for the default), or a prefix of that network's ID, which a container has
   * once started (and only for a network that exists: not the default bridge here).
   */
  private static boolean onNetwork(Connection c, ContainerRecord r, List<String> values) throws SQLException {
    com.fasterxml.jackson.databind.JsonNode config = ContainerConfigs.parse(r.config());
    if (ContainerNetworks.written(config)) {
      for (ContainerNetworks.Attachment a : ContainerNetworks.of(config)) {
        String id = a.settings().path("NetworkID").asText("");
        if (values.contains(a.name()) || !id.isEmpty() && values.stream().anyMatch(id::startsWith)) {
          return true;
        }
      }
      return false;
    }
    String name = ContainerConfigs.networkName(config);
    if (values.contains(name)) {
      return true;
    }
    boolean started = r.startedAt() != null && !r.startedAt().startsWith("0001-01-01");
    if (!started) {
      return false;
    }
    String id = dev.berth.network.NetworkStore.byName(c, name).map(dev.berth.network.Network::id).orElse("");
    return !id.isEmpty() && values.stream().anyMatch(id::startsWith);
  }

  /**
   * The ports of the {@code publish}/{@code expose} filter values: {@code PORT[-PORT][/PROTO]}, tcp
   * when no protocol is given.
   */
  private static Set<String> ports(Filters filters, String key) {
    Set<String> out = new HashSet<>();
    for (String value : filters.get(key)) {
      if (value.contains(":")) {
        throw new InvalidArgumentException("filter for '" + key + "' should not contain ':': " + value);
      }
      int slash = value.indexOf('/');
      String proto = slash < 0 ? "tcp" : value.substring(slash + 1);
      String range = slash < 0 ? value : value.substring(0, slash);
      String[] se = range.split("-", 2);
      try {
        int start = Integer.parseInt(se[0]);
        int end = se.length > 1 ? Integer.parseInt(se[1]) : start;
        if (end < start) {
          throw new InvalidArgumentException("error while looking up for " + key + " " + value
              + ": Invalid range specified for the Port: " + range);
        }
        for (int p = start; p <= end; p++) {
          out.add(p + "/" + proto);
        }
      } catch (NumberFormatException e) {
        throw new InvalidArgumentException("error while looking up for " + key + " " + value
            + ": Invalid range specified for the Port: " + range);
      }
    }
    return out;
  }

  /** The {@code volume} filter: a mount's destination, volume name or (for a bind) host path. */
  private static boolean mountsAny(ContainerRecord r, List<String> values) {
    for (MountPoint m : MountPoint.of(ContainerConfigs.parse(r.config()))) {
      if (values.contains(m.destination()) || values.contains(m.displayName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<String> patterns, String value) {
    for (String p : patterns) {
      try {
        if (Pattern.compile(p).matcher(value).find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        throw new InvalidArgumentException("error parsing regexp: " + e.getDescription());
      }
    }
    return false;
  }

  /** The image and every image built on it (the {@code ancestor} filter matches all of them). */
  private static Set<String> descendants(Connection c, String imageId) throws SQLException {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(imageId));
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (out.add(id)) {
        todo.addAll(ImageStore.children(c, id));
      }
    }
    return out;
  }
}
