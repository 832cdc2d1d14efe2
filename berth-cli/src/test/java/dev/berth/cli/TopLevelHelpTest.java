package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The top-level usage and its errors; expected texts from the docker CLI 28.2.2 (scenario Cli_TopLevelHelp). */
class TopLevelHelpTest {
  private record Run(int exit, String out, String err) {}

  private static Run berth(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BerthCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void globalOptionsAreWrappedAsPflagWrapsThemTo79Columns() {
    String text = TopLevelHelp.text(Map.of("DOCKER_CONFIG", "/tmp/acc-Cli_TopLevelHelp.AbCdEf/.dockercfg"));
    assertThat(text).contains("""
        Global Options:
              --config string      Location of client config files (default
                                   "/tmp/acc-Cli_TopLevelHelp.AbCdEf/.dockercfg")
          -c, --context string     Name of the context to use to connect to the
                                   daemon (overrides DOCKER_HOST env var and
                                   default context set with "berth context use")
          -D, --debug              Enable debug mode
          -H, --host list          Daemon socket to connect to
          -l, --log-level string   Set the logging level ("debug", "info",
                                   "warn", "error", "fatal") (default "info")
        """);
    assertThat(text).startsWith("Usage:  berth [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n")
        .endsWith("\n\nRun 'berth COMMAND --help' for more information on a command.\n\n"
            + "For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n");
  }

  @Test
  void aShortUsageTooNarrowToWrapGoesAsABlockOnTheNextLine() {
    String lines = FlagUsages.wrapped(List.of(new FlagUsages.Flag("", "a-very-long-flag-name-indeed", "string",
        "one two three four five six seven eight nine ten eleven twelve", null)), 60);
    assertThat(lines).isEqualTo("      --a-very-long-flag-name-indeed string   \n"
        + "                one two three four five six seven\n"
        + "                eight nine ten eleven twelve\n");
  }

  @Test
  void helpGoesToStdoutWithoutACommandToStderrAndHelpTopicsAreCommandHelps() {
    Run help = berth("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage:  berth [OPTIONS] COMMAND\n");
    assertThat(berth().err()).isEqualTo(help.out());
    Run shorthand = berth("-h");
    assertThat(shorthand.out()).isEqualTo(help.out());
    assertThat(shorthand.err()).isEqualTo("Flag shorthand -h has been deprecated, use --help\n");
    assertThat(berth("help").out()).isEqualTo(help.out());
    assertThat(berth("help", "images").out()).isEqualTo(berth("images", "--help").out());
    assertThat(berth("help", "volume").out()).startsWith("Usage:  berth volume COMMAND\n");
    Run unknown = berth("help", "nosuchcommand");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("unknown help topic: nosuchcommand\n");
  }

  @Test
  void unknownGlobalFlagsAndCommands() {
    String usage = "\n\nUsage:  berth [OPTIONS] COMMAND [ARG...]\n\nRun 'berth --help' for more information\n";
    assertThat(berth("--bogus")).isEqualTo(new Run(125, "", "unknown flag: --bogus" + usage));
    assertThat(berth("-z")).isEqualTo(new Run(125, "", "unknown shorthand flag: 'z' in -z" + usage));
    assertThat(berth("nosuchcommand")).isEqualTo(new Run(1, "",
        "berth: unknown command: berth nosuchcommand\n\nRun 'berth --help' for more information\n"));
    assertThat(berth("pull", "busybox")).isEqualTo(new Run(1, "", "berth: 'berth pull' is not supported yet\n"));
  }
}
