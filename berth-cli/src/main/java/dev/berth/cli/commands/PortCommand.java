package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth port CONTAINER [PRIVATE_PORT[/PROTO]]}: the container's published ports, read from
 * its {@code NetworkSettings.Ports} as the docker CLI does. berth publishes no ports yet ({@code -p}
 * is refused), so a berth container lists none; against another daemon the mappings show.
 */
@Command(name = "port")
public final class PortCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    rangeArgs(args, 1, 2);
    String name = args.get(0);
    JsonNode ports = ctx.containers().inspect(name).path("NetworkSettings").path("Ports");
    if (args.size() == 2) {
      String given = args.get(1);
      int slash = given.indexOf('/');
      String port = slash < 0 ? given : given.substring(0, slash);
      String proto = slash < 0 ? "tcp" : given.substring(slash + 1);
      if (!port.matches("[0-9]+")) {
        throw new CommandFailed("Error: invalid port (" + port + "): strconv.ParseUint: parsing \"" + port
            + "\": invalid syntax", 1);
      }
      if (port.length() > 5 || Integer.parseInt(port) > 65535) {
        throw new CommandFailed("Error: invalid port (" + port + "): strconv.ParseUint: parsing \"" + port
            + "\": value out of range", 1);
      }
      JsonNode frontends = ports.path(port + "/" + proto);
      if (!frontends.isArray() || frontends.isEmpty()) {
        throw new CommandFailed("Error: No public port '" + given + "' published for " + name, 1);
      }
      frontends.forEach(f -> ctx.out().println(hostPort(f)));
      return 0;
    }
    List<String> lines = new ArrayList<>();
    ports.properties().forEach(e -> e.getValue().forEach(f -> lines.add(e.getKey() + " -> " + hostPort(f))));
    lines.sort(null);
    lines.forEach(ctx.out()::println);
    return 0;
  }

  /** Go's net.JoinHostPort: an IPv6 address in brackets. */
  private static String hostPort(JsonNode f) {
    String ip = f.path("HostIp").asText("");
    return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + f.path("HostPort").asText("");
  }
}
