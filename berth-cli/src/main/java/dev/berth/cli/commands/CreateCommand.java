package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth create}: makes a container and prints its full ID. */
@Command(name = "create")
public final class CreateCommand extends BaseCommand {
  @Mixin
  ContainerOptions options;

  @Mixin
  HostFlags host;

  @Option(names = "--rm")
  boolean rm;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    options.host = host;
    minArgs(args, 1);
    String config = options.toConfig(args.get(0), args.subList(1, args.size()), rm, false, path, usageTail());
    ContainerOptions.clientReferenceError(args.get(0)).ifPresent(msg -> {
      throw new CommandFailed(msg, 1);
    });
    String created;
    try {
      created = options.host.createWithCidFile(() -> ctx.containers().create(args.get(0), options.name, config), path);
    } catch (BerthException e) {
      // create (unlike run) reports daemon errors with exit 1
      throw new CommandFailed(BerthCli.daemonError(e), 1);
    }
    ctx.out().println(created);
    return 0;
  }
}
