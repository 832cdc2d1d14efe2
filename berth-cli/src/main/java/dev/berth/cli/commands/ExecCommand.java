package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.runtime.ContainerStartException;
import dev.berth.runtime.ExecRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth exec [-i] [-t] [-d] [-e] [-w] [-u] [--privileged] CONTAINER COMMAND [ARG...]}: exits with the command's code. */
@Command(name = "exec")
public final class ExecCommand extends BaseCommand {
  @Option(names = {"-i", "--interactive"})
  boolean interactive;

  @Option(names = {"-t", "--tty"})
  boolean tty;

  @Option(names = {"-d", "--detach"})
  boolean detach;

  @Option(names = {"-e", "--env"})
  List<String> env = new ArrayList<>();

  @Option(names = {"-w", "--workdir"})
  String workdir;

  @Option(names = {"-u", "--user"})
  String user;

  @Option(names = "--privileged")
  boolean privileged;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(args, 2);
    if (tty && interactive && !detach && System.console() == null) {
      throw new CommandFailed("the input device is not a TTY", 1);
    }
    ExecRequest req = ExecRequest.of(args.subList(1, args.size()).toArray(new String[0]))
        .withEnv(env).withWorkdir(workdir).withUser(user).withInteractive(interactive).withTty(tty).withDetach(detach)
        .withPrivileged(privileged);
    ctx.out().flush();
    int code;
    try (RawTerminal raw = RawTerminal.enter(tty && interactive && !detach)) {
      code = ctx.containers().exec(args.get(0), req, interactive ? ctx.in() : null, ctx.out(), ctx.err());
    } catch (ContainerStartException e) {
      if (detach) {
        throw e; // a detached start answers with the daemon's error
      }
      // attached, the daemon writes its failure into the output stream: stdout, CRLF, exit 126
      ctx.out().print(e.getMessage() + "\r\n");
      code = e.exitStatus();
    }
    ctx.out().flush();
    return code;
  }
}
