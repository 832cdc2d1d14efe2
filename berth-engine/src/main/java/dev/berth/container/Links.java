package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Docker's legacy links ({@code --link NAME[:ALIAS]}) between containers on the default network.
 *
 * <p>The container given {@code --link} is the <em>parent</em>, the container it names the
 * <em>child</em>. A link is the name {@code /PARENT/ALIAS}: while the child exists, that name is one
 * of the child's names (it finds the child like its own name, and {@code ps --no-trunc} lists it);
 * it follows renames of either side, and goes with the parent. A removed child leaves the parent's
 * link behind (the daemon's link index keeps it): inspect still shows it, and the parent cannot
 * start. Rows of table {@code links}; every method runs in the caller's transaction.
 */
public final class Links {
  private Links() {}

  /** One link of a parent: its full name, the child's ID and name (the last one, when removed). */
  public record Link(String name, String childId, String childName) {}

  /** A {@code --link} value: the child's name and the alias (the daemon's ParseLink). */
  public record Spec(String name, String alias) {
    public static Spec parse(String value) {
      if (value.isEmpty()) {
        throw new InvalidArgumentException("empty string specified for links");
      }
      String[] arr = value.split(":", -1);
      if (arr.length > 2) {
        throw new InvalidArgumentException("bad format for links: " + value);
      }
      if (arr.length == 1) {
        return new Spec(value, value);
      }
      if (arr[0].startsWith("/")) { // the stored form /child:/parent/alias
        return new Spec(arr[0].substring(1), arr[1].substring(arr[1].lastIndexOf('/') + 1));
      }
      return new Spec(arr[0], arr[1]);
    }
  }

  /**
   * Registers the links of a new container (its row is inserted already): each child is looked up
   * (through {@code --network container:} modes) and refused on the host network; an alias already
   * taken is ignored, as the daemon ignores a name it cannot reserve.
   */
  public static void register(Connection c, String parentId, String parentName, JsonNode links)
      throws SQLException {
    for (JsonNode l : links) {
      Spec spec = Spec.parse(l.asText());
      ContainerRecord child = child(c, spec.name());
      String alias = clean(spec.alias());
      if (alias.isEmpty() || resolve(c, parentName + "/" + alias).isPresent()) {
        continue; // the name /PARENT itself, or taken by an earlier link
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO links(parent_id, alias, child_id, child_name) VALUES (?,?,?,?)")) {
        ps.setString(1, parentId);
        ps.setString(2, alias);
        ps.setString(3, child.id());
        ps.setString(4, child.name());
        ps.executeUpdate();
      }
    }
  }

  /** The checks of {@link #register} before the parent's row exists (the parent cannot link itself). */
  public static void check(Connection c, JsonNode links) throws SQLException {
    for (JsonNode l : links) {
      child(c, Spec.parse(l.asText()).name());
    }
  }

  private static ContainerRecord child(Connection c, String name) throws SQLException {
    ContainerRecord child;
    try {
      child = ContainerService.find(c, name);
    } catch (NotFoundException e) {
      // invalid parameter, not "not found": a client would take that for a missing image
      throw new InvalidArgumentException("could not get container for " + name + ": " + e.getMessage(), e);
    }
    String mode = ContainerConfigs.parse(child.config()).path("NetworkMode").asText("");
    while (mode.startsWith("container:")) {
      String other = mode.substring("container:".length());
      try {
        child = ContainerService.find(c, other);
      } catch (NotFoundException e) {
        throw new InvalidArgumentException("Could not get container for " + other + ": " + e.getMessage(), e);
      }
      mode = ContainerConfigs.parse(child.config()).path("NetworkMode").asText("");
    }
    if (mode.equals("host")) {
      throw new InvalidArgumentException(HOST_NETWORK_AND_LINKS);
    }
    return child;
  }

  public static final String HOST_NETWORK_AND_LINKS =
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior";
  public static final String CONTAINER_NETWORK_AND_LINKS =
      "conflicting options: container type network can't be used with links. This would result in undefined behavior";

  /** The child a link name ({@code PARENT/ALIAS}, with or without its leading slash) names. */
  public static Optional<String> resolve(Connection c, String name) throws SQLException {
    String n = name.startsWith("/") ? name.substring(1) : name;
    int slash = n.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    PreparedStatement ps = Statements.prepare(c,
        "SELECT l.child_id FROM links l JOIN containers p ON p.id = l.parent_id"
            + " JOIN containers ch ON ch.id = l.child_id WHERE p.name = ? AND l.alias = ?");
    ps.setString(1, n.substring(0, slash));
    ps.setString(2, n.substring(slash + 1));
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /** Every container's link names ({@code /PARENT/ALIAS}), by child ID. */
  public static Map<String, List<String>> namesByChild(Connection c) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    PreparedStatement ps = Statements.prepare(c,
        "SELECT l.child_id, p.name, l.alias FROM links l JOIN containers p ON p.id = l.parent_id"
            + " JOIN containers ch ON ch.id = l.child_id");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add("/" + rs.getString(2) + "/" + rs.getString(3));
      }
    }
    return out;
  }

  /**
   * A container's names as the daemon lists them: its own and its link names, sorted ({@code
   * /aaa}, {@code /bbb/aaa}).
   */
  public static List<String> names(ContainerRecord r, Map<String, List<String>> linkNames) {
    List<String> out = new ArrayList<>();
    out.add("/" + r.name());
    out.addAll(linkNames.getOrDefault(r.id(), List.of()));
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The links of a parent, by name; a removed child's link keeps its last name. */
  public static List<Link> children(Connection c, String parentId) throws SQLException {
    List<Link> out = new ArrayList<>();
    PreparedStatement ps = Statements.prepare(c,
        "SELECT p.name, l.alias, l.child_id, coalesce(ch.name, l.child_name) FROM links l"
            + " JOIN containers p ON p.id = l.parent_id LEFT JOIN containers ch ON ch.id = l.child_id"
            + " WHERE l.parent_id = ? ORDER BY l.alias");
    ps.setString(1, parentId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Link("/" + rs.getString(1) + "/" + rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  /** {@code HostConfig.Links} of a parent: {@code /CHILD:/PARENT/ALIAS}, or null without links. */
  public static List<String> hostConfigLinks(Connection c, String parentId) throws SQLException {
    List<Link> links = children(c, parentId);
    if (links.isEmpty()) {
      return null;
    }
    return links.stream().map(l -> "/" + l.childName() + ":" + l.name()).toList();
  }

  /**
   * {@code rm --link NAME}: removes the link {@code /PARENT/ALIAS} that {@code name} found (the
   * daemon's checks: a container's own name is no link, the parent must exist).
   */
  public static void remove(Connection c, String name) throws SQLException {
    String n = name.startsWith("/") ? name : "/" + name;
    int slash = n.lastIndexOf('/');
    if (slash == 0) {
      throw new dev.berth.errors.SystemException("Conflict, cannot remove the default link name of the container");
    }
    String parent = n.substring(1, slash);
    // the parent is the container whose name (or link name) is everything before the last slash
    Optional<ContainerRecord> p = ContainerStore.byName(c, parent);
    Optional<String> viaLink = p.isPresent() ? Optional.empty() : resolve(c, parent);
    if (p.isEmpty() && viaLink.isEmpty()) {
      throw new dev.berth.errors.SystemException("Cannot get parent /" + parent + " for link name " + n);
    }
    String parentId = p.map(ContainerRecord::id).orElseGet(viaLink::get);
    String full = n.substring(1);
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM links WHERE parent_id = ? AND ? = (SELECT name FROM containers WHERE id = ?) || '/' || alias")) {
      ps.setString(1, parentId);
      ps.setString(2, full);
      ps.setString(3, parentId);
      ps.executeUpdate();
    }
  }

  /**
   * A container is being removed (before its row goes): its own links go, and the links to it keep
   * its name.
   */
  public static void containerRemoved(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM links WHERE parent_id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE links SET child_name = (SELECT name FROM containers WHERE id = ?) WHERE child_id = ?"
            + " AND EXISTS (SELECT 1 FROM containers WHERE id = ?)")) {
      ps.setString(1, id);
      ps.setString(2, id);
      ps.setString(3, id);
      ps.executeUpdate();
    }
  }

  /**
   * Go's {@code path.Join("/PARENT", alias)} relative to the parent: an alias as a clean path
   * below it ({@code /a} and {@code a/./} are {@code a}; {@code ..} cannot climb above it).
   */
  static String clean(String alias) {
    return dev.berth.units.GoPath.clean("/" + alias).substring(1);
  }

  /**
   * The environment a link gives its parent (the daemon's Link.ToEnv): {@code ALIAS_PORT} (the
   * lowest exposed port), {@code ALIAS_PORT_<port>_<PROTO>[...]} per port with ranges of contiguous
   * ports, {@code ALIAS_NAME}, and {@code ALIAS_ENV_<var>} for each of the child's variables but
   * HOME and PATH. {@code childIp} is empty on a daemon without a bridge.
   */
  public static List<String> env(String linkName, String childIp, List<String> childEnv, List<String> exposedPorts) {
    List<String> env = new ArrayList<>();
    String alias = linkName.substring(linkName.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT).replace("-", "_");
    List<String[]> ports = new ArrayList<>();
    for (String p : exposedPorts) {
      int slash = p.indexOf('/');
      ports.add(slash < 0 ? new String[] {p, "tcp"} : new String[] {p.substring(0, slash), p.substring(slash + 1)});
    }
    // by number; on the same number tcp first
    ports.sort(Comparator.<String[]>comparingInt(p -> portInt(p[0]))
        .thenComparing(p -> p[1].equalsIgnoreCase("tcp") ? 0 : 1));
    if (!ports.isEmpty()) {
      String[] p = ports.get(0);
      env.add(alias + "_PORT=" + p[1] + "://" + childIp + ":" + p[0]);
    }
    for (int i = 0; i < ports.size(); ) {
      String[] p = ports.get(i);
      int j = nextContiguous(ports, portInt(p[0]), i);
      if (j > i + 1) {
        String key = alias + "_PORT_" + p[0] + "_" + p[1].toUpperCase(java.util.Locale.ROOT);
        env.add(key + "_START=" + p[1] + "://" + childIp + ":" + p[0]);
        env.add(key + "_ADDR=" + childIp);
        env.add(key + "_PROTO=" + p[1]);
        env.add(key + "_PORT_START=" + p[0]);
        String[] q = ports.get(j);
        String endKey = alias + "_PORT_" + p[0] + "_" + q[1].toUpperCase(java.util.Locale.ROOT);
        env.add(endKey + "_END=" + q[1] + "://" + childIp + ":" + q[0]);
        env.add(endKey + "_PORT_END=" + q[0]);
        i = j + 1;
      } else {
        i++;
      }
    }
    for (String[] p : ports) {
      String key = alias + "_PORT_" + p[0] + "_" + p[1].toUpperCase(java.util.Locale.ROOT);
      env.add(key + "=" + p[1] + "://" + childIp + ":" + p[0]);
      env.add(key + "_ADDR=" + childIp);
      env.add(key + "_PORT=" + p[0]);
      env.add(key + "_PROTO=" + p[1]);
    }
    env.add(alias + "_NAME=" + linkName);
    for (String v : childEnv) {
      int eq = v.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = v.substring(0, eq);
      if (key.equals("HOME") || key.equals("PATH")) {
        continue;
      }
      env.add(alias + "_ENV_" + key + "=" + v.substring(eq + 1));
    }
    return env;
  }

  private static int portInt(String port) {
    try {
      return Integer.parseInt(port);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int nextContiguous(List<String[]> ports, int value, int index) {
    if (index + 1 == ports.size()) {
      return index;
    }
    for (int i = index + 1; i < ports.size(); i++) {
      if (portInt(ports.get(i)[0]) > value + 1) {
        return i - 1;
      }
      value++;
    }
    return ports.size() - 1;
  }
}
