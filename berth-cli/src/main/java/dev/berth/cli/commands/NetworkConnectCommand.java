package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth network connect|disconnect NETWORK CONTAINER}: the engine gives the daemon's refusals. */
@Command(name = "connect")
public final class NetworkConnectCommand extends BaseCommand {
  @Option(names = "--alias")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--driver-opt")
  List<String> driverOpts = new ArrayList<>();

  @Option(names = "--ip")
  String ip;

  @Option(names = "--ip6")
  String ip6;

  @Option(names = "--link")
  List<String> links = new ArrayList<>();

  @Option(names = "--link-local-ip")
  List<String> linkLocalIps = new ArrayList<>();

  @Option(names = {"-f", "--force"})
  boolean force;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 2);
    if (path.endsWith("disconnect")) {
      ctx.networks().connect(args.get(0), args.get(1), false, force);
      return 0;
    }
    // the endpoint config as the docker CLI sends it
    com.fasterxml.jackson.databind.node.ObjectNode ep = dev.berth.api.json.JsonFields.MAPPER.createObjectNode();
    com.fasterxml.jackson.databind.node.ObjectNode ipam = ep.putObject("IPAMConfig");
    if (ip != null && !ip.isEmpty()) {
      ipam.put("IPv4Address", ip);
    }
    if (ip6 != null && !ip6.isEmpty()) {
      ipam.put("IPv6Address", ip6);
    }
    if (!linkLocalIps.isEmpty()) {
      linkLocalIps.forEach(ipam.putArray("LinkLocalIPs")::add);
    }
    if (links.isEmpty()) {
      ep.putNull("Links");
    } else {
      links.forEach(ep.putArray("Links")::add);
    }
    aliases.forEach(ep.putArray("Aliases")::add);
    if (!ep.has("Aliases")) {
      ep.putArray("Aliases");
    }
    com.fasterxml.jackson.databind.node.ObjectNode opts = ep.putObject("DriverOpts");
    for (String o : driverOpts) {
      int eq = o.indexOf('=');
      opts.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
    }
    ctx.networks().connect(args.get(0), args.get(1), ep);
    return 0;
  }
}
