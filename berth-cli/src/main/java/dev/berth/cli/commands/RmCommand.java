package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth rm}: removes containers, printing each argument as it succeeds. */
@Command(name = "rm")
public final class RmCommand extends BaseCommand {
  @Option(names = {"-f", "--force"})
  boolean force;

  @Option(names = {"-v", "--volumes"})
  boolean volumes;

  @Option(names = {"-l", "--link"})
  boolean link;

  @Parameters
  List<String> containers = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(containers, 1);
    List<String> errors = new ArrayList<>();
    boolean onlyNotFound = true;
    for (String c : containers) {
      String name = c.replaceAll("^/+|/+$", ""); // the docker CLI sends the name without its slashes
      if (name.isEmpty()) { // the docker CLI's own check, before any request
        errors.add("container name cannot be empty");
        onlyNotFound = false;
        continue;
      }
      try {
        if (link) {
          ctx.containers().removeLink(name);
        } else {
          ctx.containers().remove(name, force, volumes);
        }
        ctx.out().println(c);
      } catch (BerthException e) {
        errors.add(BerthCli.daemonError(e));
        onlyNotFound &= e.kind() == ErrorKind.NOT_FOUND;
      }
    }
    if (errors.isEmpty()) {
      return 0;
    }
    ctx.err().println(String.join("\n", errors));
    return force && onlyNotFound ? 0 : 1;
  }
}
