package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.cli.BaseCommand;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth create}: makes a container record and prints its full ID. */
@Command(name = "create")
public final class CreateCommand extends BaseCommand {
  @Option(names = "--name")
  String name;

  @Option(names = {"-l", "--label"})
  List<String> labels = new ArrayList<>();

  @Option(names = {"-e", "--env"})
  List<String> env = new ArrayList<>();

  @Option(names = "--network")
  String network;

  @Option(names = {"-w", "--workdir"})
  String workdir;

  @Option(names = "--entrypoint")
  String entrypoint;

  @Option(names = {"-u", "--user"})
  String user;

  @Option(names = {"-i", "--interactive"})
  boolean interactive;

  @Option(names = {"-t", "--tty"})
  boolean tty;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    minArgs(args, 1);
    ObjectNode config = ImageConfig.MAPPER.createObjectNode();
    config.put("Image", args.get(0));
    if (args.size() > 1) {
      ArrayNode cmd = config.putArray("Cmd");
      args.subList(1, args.size()).forEach(cmd::add);
    }
    ArrayNode envs = config.putArray("Env");
    env.forEach(envs::add);
    ObjectNode l = config.putObject("Labels");
    for (String kv : labels) {
      int eq = kv.indexOf('=');
      l.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
    }
    if (workdir != null) {
      config.put("WorkingDir", workdir);
    }
    if (entrypoint != null) {
      config.putArray("Entrypoint").add(entrypoint);
    }
    if (user != null) {
      config.put("User", user);
    }
    config.put("NetworkMode", network == null ? "none" : network);
    dev.berth.container.ContainerRecord created;
    try {
      created = ctx.engine().containers().create(args.get(0), name, config.toString());
    } catch (dev.berth.errors.BerthException e) {
      // create (unlike run) reports daemon errors with exit 1
      throw new dev.berth.cli.CommandFailed(dev.berth.cli.BerthCli.daemonError(e), 1);
    }
    ctx.out().println(created.id());
    return 0;
  }
}
