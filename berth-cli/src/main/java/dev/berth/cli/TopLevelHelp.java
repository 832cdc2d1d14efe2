package dev.berth.cli;

import dev.berth.errors.GoQuote;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The docker CLI's top-level usage ({@code berth}, {@code berth --help}, {@code berth help}). */
final class TopLevelHelp {
  /** The width the docker CLI wraps flag usages to when it cannot ask a terminal (80 - 1). */
  static final int COLUMNS = 79;

  private TopLevelHelp() {}

  /**
   * The whole text: commands as the docker CLI lists them, and its global options with defaults
   * from {@code env} ({@code DOCKER_CONFIG}, {@code HOME}). berth's own {@code --root} and
   * {@code --runroot} are not listed, like hidden flags.
   */
  static String text(Map<String, String> env) {
    Path config = CliConfigFile.directory(null, env);
    List<FlagUsages.Flag> flags = List.of(
        new FlagUsages.Flag("", "config", "string", "Location of client config files", quoted(config)),
        new FlagUsages.Flag("c", "context", "string", "Name of the context to use to connect to the daemon"
            + " (overrides DOCKER_HOST env var and default context set with \"" + CliContext.PROG + " context use\")",
            null),
        new FlagUsages.Flag("D", "debug", "", "Enable debug mode", null),
        new FlagUsages.Flag("H", "host", "list", "Daemon socket to connect to", null),
        new FlagUsages.Flag("l", "log-level", "string",
            "Set the logging level (\"debug\", \"info\", \"warn\", \"error\", \"fatal\")", "\"info\""),
        new FlagUsages.Flag("", "tls", "", "Use TLS; implied by --tlsverify", null),
        new FlagUsages.Flag("", "tlscacert", "string", "Trust certs signed only by this CA",
            quoted(config.resolve("ca.pem"))),
        new FlagUsages.Flag("", "tlscert", "string", "Path to TLS certificate file", quoted(config.resolve("cert.pem"))),
        new FlagUsages.Flag("", "tlskey", "string", "Path to TLS key file", quoted(config.resolve("key.pem"))),
        new FlagUsages.Flag("", "tlsverify", "", "Use TLS and verify the remote", null),
        new FlagUsages.Flag("v", "version", "", "Print version information and quit", null));
    String options = FlagUsages.wrapped(flags, COLUMNS);
    return Help.text("toplevel").replace("{{global options}}\n", options);
  }

  private static String quoted(Path p) {
    return GoQuote.of(p.toString());
  }
}
