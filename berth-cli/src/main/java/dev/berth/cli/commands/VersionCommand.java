package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth version}: berth's own version block. */
@Command(name = "version")
public final class VersionCommand extends BaseCommand {
  @Option(names = {"-f", "--format"})
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    ctx.out().print(
        "Client:\n Version:           0.1.0\n API version:       1.41\n OS/Arch:           linux/amd64\n\n"
            + "Server: berth (embedded, daemonless)\n Engine:\n  Version:          0.1.0\n"
            + "  API version:      1.41 (minimum version 1.24)\n  OS/Arch:          linux/amd64\n");
    return 0;
  }
}
