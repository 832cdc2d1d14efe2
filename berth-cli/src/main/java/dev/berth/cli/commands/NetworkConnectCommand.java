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
    ctx.networks().connect(args.get(0), args.get(1), !path.endsWith("disconnect"), force);
    return 0;
  }
}
