package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.ops.ImageOps;
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

/** {@code berth import file|- [REPOSITORY[:TAG]]}: prints the new image's full ID. */
@Command(name = "import")
public final class ImportCommand extends BaseCommand {
  @Option(names = {"-m", "--message"})
  String message;

  @Option(names = {"-c", "--change"})
  List<String> changes = new ArrayList<>();

  @Option(names = "--platform")
  String platform;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws IOException {
    minArgs(args, 1);
    maxArgs(args, 2);
    String ref = args.size() > 1 ? args.get(1) : null;
    String source = args.get(0);
    String id;
    try {
      if (source.equals("-")) {
        id = ctx.images().importImage(ctx.in(), ref, message, changes);
      } else {
        try (InputStream in = Files.newInputStream(Path.of(source))) {
          id = ctx.images().importImage(in, ref, message, changes);
        } catch (NoSuchFileException e) {
          throw new dev.berth.cli.CommandFailed("open " + source + ": no such file or directory", 1);
        }
      }
    } catch (ImageOps.LoadFailed e) {
      throw new dev.berth.cli.CommandFailed(e.getMessage(), 1);
    }
    ctx.out().println(id);
    return 0;
  }
}
