package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.engine.CommitRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth commit CONTAINER [REPOSITORY[:TAG]]}: prints the new image ID. */
@Command(name = "commit")
public final class CommitCommand extends BaseCommand {
  @Option(names = {"-a", "--author"})
  String author;

  @Option(names = {"-m", "--message"})
  String message;

  @Option(names = {"-c", "--change"})
  List<String> changes = new ArrayList<>();

  @Option(names = {"-p", "--pause"}, arity = "0..1", fallbackValue = "true")
  boolean pause = true;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(args, 1);
    maxArgs(args, 2);
    String id = ctx.containers().commit(new CommitRequest(args.get(0), args.size() > 1 ? args.get(1) : null, author,
        message, changes, null, pause));
    ctx.out().println(id);
    return 0;
  }
}
