package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth save [-o FILE] IMAGE...}: a file is written atomically (temp, then rename, 0600). */
@Command(name = "save")
public final class SaveCommand extends BaseCommand {
  @Option(names = {"-o", "--output"})
  String output;

  @Option(names = "--platform")
  String platform;

  @Parameters
  List<String> images = new ArrayList<>();

  @Override
  protected int execute() throws IOException {
    requiresApi(platform != null, "--platform", "1.48");
    minArgs(images, 1);
    if (output == null) {
      if (System.console() != null && System.console().isTerminal()) {
        throw new CommandFailed("cowardly refusing to save to a terminal. Use the -o flag or redirect", 1);
      }
      OutputStream out = new BufferedOutputStream(ctx.out(), 1 << 16);
      ctx.images().save(images, out);
      out.flush();
      return 0;
    }
    Path target = Path.of(output).toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new CommandFailed("failed to save image: invalid output path: stat " + Path.of(output).getParent()
          + ": no such file or directory", 1);
    }
    Path tmp = Files.createTempFile(target.getParent(), ".berth-save-", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        ctx.images().save(images, out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
    return 0;
  }
}
