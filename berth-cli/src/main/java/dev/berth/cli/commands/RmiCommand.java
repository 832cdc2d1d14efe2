package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;
import dev.berth.image.DeleteRecord;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth rmi}: removes images argument by argument, collecting errors as docker does. */
@Command(name = "rmi")
public final class RmiCommand extends BaseCommand {
  @Option(names = {"-f", "--force"})
  boolean force;

  @Option(names = "--no-prune")
  boolean noPrune;

  @Option(names = "--platform", hidden = true)
  String platform;

  @Parameters
  List<String> images = new ArrayList<>();

  @Override
  protected int execute() {
    requiresApi(platform != null, "--platform", "1.50");
    minArgs(images, 1);
    List<String> errors = new ArrayList<>();
    boolean onlyNotFound = true;
    for (String image : images) {
      try {
        for (DeleteRecord r : ctx.images().remove(dev.berth.cli.ApiPath.name("images", image), force, noPrune)) {
          ctx.out().println(r.untagged() != null ? "Untagged: " + r.untagged() : "Deleted: " + r.deleted());
        }
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
