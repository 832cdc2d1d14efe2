package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.container.ContainerRecord;
import dev.berth.runtime.LogOptions;
import dev.berth.runtime.LogReader;
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

  @Override
  protected int execute() throws IOException {
    exactArgs(args, 1);
    ContainerRecord r = ctx.engine().containers().inspect(args.get(0));
    LogOptions opts = LogOptions.all().withTimestamps(timestamps).withFollow(follow && r.running());
    opts = opts.withTail(tailLines(tail));
    if (details) {
      opts = opts.withDetails(dev.berth.container.HostSettings.logDetails(
          dev.berth.container.ContainerConfigs.parse(r.config())));
    }
    long now = dev.berth.store.BerthStore.nowNs();
    if (since != null) {
      opts = opts.withSince(instant(dev.berth.image.TimeFilter.parse(since, now)));
    }
    if (until != null) {
      opts = opts.withUntil(instant(dev.berth.image.TimeFilter.parse(until, now)));
    }
    var dirs = new dev.berth.runtime.ContainerDirs(ctx.paths().container(r.id()));
    var lifecycle = ctx.engine().lifecycle();
    new LogReader(dirs.log()).copy(opts, ctx.out(), ctx.err(),
        () -> !lifecycle.reconcile(ctx.engine().containers().inspect(r.id())).running());
    ctx.out().flush();
    return 0;
  }

  /** The daemon reads {@code --tail} as a number of lines; anything else (all, -1, junk) means all. */
  static int tailLines(String tail) {
    try {
      return Math.max(-1, Integer.parseInt(tail.strip()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static java.time.Instant instant(long ns) {
    return java.time.Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
  }
}
