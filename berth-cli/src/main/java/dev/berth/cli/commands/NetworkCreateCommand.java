package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth network create NAME}: the daemon's refusal of a predefined name; other networks need
 * a network driver berth does not have (the engine says so). The flags are accepted as the docker
 * CLI's, but only the driver is passed on.
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

  @Option(names = "--ipam-driver")
  String ipamDriver;

  @Option(names = "--ipam-opt")
  List<String> ipamOpts = new ArrayList<>();

  @Option(names = "--ipv6")
  boolean ipv6;

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
    try {
      ctx.out().println(ctx.networks().create(args.getFirst(), driver));
    } catch (dev.berth.errors.BerthException e) {
      // the daemon ends its predefined-network message with a space the docker client trims
      throw new dev.berth.errors.BerthException(e.kind(), e.getMessage().strip(), e);
    }
    return 0;
  }
}
