package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.format.RuneWidth;
import dev.berth.cli.format.TabWriter;
import dev.berth.runtime.TopResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code berth top CONTAINER [ps OPTIONS]}: docker's table (min width 20, padding 3). */
@Command(name = "top")
public final class TopCommand extends BaseCommand {
  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(args, 1);
    TopResult top = ctx.containers().top(args.get(0), args.subList(1, args.size()));
    StringBuilder sb = new StringBuilder(String.join("\t", top.titles())).append('\n');
    for (List<String> p : top.processes()) {
      sb.append(String.join("\t", p)).append('\n');
    }
    ctx.out().print(new TabWriter(20, 3, ' ', RuneWidth.fromEnvironment(System.getenv())).format(sb.toString()));
    return 0;
  }
}
