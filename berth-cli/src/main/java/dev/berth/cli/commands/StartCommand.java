package dev.berth.cli.commands;

import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth start [-a]}: failures print as they happen, then one summary error. */
@Command(name = "start")
public final class StartCommand extends ContainerVerbCommand {
  @Option(names = {"-a", "--attach"})
  boolean attach;

  @Option(names = {"-i", "--interactive"})
  boolean interactive;

  @Parameters
  List<String> containers = new ArrayList<>();

  @Override
  protected String act(String container) {
    ctx.containers().start(container);
    return container;
  }

  @Override
  protected int execute() {
    minArgs(containers, 1);
    if (attach || interactive) {
      if (containers.size() > 1) {
        throw new dev.berth.cli.CommandFailed("you cannot start and attach multiple containers at once", 1);
      }
      ctx.out().flush();
      int code = ctx.containers().startAttached(containers.get(0), interactive ? ctx.in() : null, ctx.out(), ctx.err());
      ctx.out().flush();
      return code;
    }
    List<String> failed = new ArrayList<>();
    for (String c : containers) {
      try {
        ctx.out().println(act(c));
        ctx.out().flush();
      } catch (BerthException e) {
        ctx.err().println(BerthCli.daemonError(e));
        failed.add(c);
      }
    }
    if (failed.isEmpty()) {
      return 0;
    }
    ctx.err().println("Error: failed to start containers: " + String.join(", ", failed));
    return 1;
  }
}
