package dev.berth.cli.commands;

import dev.berth.check.StoreCheck;
import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth system check [--repair]}: one line per broken invariant; exit 1 when any. */
@Command(name = "check")
public final class SystemCheckCommand extends BaseCommand {
  @Option(names = "--repair")
  boolean repair;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    StoreCheck check = new StoreCheck(ctx.engine().store());
    List<String> problems = repair ? check.repair() : check.run();
    for (String p : problems) {
      ctx.out().println(p);
    }
    if (repair) {
      List<String> left = check.run();
      left.forEach(p -> ctx.err().println("not repaired: " + p));
      return left.isEmpty() ? 0 : 1;
    }
    return problems.isEmpty() ? 0 : 1;
  }
}
