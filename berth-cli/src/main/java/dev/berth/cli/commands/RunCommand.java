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

/** {@code berth run}: create, then start detached ({@code -d}) or attached with the exit code. */
@Command(name = "run")
public final class RunCommand extends BaseCommand {
  @Mixin
  ContainerOptions options;

  @Mixin
  HostFlags host;

  @Mixin
  HealthFlags health;

  @Mixin
  SecurityFlags security;

  @Option(names = {"-d", "--detach"})
  boolean detach;

  @Option(names = "--rm")
  boolean rm;

  @Option(names = "--pull", defaultValue = "missing")
  String pull;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--detach-keys")
  String detachKeys;

  @Option(names = "--sig-proxy", arity = "0..1", fallbackValue = "true", defaultValue = "true")
  boolean sigProxy;

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
    // the docker CLI checks the terminal only for a stdin it attaches: never with -d
    if (options.tty && options.interactive && !detach && System.console() == null) {
      throw new CommandFailed("the input device is not a TTY", 1);
    }
    if (detach && !options.attach.isEmpty()) {
      throw new CommandFailed("conflicting options: cannot specify both --attach and --detach", 1);
    }
    String image = args.get(0);
    String config = options.toConfig(image, args.subList(1, args.size()), rm, detach, path, usageTail());
    options.host.warnings.forEach(ctx.err()::println);
    ContainerOptions.clientReferenceError(image).ifPresent(msg -> {
      throw new CommandFailed(CliContext.PROG + ": " + msg + "\n\nRun '" + path + " --help' for more information", 125);
    });
    String id;
    try {
      id = options.host.createWithCidFile(() -> ctx.containers().create(image, options.name, config, this::warn), path);
    } catch (NotFoundException e) {
      if (pull.equals("never") || !e.getMessage().startsWith("No such image") || !ContainerOptions.pullable(image)) {
        throw runError(e);
      }
      if (!quiet) {
        ctx.err().println("Unable to find image '" + e.getMessage().substring("No such image: ".length()) + "' locally");
      }
      try {
        ctx.images().pull(image, ctx.err());
        id = ctx.containers().create(image, options.name, config, this::warn);
      } catch (ImageOps.LoadFailed pullFailed) {
        throw new CommandFailed(CliContext.PROG + ": " + pullFailed.getMessage() + "\n\nRun '" + path
            + " --help' for more information", 125);
      } catch (BerthException e2) {
        throw runError(e2);
      }
    } catch (BerthException e) {
      throw runError(e);
    }
    // from its creation on, the signals the client gets go to the container (with a terminal too)
    String created = id;
    try (SignalProxy proxy = SignalProxy.start(sigProxy, sig -> ctx.containers().kill(created, sig))) {
      if (detach) {
        // the docker CLI prints the ID before it starts the container: it shows even when the start fails
        ctx.out().println(id);
        ctx.out().flush();
        ctx.containers().start(id);
        return 0;
      }
      boolean attachOut = options.attach.isEmpty() || options.attaches("stdout");
      boolean attachErr = options.attach.isEmpty() || options.attaches("stderr");
      boolean attachIn = options.attach.isEmpty() ? options.interactive : options.attaches("stdin");
      ctx.out().flush();
      int code;
      try (RawTerminal raw = RawTerminal.enter(options.tty && options.interactive)) {
        java.io.InputStream in = attachIn ? ctx.in() : null;
        if (in != null && options.tty) {
          if (detachKeys == null || detachKeys.isEmpty()) {
            detachKeys = ctx.configDetachKeys();
          }
          // the client finds the detach keys in a terminal's input
          in = new dev.berth.container.DetachKeys.EscapeInput(in, dev.berth.container.DetachKeys.valid(detachKeys)
              ? dev.berth.container.DetachKeys.parse(detachKeys) : dev.berth.container.DetachKeys.DEFAULT);
        }
        code = ctx.containers().runAttached(id, rm, in,
            attachOut ? ctx.out() : java.io.OutputStream.nullOutputStream(),
            attachErr ? ctx.err() : java.io.OutputStream.nullOutputStream());
      }
      ctx.out().flush();
      return code;
    } catch (BerthException e) {
      if (rm && detach) {
        ctx.containers().discardAutoRemoved(id);
      }
      throw runError(e);
    }
  }

  /** docker run's wording and exit codes for daemon errors (cli-format §1.2). */
  private CommandFailed runError(BerthException e) {
    String msg = e.getMessage();
    int code = 125;
    if (msg.contains("executable file not found") || msg.contains("no such file or directory")) {
      code = 127;
    } else if (msg.contains("permission denied") || msg.contains("is a directory")) {
      code = 126;
    }
    return new CommandFailed(CliContext.PROG + ": " + BerthCli.daemonError(e) + "\n\nRun '" + path
        + " --help' for more information", code);
  }

  // the docker CLI prints each of the daemon's create warnings on stderr
  private void warn(String warning) {
    ctx.err().println("WARNING: " + warning);
  }
}
