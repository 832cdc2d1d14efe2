package dev.berth.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user-defined network's settings as the daemon keeps them: the request's flags, the user's IPAM
 * configurations (IPv4 and IPv6 apart, as libnetwork splits them) and the pools the IPAM gave.
 */
public record NetworkConfig(
    boolean enableIPv6, boolean internal, boolean attachable, boolean ingress, boolean configOnly,
    String configFrom, Map<String, String> options, Map<String, String> labels,
    String ipamDriver, Map<String, String> ipamOptions, List<IpamConf> v4, List<IpamConf> v6,
    List<Pool> v4Pools, List<Pool> v6Pools) {

  /** The settings shown for a predefined network. */
  static final NetworkConfig PREDEFINED = new NetworkConfig(false, false, false, false, false, "", Map.of(), Map.of(),
      "default", null, List.of(), List.of(), List.of(), List.of());

  /** One IPAM configuration as the user gave it (empty strings for what was not given). */
  public record IpamConf(String subnet, String ipRange, String gateway, Map<String, String> aux) {}

  /** A pool the IPAM gave: its network (Go's canonical form) and gateway (without prefix length). */
  public record Pool(String subnet, String gateway) {}

  /** The stored JSON. */
  public ObjectNode toJson() {
    ObjectNode o = ImageConfig.MAPPER.createObjectNode();
    o.put("EnableIPv6", enableIPv6);
    o.put("Internal", internal);
    o.put("Attachable", attachable);
    o.put("Ingress", ingress);
    o.put("ConfigOnly", configOnly);
    o.put("ConfigFrom", configFrom);
    putMap(o, "Options", options);
    putMap(o, "Labels", labels);
    o.put("IpamDriver", ipamDriver);
    putMap(o, "IpamOptions", ipamOptions);
    confs(o.putArray("V4"), v4);
    confs(o.putArray("V6"), v6);
    for (var e : Map.of("V4Pools", v4Pools, "V6Pools", v6Pools).entrySet()) {
      var a = o.putArray(e.getKey());
      for (Pool p : e.getValue()) {
        a.addObject().put("Subnet", p.subnet()).put("Gateway", p.gateway());
      }
    }
    return o;
  }

  /** Reads the stored JSON. */
  public static NetworkConfig of(JsonNode o) {
    return new NetworkConfig(o.path("EnableIPv6").asBoolean(), o.path("Internal").asBoolean(),
        o.path("Attachable").asBoolean(), o.path("Ingress").asBoolean(), o.path("ConfigOnly").asBoolean(),
        o.path("ConfigFrom").asText(""), map(o.get("Options")), map(o.get("Labels")),
        o.path("IpamDriver").asText("default"), map(o.get("IpamOptions")), confs(o.path("V4")), confs(o.path("V6")),
        pools(o.path("V4Pools")), pools(o.path("V6Pools")));
  }

  /** The daemon's {@code IPAM.Config}: the user's configurations, else the pools the IPAM gave. */
  public List<IpamConf> shownConfig() {
    List<IpamConf> out = new ArrayList<>();
    for (IpamConf c : v4) {
      if (!c.subnet().isEmpty()) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      for (Pool p : v4Pools) {
        out.add(new IpamConf(p.subnet(), "", p.gateway(), null));
      }
    }
    boolean v6Conf = false;
    for (IpamConf c : v6) {
      if (!c.subnet().isEmpty()) {
        out.add(c);
        v6Conf = true;
      }
    }
    if (!v6Conf) {
      for (Pool p : v6Pools) {
        out.add(new IpamConf(p.subnet(), "", p.gateway(), null));
      }
    }
    return out;
  }

  private static void putMap(ObjectNode o, String key, Map<String, String> m) {
    if (m == null) {
      o.putNull(key);
      return;
    }
    ObjectNode n = o.putObject(key);
    new TreeMap<>(m).forEach(n::put);
  }

  static Map<String, String> map(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    n.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private static void confs(com.fasterxml.jackson.databind.node.ArrayNode a, List<IpamConf> list) {
    for (IpamConf c : list) {
      ObjectNode n = a.addObject();
      n.put("Subnet", c.subnet()).put("IPRange", c.ipRange()).put("Gateway", c.gateway());
      putMap(n, "AuxiliaryAddresses", c.aux());
    }
  }

  private static List<IpamConf> confs(JsonNode a) {
    List<IpamConf> out = new ArrayList<>();
    for (JsonNode n : a) {
      out.add(new IpamConf(n.path("Subnet").asText(""), n.path("IPRange").asText(""), n.path("Gateway").asText(""),
          map(n.get("AuxiliaryAddresses"))));
    }
    return out;
  }

  private static List<Pool> pools(JsonNode a) {
    List<Pool> out = new ArrayList<>();
    for (JsonNode n : a) {
      out.add(new Pool(n.path("Subnet").asText(""), n.path("Gateway").asText("")));
    }
    return out;
  }
}
