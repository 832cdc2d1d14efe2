package dev.berth.cli;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Base of every berth command: knows how it was invoked (for Docker's usage messages) and checks
 * positional argument counts with the docker CLI's exact texts.
 */
public abstract class BaseCommand implements Callable<Integer> {
  protected CliContext ctx;
  protected String path;
  protected String usage;

  void bind(CliContext ctx, String path, String usage) {
    this.ctx = ctx;
    this.path = path;
    this.usage = usage;
  }

  protected abstract int execute() throws Exception;

  @Override
  public Integer call() throws Exception {
    return execute();
  }

  private String tail(String verb) {
    return "\n\nUsage:  " + usage + "\n\n" + verb + " '" + path + " --help' for more information";
  }

  protected void exactArgs(List<String> args, int n) {
    if (args.size() != n) {
      throw new UsageException(
          CliContext.PROG + ": '" + path + "' requires " + n + " argument" + (n == 1 ? "" : "s") + tail("Run"), 1);
    }
  }

  protected void minArgs(List<String> args, int n) {
    if (args.size() < n) {
      throw new UsageException(
          CliContext.PROG + ": '" + path + "' requires at least " + n + " argument" + (n == 1 ? "" : "s") + tail("See"),
          1);
    }
  }

  protected void maxArgs(List<String> args, int n) {
    if (args.size() > n) {
      throw new UsageException(
          CliContext.PROG + ": '" + path + "' requires at most " + n + " argument" + (n == 1 ? "" : "s") + tail("Run"), 1);
    }
  }

  protected void rangeArgs(List<String> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw new UsageException(CliContext.PROG + ": '" + path + "' requires at least " + min + " and at most " + max
          + " arguments" + tail("Run"), 1);
    }
  }

  protected void noArgs(List<String> args) {
    if (!args.isEmpty()) {
      throw new UsageException(CliContext.PROG + ": '" + path + "' accepts no arguments" + tail("Run"), 1);
    }
  }

  /** Docker's `bad format of filter` check for {@code --filter} values (a flag error, exit 125). */
  protected void checkFilters(List<String> filters, String flag) {
    for (String f : filters) {
      if (!f.isEmpty() && !f.contains("=")) {
        throw new UsageException(
            "invalid argument \"" + f + "\" for \"" + flag + "\" flag: bad format of filter (expected name=value)"
                + tail("Run"),
            125);
      }
    }
  }

  /** A flag this daemon API version hides: docker refuses it with exit 1. */
  protected void requiresApi(boolean given, String flag, String version) {
    if (given) {
      throw new CommandFailed("\"" + flag + "\" requires API version " + version
          + ", but the Docker daemon API version is 1.41", 1);
    }
  }

  protected String usageTail() {
    return tail("Run");
  }
}
