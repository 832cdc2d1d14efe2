package dev.berth.cli.commands;

import dev.berth.api.BerthServer;
import dev.berth.api.TlsConfig;
import dev.berth.cli.BaseCommand;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth serve --host unix:///path [--host tcp://HOST:PORT --tlscert F --tlskey F --tlscacert F]}:
 * the Docker Engine API in the foreground until SIGTERM.
 */
@Command(name = "serve")
public final class ServeCommand extends BaseCommand {
  @Option(names = {"-H", "--host"})
  List<String> hosts = new ArrayList<>();

  @Option(names = "--tlscert")
  String tlsCert;

  @Option(names = "--tlskey")
  String tlsKey;

  @Option(names = "--tlscacert")
  String tlsCaCert;

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
    try {
      server.start(uris, tls());
    } catch (dev.berth.errors.BerthException e) {
      // berth's own failure to listen, not a daemon's answer to a request
      throw new dev.berth.cli.CommandFailed(dev.berth.cli.CliContext.PROG + " serve: " + e.getMessage(), 1);
    }
    server.stopOnShutdown();
    server.join();
    return 0;
  }

  /** TLS for the TCP listeners when a certificate is given; {@code --tlscacert} alone is an error. */
  private TlsConfig tls() {
    if (tlsCert == null && tlsKey == null && tlsCaCert == null) {
      return null;
    }
    return new TlsConfig(path(tlsCert), path(tlsKey), path(tlsCaCert));
  }

  private static Path path(String s) {
    return s == null ? null : Path.of(s);
  }
}
