package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.container.DetachKeys;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth attach}: a running container's output from now on, and the terminal's input to its
 * stdin (when it has one open), until it ends (its exit code) or the detach keys are typed on its
 * terminal. The state checks and their wording are the docker CLI's.
 */
@Command(name = "attach")
public final class AttachCommand extends BaseCommand {
  @Option(names = "--detach-keys")
  String detachKeys;

  @Option(names = "--no-stdin")
  boolean noStdin;

  @Option(names = "--sig-proxy", arity = "0..1", fallbackValue = "true", defaultValue = "true")
  boolean sigProxy;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    exactArgs(args, 1);
    JsonNode c = checkedState(args.get(0));
    String id = c.path("Id").asText();
    boolean tty = c.path("Config").path("Tty").asBoolean(false);
    if (!noStdin && tty && !Terminal.isatty(0)) {
      throw new CommandFailed("the input device is not a TTY", 1);
    }
    if (detachKeys == null || detachKeys.isEmpty()) {
      detachKeys = ctx.configDetachKeys();
    }
    // the daemon refuses the attachment (400) for keys it cannot read
    if (!detachKeys.isEmpty() && !DetachKeys.valid(detachKeys)) {
      throw new CommandFailed("unable to upgrade to tcp, received 400", 1);
    }
    boolean stdin = !noStdin && c.path("Config").path("OpenStdin").asBoolean(false);
    InputStream in = stdin ? ctx.in() : null;
    DetachKeys.EscapeInput escape = null;
    if (in != null && tty) {
      // the client finds the detach keys in a terminal's input
      escape = new DetachKeys.EscapeInput(in, DetachKeys.parse(detachKeys));
      in = escape;
    }
    boolean resize = tty && Terminal.isatty(1);
    ctx.out().flush();
    try (RawTerminal raw = RawTerminal.enter(in != null && tty);
        SignalProxy proxy = SignalProxy.start(sigProxy && !tty, sig -> ctx.containers().kill(id, sig))) {
      ctx.containers().attach(id, in, ctx.out(), ctx.err(), () -> {
        if (resize) {
          resize(id);
        }
        // the state may have changed since the first look
        checkedState(id);
      });
    }
    ctx.out().flush();
    if (escape != null && escape.detached()) {
      throw new CommandFailed("read escape sequence", 1);
    }
    return ctx.containers().await(id);
  }

  /** The container, unless it cannot be attached to (stopped, paused, restarting). */
  private JsonNode checkedState(String name) {
    JsonNode c = ctx.containers().inspect(name);
    JsonNode state = c.path("State");
    if (!state.path("Running").asBoolean(false)) {
      throw new CommandFailed("You cannot attach to a stopped container, start it first", 1);
    }
    if (state.path("Paused").asBoolean(false)) {
      throw new CommandFailed("You cannot attach to a paused container, unpause it first", 1);
    }
    if (state.path("Restarting").asBoolean(false)) {
      throw new CommandFailed("You cannot attach to a restarting container, wait until it is running", 1);
    }
    return c;
  }

  /**
   * The docker CLI resizes an attached terminal one row and column larger first (so a program
   * redraws on every attach), then to the terminal's size (not when that is 0x0).
   */
  private void resize(String id) {
    int[] size = Terminal.size();
    ctx.containers().resize(id, size[0] + 1, size[1] + 1);
    if (size[0] != 0 || size[1] != 0) {
      ctx.containers().resize(id, size[0], size[1]);
    }
  }
}
