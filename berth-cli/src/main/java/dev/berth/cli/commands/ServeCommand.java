package dev.berth.cli.commands;

import dev.berth.api.BerthServer;
import dev.berth.cli.BaseCommand;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth serve --host unix:///path}: the Docker Engine API in the foreground until SIGTERM. */
@Command(name = "serve")
public final class ServeCommand extends BaseCommand {
  @Option(names = {"-H", "--host"})
  List<String> hosts = new ArrayList<>();

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws Exception {
    noArgs(args);
    List<URI> uris = new ArrayList<>();
    for (String h : hosts) {
      uris.add(URI.create(h));
    }
    BerthServer server = new BerthServer(ctx.engine());
    server.start(uris);
    server.stopOnShutdown();
    server.join();
    return 0;
  }
}
