package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.image.ImageConfig;
import dev.berth.network.Cidr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth network create NAME}: the docker CLI's request ({@code POST /networks/create}) with
 * its own checks of the IPAM flags (every range, gateway and auxiliary address in one subnet, no
 * two overlapping subnets), then the new network's ID.
 */
@Command(name = "create")
public final class NetworkCreateCommand extends BaseCommand {
  @Option(names = {"-d", "--driver"}, defaultValue = "bridge")
  String driver;

  @Option(names = "--attachable")
  boolean attachable;

  @Option(names = "--aux-address")
  List<String> auxAddresses = new ArrayList<>();

  @Option(names = "--config-from")
  String configFrom;

  @Option(names = "--config-only")
  boolean configOnly;

  @Option(names = "--gateway")
  List<String> gateways = new ArrayList<>();

  @Option(names = "--ingress")
  boolean ingress;

  @Option(names = "--internal")
  boolean internal;

  @Option(names = "--ip-range")
  List<String> ipRanges = new ArrayList<>();

  @Option(names = "--ipam-driver", defaultValue = "default")
  String ipamDriver;

  @Option(names = "--ipam-opt")
  List<String> ipamOpts = new ArrayList<>();

  @Option(names = "--ipv6")
  Boolean ipv6;

  @Option(names = "--label")
  List<String> labels = new ArrayList<>();

  @Option(names = {"-o", "--opt"})
  List<String> opts = new ArrayList<>();

  @Option(names = "--scope")
  String scope;

  @Option(names = "--subnet")
  List<String> subnets = new ArrayList<>();

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 1);
    ObjectNode body = ImageConfig.MAPPER.createObjectNode();
    body.put("Name", args.getFirst());
    body.put("CheckDuplicate", true);
    body.put("Driver", driver);
    body.put("Scope", scope == null ? "" : scope);
    if (ipv6 != null) {
      body.put("EnableIPv6", ipv6);
    }
    ObjectNode ipam = body.putObject("IPAM");
    ipam.put("Driver", ipamDriver);
    ipamConfig(ipam.putArray("Config"), csv(subnets), csv(ipRanges), csv(gateways), kv(auxAddresses));
    putMap(ipam.putObject("Options"), kv(ipamOpts));
    body.put("Internal", internal);
    body.put("Attachable", attachable);
    body.put("Ingress", ingress);
    body.put("ConfigOnly", configOnly);
    if (configFrom != null && !configFrom.isEmpty()) {
      body.putObject("ConfigFrom").put("Network", configFrom);
    }
    putMap(body.putObject("Options"), kv(opts));
    putMap(body.putObject("Labels"), kv(labels));
    try {
      ctx.out().println(ctx.networks().create(body));
    } catch (dev.berth.errors.BerthException e) {
      // the daemon ends its predefined-network message with a space the docker client trims
      throw new dev.berth.errors.BerthException(e.kind(), e.getMessage().strip(), e);
    }
    return 0;
  }

  /** The docker CLI's consolidation of the IPAM flags into one configuration per subnet. */
  static void ipamConfig(ArrayNode out, List<String> subnets, List<String> ranges, List<String> gateways,
      Map<String, String> aux) {
    if (subnets.size() < ranges.size() || subnets.size() < gateways.size()) {
      throw new CommandFailed("every ip-range or gateway must have a corresponding subnet", 1);
    }
    Map<String, ObjectNode> data = new LinkedHashMap<>();
    for (String s : subnets) {
      for (String k : data.keySet()) {
        if (matches(s, k) || matches(k, s)) {
          throw new CommandFailed("multiple overlapping subnet configuration is not supported", 1);
        }
      }
      ObjectNode c = ImageConfig.MAPPER.createObjectNode();
      c.put("Subnet", s);
      c.putObject("AuxiliaryAddresses");
      data.put(s, c);
    }
    assign(data, subnets, ranges, "IPRange", "range", "cannot configure multiple ranges (%s, %s) on the same subnet (%s)");
    assign(data, subnets, gateways, "Gateway", "gateway",
        "cannot configure multiple gateways (%s, %s) for the same subnet (%s)");
    for (Map.Entry<String, String> a : aux.entrySet()) {
      boolean match = false;
      for (String s : subnets) {
        if (matches(s, a.getValue())) {
          ((ObjectNode) data.get(s).get("AuxiliaryAddresses")).put(a.getKey(), a.getValue());
          match = true;
        }
      }
      if (!match) {
        throw new CommandFailed("no matching subnet for aux-address " + a.getValue(), 1);
      }
    }
    data.values().forEach(out::add);
  }

  private static void assign(Map<String, ObjectNode> data, List<String> subnets, List<String> values, String field,
      String what, String multiple) {
    for (String v : values) {
      boolean match = false;
      for (String s : subnets) {
        if (what.equals("range")) {
          try {
            Cidr.parse(v); // a range must be a CIDR: Go's error as it is
          } catch (IllegalArgumentException e) {
            throw new CommandFailed(e.getMessage(), 1);
          }
        }
        if (!matches(s, v)) {
          continue;
        }
        String had = data.get(s).path(field).asText("");
        if (!had.isEmpty()) {
          throw new CommandFailed(String.format(multiple, v, had, s), 1);
        }
        data.get(s).put(field, v);
        match = true;
      }
      if (!match) {
        throw new CommandFailed("no matching subnet for " + what + " " + v, 1);
      }
    }
  }

  /** The docker CLI's subnetMatches: whether {@code data} (an address or a CIDR's address) is in {@code subnet}. */
  static boolean matches(String subnet, String data) {
    Cidr s;
    try {
      s = Cidr.parse(subnet);
    } catch (IllegalArgumentException e) {
      throw new CommandFailed("invalid subnet: " + e.getMessage(), 1);
    }
    BigInteger ip;
    if (data.contains("/")) {
      try {
        ip = Cidr.parse(data).address();
      } catch (IllegalArgumentException e) {
        throw new CommandFailed(e.getMessage(), 1);
      }
    } else {
      ip = Cidr.parseIp(data);
    }
    String addr = data.contains("/") ? data.substring(0, data.indexOf('/')) : data;
    return ip != null && !addr.contains(":") == s.v4() && s.contains(ip);
  }

  private static List<String> csv(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String p : v.split(",", -1)) {
        out.add(p);
      }
    }
    return out;
  }

  /** pflag's map options and the CLI's label conversion: {@code k=v}, or {@code k} with an empty value. */
  private static Map<String, String> kv(List<String> values) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      m.put(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
    }
    return m;
  }

  private static void putMap(ObjectNode o, Map<String, String> m) {
    m.forEach(o::put);
  }
}
