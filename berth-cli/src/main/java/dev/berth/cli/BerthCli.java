package dev.berth.cli;

import dev.berth.errors.BerthException;
import dev.berth.store.StorePaths;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Parses the global options, picks the command and runs it with Docker's error conventions. */
public final class BerthCli {
  static {
    // picocli's default factory otherwise looks up groovy.lang.Closure when it is first used (for
    // any list-valued flag): a miss that searches the whole class path, TLS jars included, and
    // costs a command 15-40 ms
    System.setProperty("picocli.disable.closures", "true");
    // the same for SLF4J (which sqlite-jdbc logs through): named, its no-op provider needs no
    // search of every jar's META-INF/services
    System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN"); // not a line on stderr about it
  }

  private BerthCli() {}

  /** Commands that read no JSON on their usual path: no Jackson warm-up for them. */
  private static final Set<String> NO_JSON_COMMANDS = Set.of("images", "rmi", "tag", "image prune", "version");
  /**
   * The commands that only make sense on the in-process engine's store (by their registry help
   * key); every other command also works against a daemon's API ({@code -H}).
   */
  static final Set<String> LOCAL_ONLY_COMMANDS = Set.of("serve", "system check", "container cleanup");

  public static int run(String[] argv, InputStream in, PrintStream out, PrintStream err) {
    return run(argv, in, out, err, System.getenv("BERTH_HOST"));
  }

  /** @param envHost the value of {@code BERTH_HOST} (null or empty: unset); {@code -H} wins over it */
  public static int run(String[] argv, InputStream in, PrintStream out, PrintStream err, String envHost) {
    Path root = null;
    String host = envHost == null || envHost.isEmpty() ? null : envHost;
    Path runRoot = null;
    String configFlag = null;
    int i = 0;
    while (i < argv.length && argv[i].startsWith("-")) {
      String a = argv[i];
      String value = null;
      int eq = a.indexOf('=');
      String flag = eq > 0 ? a.substring(0, eq) : a;
      switch (flag) {
        case "--root", "--runroot", "-H", "--host", "--log-level", "-l", "--config", "--context", "-c" -> {
          if (eq > 0) {
            value = a.substring(eq + 1);
          } else if (i + 1 < argv.length) {
            value = argv[++i];
          } else {
            err.println("flag needs an argument: " + flag);
            return 125;
          }
          if (flag.equals("--root")) {
            root = Path.of(value);
          } else if (flag.equals("--runroot")) {
            runRoot = Path.of(value);
          } else if (flag.equals("-H") || flag.equals("--host")) {
            host = value;
          } else if (flag.equals("--config")) {
            configFlag = value;
          }
        }
        case "-D", "--debug" -> {}
        case "-v", "--version" -> {
          out.println("berth version 0.1.0");
          return 0;
        }
        case "--help" -> {
          out.print(TopLevelHelp.text(System.getenv()));
          return 0;
        }
        case "-h" -> {
          out.print(TopLevelHelp.text(System.getenv()));
          err.println("Flag shorthand -h has been deprecated, use --help");
          return 0;
        }
        default -> {
          String problem = flag.startsWith("--") ? "unknown flag: " + flag
              : "unknown shorthand flag: '" + a.charAt(1) + "' in " + a;
          err.println(problem + "\n\nUsage:  " + CliContext.PROG + " [OPTIONS] COMMAND [ARG...]\n\nRun '"
              + CliContext.PROG + " --help' for more information");
          return 125;
        }
      }
      i++;
    }
    List<String> rest = new ArrayList<>(Arrays.asList(argv).subList(i, argv.length));
    if (rest.isEmpty()) {
      err.print(TopLevelHelp.text(System.getenv()));
      return 0;
    }
    String name = rest.remove(0);
    if (name.equals("help")) {
      return helpTopic(rest, out, err);
    }
    if (NOT_YET.contains(name)) {
      err.println(CliContext.PROG + ": '" + CliContext.PROG + " " + name + "' is not supported yet");
      return 1;
    }
    String key = name;
    if (CommandRegistry.GROUPS.contains(name)) {
      Integer done = groupOnly(name, rest, out, err);
      if (done != null) {
        return done;
      }
      key = name + " " + rest.remove(0);
    }
    CommandRegistry.Entry entry = CommandRegistry.COMMANDS.get(key);
    if (entry == null) {
      if (CommandRegistry.GROUPS.contains(name)) {
        err.println("berth: unknown command: berth " + key + "\n\n" + groupUsage(name));
      } else {
        err.println("berth: unknown command: berth " + key + "\n\nRun 'berth --help' for more information");
      }
      return 1;
    }
    if (root == null) {
      root = StorePaths.defaultRoot();
    }
    if (runRoot == null) {
      runRoot = StorePaths.defaultRunRoot();
    }
    String path = CliContext.PROG + " " + key;
    String usage = path + " " + entry.args();
    if (wantsHelp(rest, entry.stopAtPositional())) {
      out.print(commandHelp(key, entry));
      return 0;
    }
    if (host != null && LOCAL_ONLY_COMMANDS.contains(entry.helpKey())) {
      err.println(CliContext.PROG + ": " + key + " against a remote daemon (-H) is not supported yet");
      return 1;
    }
    if (host == null) {
      dev.berth.engine.WarmUp.start(!NO_JSON_COMMANDS.contains(entry.helpKey()));
    }
    try (CliContext ctx = new CliContext(in, out, err, new StorePaths(root, runRoot), host,
        CliConfigFile.directory(configFlag, System.getenv()))) {
      BaseCommand command = entry.factory().get();
      command.bind(ctx, path, usage);
      // The spec generated at compile time from the annotations; picocli's reflection otherwise.
      Object spec = dev.berth.cli.commands.CommandSpecs.of(command);
      CommandLine cl = new CommandLine(spec != null ? spec : command);
      cl.setStopAtPositional(entry.stopAtPositional());
      cl.setUnmatchedOptionsArePositionalParams(false);
      cl.setOverwrittenOptionsAllowed(true);
      CommandLine.ParseResult parsed;
      try {
        parsed = cl.parseArgs(rest.toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        err.println(flagError(e, rest) + command.usageTail());
        return 125;
      }
      if (parsed == null) {
        return 125;
      }
      return command.call();
    } catch (UsageException e) {
      err.println(e.getMessage());
      return e.exitCode();
    } catch (CommandFailed e) {
      if (e.getMessage() != null) {
        err.println(e.getMessage());
      }
      return e.exitCode();
    } catch (BerthException e) {
      err.println(daemonError(e));
      return 1;
    } catch (Exception e) {
      err.println("berth: " + e);
      return 1;
    }
  }

  /** Docker commands berth does not have yet (registries, swarm, plugins, contexts, ...). */
  private static final Set<String> NOT_YET = Set.of("config", "context", "login", "logout", "manifest",
      "node", "plugin", "pull", "push", "search", "secret", "service", "stack", "swarm", "trust");

  /** A command's {@code --help}: its usage line (as invoked) and the docker CLI's text. */
  private static String commandHelp(String key, CommandRegistry.Entry entry) {
    String usage = CliContext.PROG + " " + key + " " + entry.args();
    String help = Help.text(entry.helpKey());
    if (help == null) {
      return "Usage:  " + usage + "\n";
    }
    return "Usage:  " + usage + help.substring(help.indexOf('\n'));
  }

  /** {@code berth help [COMMAND]}: what {@code COMMAND --help} prints, on stdout. */
  private static int helpTopic(List<String> topic, PrintStream out, PrintStream err) {
    if (topic.isEmpty()) {
      out.print(TopLevelHelp.text(System.getenv()));
      return 0;
    }
    String name = topic.get(0);
    if (CommandRegistry.GROUPS.contains(name) && topic.size() == 1) {
      out.print(Help.text("group " + name));
      return 0;
    }
    String key = CommandRegistry.GROUPS.contains(name) ? name + " " + topic.get(1) : name;
    CommandRegistry.Entry entry = CommandRegistry.COMMANDS.get(key);
    if (entry == null) {
      err.println("unknown help topic: " + String.join(" ", topic));
      return 1;
    }
    out.print(commandHelp(key, entry));
    return 0;
  }

  /**
   * A group command ({@code berth volume}) without a subcommand: its help on stderr (exit 0),
   * {@code --help} on stdout, an unknown flag as cobra reports it (exit 125). Null when
   * {@code rest} starts with a subcommand.
   */
  private static Integer groupOnly(String group, List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      err.print(Help.text("group " + group));
      return 0;
    }
    String first = rest.get(0);
    if (first.equals("--help")) {
      out.print(Help.text("group " + group));
      return 0;
    }
    if (first.equals("-h")) {
      out.println("Flag shorthand -h has been deprecated, use --help");
      out.print(Help.text("group " + group));
      return 0;
    }
    if (!first.startsWith("-") || first.equals("-")) {
      return null;
    }
    String flag = first.startsWith("--")
        ? "unknown flag: " + (first.contains("=") ? first.substring(0, first.indexOf('=')) : first)
        : "unknown shorthand flag: '" + first.charAt(1) + "' in " + first;
    err.println(flag + "\n\n" + groupUsage(group));
    return 125;
  }

  /** The short usage of a group's errors; only volume's names its COMMAND (the CLI's Use lines). */
  private static String groupUsage(String group) {
    return "Usage:  berth " + group + (group.equals("volume") ? " COMMAND" : "")
        + "\n\nRun 'berth " + group + " --help' for more information";
  }

  /** The docker CLI prints a daemon error as {@code Error response from daemon: <message>}. */
  public static String daemonError(BerthException e) {
    return "Error response from daemon: " + e.getMessage();
  }

  private static boolean wantsHelp(List<String> args, boolean stopAtPositional) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--help")) {
        return true;
      }
      if (stopAtPositional && !a.startsWith("-")) {
        return false;
      }
    }
    return false;
  }

  /** pflag's wording for flag errors. */
  private static String flagError(CommandLine.ParameterException e, List<String> args) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String bad = u.getUnmatched().get(0);
      if (bad.startsWith("--")) {
        int eq = bad.indexOf('=');
        return "unknown flag: " + (eq > 0 ? bad.substring(0, eq) : bad);
      }
      if (bad.startsWith("-") && bad.length() > 1) {
        return "unknown shorthand flag: '" + bad.charAt(1) + "' in " + bad;
      }
      return e.getMessage();
    }
    if (e instanceof CommandLine.MissingParameterException m && m.getArgSpec() != null
        && m.getArgSpec().isOption()) {
      CommandLine.Model.OptionSpec o = (CommandLine.Model.OptionSpec) m.getArgSpec();
      return "flag needs an argument: " + flagName(o, args);
    }
    String msg = e.getMessage();
    if (msg != null && msg.matches("(?s)Invalid value for option '[^']*': '.*' is not an? (int|long)") && e.getArgSpec() != null
        && e.getArgSpec().isOption() && e.getValue() != null) {
      // pflag parses integer flags with strconv.ParseInt and names the flag with its shorthand
      CommandLine.Model.OptionSpec o = (CommandLine.Model.OptionSpec) e.getArgSpec();
      String shortName = java.util.Arrays.stream(o.names()).filter(n -> !n.startsWith("--")).findFirst().orElse(null);
      String names = (shortName == null ? "" : shortName + ", ") + o.longestName();
      String v = e.getValue();
      return "invalid argument \"" + v + "\" for \"" + names + "\" flag: strconv.ParseInt: parsing \"" + v + "\": "
          + (v.matches("[+-]?[0-9]+") ? "value out of range" : "invalid syntax");
    }
    if (msg != null && msg.startsWith("Missing required parameter for option '")) {
      String opt = msg.substring("Missing required parameter for option '".length(), msg.indexOf('\'', 40));
      return "flag needs an argument: " + opt;
    }
    if (msg != null && msg.startsWith("Unknown option: '")) {
      String bad = msg.substring("Unknown option: '".length(), msg.lastIndexOf('\''));
      return bad.startsWith("--") ? "unknown flag: " + bad : "unknown shorthand flag: '" + bad.charAt(1) + "' in " + bad;
    }
    return msg;
  }

  private static String flagName(CommandLine.Model.OptionSpec o, List<String> args) {
    for (String a : args) {
      for (String n : o.names()) {
        if (a.equals(n)) {
          return n.startsWith("--") ? n : "'" + n.substring(1) + "' in " + n;
        }
      }
    }
    return o.longestName();
  }
}
