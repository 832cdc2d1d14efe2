package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.ops.ImageOps;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth load [-i FILE] [-q]}: errors of the load stream print without a daemon prefix. */
@Command(name = "load")
public final class LoadCommand extends BaseCommand {
  @Option(names = {"-i", "--input"})
  String input;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--platform")
  String platform;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws IOException {
    requiresApi(platform != null, "--platform", "1.48");
    noArgs(args);
    if (input == null && System.console() != null && System.console().isTerminal()) {
      throw new CommandFailed("requested load from stdin, but stdin is empty", 1);
    }
    InputStream in;
    if (input == null) {
      in = ctx.in();
    } else {
      try {
        in = Files.newInputStream(Path.of(input));
      } catch (NoSuchFileException e) {
        throw new CommandFailed("open " + input + ": no such file or directory", 1);
      }
    }
    try (InputStream stream = new BufferedInputStream(in, 1 << 16)) {
      ctx.images().load(stream, ctx.out()::println);
    } catch (ImageOps.LoadFailed e) {
      throw new CommandFailed(e.getMessage(), 1);
    }
    return 0;
  }
}
