package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.image.Filters;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth network prune}: the networks deleted (never a predefined one). */
@Command(name = "prune")
public final class NetworkPruneCommand extends BaseCommand {
  @Option(names = "--filter")
  List<String> filters = new ArrayList<>();

  @Option(names = {"-f", "--force"})
  boolean force;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    checkFilters(filters, "--filter");
    if (!force && !Prompt.confirm(ctx, "WARNING! This will remove all custom networks not used by at least one container.")) {
      return 0;
    }
    List<String> deleted = ctx.networks().prune(Filters.ofArgs(filters));
    if (!deleted.isEmpty()) {
      StringBuilder b = new StringBuilder("Deleted Networks:\n");
      deleted.forEach(n -> b.append(n).append('\n'));
      ctx.out().println(b); // the docker CLI's Fprintln of the whole text: a blank line after the names
    }
    return 0;
  }
}
