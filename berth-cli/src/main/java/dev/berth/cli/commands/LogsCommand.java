package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.ops.ContainerOps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth logs [-f] [--tail N] [-t]}. */
@Command(name = "logs")
public final class LogsCommand extends BaseCommand {
  @Option(names = {"-f", "--follow"})
  boolean follow;

  @Option(names = {"-n", "--tail"}, defaultValue = "all")
  String tail;

  @Option(names = {"-t", "--timestamps"})
  boolean timestamps;

  @Option(names = "--since")
  String since;

  @Option(names = "--until")
  String until;

  @Option(names = "--details")
  boolean details;

  @Parameters
  List<String> args = new ArrayList<>();

  /** The exit status a shell gives a process killed by SIGPIPE. */
  static final int SIGPIPE_EXIT = 128 + 13;

  @Override
  protected int execute() throws IOException {
    exactArgs(args, 1);
    ctx.containers().logs(args.get(0), new ContainerOps.LogsRequest(follow, tail, timestamps, since, until, details),
        ctx.out(), ctx.err());
    ctx.out().flush();
    // the docker CLI dies of SIGPIPE on a write to a reader that went away (a shell shows 128+13)
    return ctx.out().checkError() ? SIGPIPE_EXIT : 0;
  }
}
