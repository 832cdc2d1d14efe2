package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CliContext;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.ops.ImageOps;
import dev.berth.errors.BerthException;
import dev.berth.errors.NotFoundException;
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

  @Mixin
  HealthFlags health;

  @Mixin
  SecurityFlags security;

  @Option(names = "--rm")
  boolean rm;

  @Option(names = "--pull", defaultValue = "missing")
  String pull;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    options.host = host;
    options.health = health;
    options.security = security;
    minArgs(args, 1);
    if (!List.of("always", "missing", "never").contains(pull)) {
      throw new CommandFailed(CliContext.PROG + ": invalid pull option: '" + pull
          + "': must be one of \"always\", \"missing\" or \"never\"\n\nRun '" + path + " --help' for more information", 125);
    }
    String config = options.toConfig(args.get(0), args.subList(1, args.size()), rm, false, path, usageTail());
    options.host.warnings.forEach(ctx.err()::println);
    ContainerOptions.clientReferenceError(args.get(0)).ifPresent(msg -> {
      throw new CommandFailed(msg, 1);
    });
    String image = args.get(0);
    String created;
    try {
      if (pull.equals("always")) {
        ctx.images().pull(image, ctx.err());
      }
      created = options.host.createWithCidFile(() -> ctx.containers().create(image, options.name, config, this::warn), path);
    } catch (NotFoundException e) {
      if (pull.equals("never") || !e.getMessage().startsWith("No such image") || !ContainerOptions.pullable(image)) {
        throw new CommandFailed(BerthCli.daemonError(e), 1);
      }
      if (!quiet) {
        ctx.err().println("Unable to find image '" + e.getMessage().substring("No such image: ".length()) + "' locally");
      }
      try {
        ctx.images().pull(image, ctx.err());
        created = options.host.createWithCidFile(() -> ctx.containers().create(image, options.name, config, this::warn), path);
      } catch (ImageOps.LoadFailed pullFailed) {
        throw new CommandFailed(pullFailed.getMessage(), 1);
      } catch (BerthException e2) {
        throw new CommandFailed(BerthCli.daemonError(e2), 1);
      }
    } catch (ImageOps.LoadFailed pullFailed) {
      throw new CommandFailed(pullFailed.getMessage(), 1);
    } catch (BerthException e) {
      // create (unlike run) reports daemon errors with exit 1
      throw new CommandFailed(BerthCli.daemonError(e), 1);
    }
    ctx.out().println(created);
    return 0;
  }

  // the docker CLI prints each of the daemon's create warnings on stderr
  private void warn(String warning) {
    ctx.err().println("WARNING: " + warning);
  }
}
