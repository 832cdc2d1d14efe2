package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.container.ContainerRecord;
import dev.berth.image.ContainerExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth export [-o FILE] CONTAINER}: the container's filesystem as a tar archive. */
@Command(name = "export")
public final class ExportCommand extends BaseCommand {
  @Option(names = {"-o", "--output"})
  String output;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws IOException {
    exactArgs(args, 1);
    if (output == null || output.isEmpty()) {
      if (System.console() != null && System.console().isTerminal()) {
        throw new CommandFailed("cowardly refusing to save to a terminal. Use the -o flag or redirect", 1);
      }
    }
    ContainerRecord r = ctx.engine().lifecycle().reconcile(ctx.engine().containers().inspect(args.get(0)));
    ContainerExporter exporter = new ContainerExporter(ctx.engine().store());
    if (output == null || output.isEmpty()) {
      OutputStream out = new BufferedOutputStream(ctx.out(), 1 << 16);
      exporter.export(r, out);
      out.flush();
      return 0;
    }
    // as the docker CLI: a temporary file beside the target, renamed over it once complete
    Path target = Path.of(output).toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".docker_temp_", "");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        exporter.export(r, out);
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
