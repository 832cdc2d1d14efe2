package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.cli.CommandFailed;
import dev.berth.image.ImageConfig;
import dev.berth.reference.InvalidReferenceException;
import dev.berth.reference.Reference;
import dev.berth.reference.ReferenceDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The container configuration flags {@code create} and {@code run} share. */
public final class ContainerOptions {
  private static final Pattern FULL_ID = Pattern.compile("[a-f0-9]{64}");

  /**
   * What the docker CLI says of the image argument before it contacts the daemon (run and create
   * parse it as any reference: a full hex ID or a name, with the CLI's own reference library).
   */
  /**
   * Whether the docker CLI would pull {@code image} when the daemon does not have it: not for an
   * image ID ({@code sha256:HEX} or 64 hex digits), which its reference parser takes for a digest.
   */
  static boolean pullable(String image) {
    return !image.matches("[a-f0-9]{64}|sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}");
  }

  /**
   * {@code -e NAME} takes NAME's value from this environment; an unset NAME stays a bare name, which
   * the daemon keeps in the config and which removes NAME from the container's process environment.
   */
  private static String withHostValue(String var) {
    if (var.contains("=")) {
      return var;
    }
    String value = System.getenv(var);
    return value == null ? var : var + "=" + value;
  }

  static Optional<String> clientReferenceError(String image) {
    if (FULL_ID.matcher(image).matches()) {
      return Optional.empty();
    }
    try {
      Reference.parse(image, ReferenceDialect.CLI_28);
      return Optional.empty();
    } catch (InvalidReferenceException e) {
      return Optional.of(e.getMessage());
    }
  }

  @Option(names = "--name")
  String name;

  @Option(names = {"-l", "--label"})
  List<String> labels = new ArrayList<>();

  @Option(names = {"-e", "--env"})
  List<String> env = new ArrayList<>();

  @Option(names = "--env-file")
  List<String> envFiles = new ArrayList<>();

  @Option(names = {"--network", "--net"}, defaultValue = "default") // --net: the CLI's hidden old name
  String network;

  @Option(names = {"-w", "--workdir"})
  String workdir;

  @Option(names = "--entrypoint")
  String entrypoint;

  @Option(names = {"-u", "--user"})
  String user;

  @Option(names = {"-h", "--hostname"})
  String hostname;

  @Option(names = {"-i", "--interactive"})
  boolean interactive;

  @Option(names = {"-t", "--tty"})
  boolean tty;

  @Option(names = "--read-only")
  boolean readOnly;

  @Option(names = {"-v", "--volume"})
  List<String> volumes = new ArrayList<>();

  @Option(names = "--mount")
  List<String> mounts = new ArrayList<>();

  @Option(names = {"-p", "--publish"})
  List<String> publish = new ArrayList<>();

  @Option(names = "--init", arity = "0..1", fallbackValue = "true")
  Boolean init;

  @Option(names = {"-a", "--attach"})
  List<String> attach = new ArrayList<>();

  /** The host options: a sibling mixin of the command (the generated specs have no nested mixins), set by it. */
  HostFlags host;

  /** The healthcheck flags: a sibling mixin as well, set by the command. */
  HealthFlags health;

  /** The security, namespace, runtime and endpoint flags: a sibling mixin as well, set by the command. */
  SecurityFlags security;

  /** Whether {@code -a} names the stream (case-insensitive, as the docker CLI). */
  boolean attaches(String stream) {
    return attach.stream().anyMatch(a -> a.equalsIgnoreCase(stream));
  }

  /**
   * The config JSON the engine completes with the image's defaults (exit 125 on bad flags);
   * {@code detach}: nothing is attached ({@code run -d}).
   */
  String toConfig(String image, List<String> cmd, boolean autoRemove, boolean detach, String path, String usageTail) {
    for (String a : attach) {
      if (!List.of("stdin", "stdout", "stderr").contains(a.toLowerCase(java.util.Locale.ROOT))) {
        throw new dev.berth.cli.UsageException("invalid argument \"" + a
            + "\" for \"-a, --attach\" flag: valid streams are STDIN, STDOUT and STDERR" + usageTail, 125);
      }
    }
    ObjectNode config = ImageConfig.MAPPER.createObjectNode();
    config.put("Image", image);
    if (!cmd.isEmpty()) {
      ArrayNode c = config.putArray("Cmd");
      cmd.forEach(c::add);
    }
    ArrayNode envs = config.putArray("Env");
    for (String e : env) {
      if (e.isEmpty() || e.startsWith("=")) { // the flag's own check: a variable needs a name
        throw new dev.berth.cli.UsageException("invalid argument \"" + e + "\" for \"-e, --env\" flag: invalid"
            + " environment variable: " + e + usageTail, 125);
      }
    }
    for (String f : envFiles) {
      try {
        for (String line : Files.readAllLines(Path.of(f))) {
          if (!line.isBlank() && !line.startsWith("#")) {
            envs.add(withHostValue(line));
          }
        }
      } catch (IOException e) {
        throw new CommandFailed("open " + f + ": no such file or directory", 125);
      }
    }
    for (String e : env) {
      envs.add(withHostValue(e));
    }
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
    if (hostname != null) {
      config.put("Hostname", hostname);
    }
    // the docker CLI attaches stdout and stderr, and stdin with -i, unless run detaches; -a names them
    config.put("AttachStdin", attach.isEmpty() ? interactive && !detach : attaches("stdin"));
    config.put("AttachStdout", attach.isEmpty() ? !detach : attaches("stdout"));
    config.put("AttachStderr", attach.isEmpty() ? !detach : attaches("stderr"));
    config.put("Tty", tty);
    config.put("OpenStdin", interactive);
    config.put("StdinOnce", interactive && !detach);
    config.put("ReadonlyRootfs", readOnly);
    config.put("AutoRemove", autoRemove);
    config.put("NetworkMode", network);
    if (init != null) {
      config.put("Init", init); // the CLI sends HostConfig.Init only when the flag was given
    }
    try {
      host.apply(config, publish, autoRemove);
      if (security != null) {
        security.apply(config);
      }
      if (health != null) {
        health.apply(config);
      }
    } catch (HostFlags.Invalid e) {
      if (e.flagError) {
        throw new dev.berth.cli.UsageException(e.getMessage() + usageTail, 125);
      }
      throw new CommandFailed(dev.berth.cli.CliContext.PROG + ": " + e.getMessage() + "\n\nRun '" + path
          + " --help' for more information", 125);
    }
    try {
      VolumeFlags.volumes(volumes, config);
    } catch (VolumeFlags.Invalid e) {
      throw new CommandFailed(dev.berth.cli.CliContext.PROG + ": " + e.getMessage() + "\n\nRun '" + path
          + " --help' for more information", 125);
    }
    if (!mounts.isEmpty()) {
      ArrayNode m = config.putArray("Mounts");
      for (String value : mounts) {
        try {
          m.add(VolumeFlags.mount(value));
        } catch (VolumeFlags.Invalid e) {
          throw new dev.berth.cli.UsageException("invalid argument \"" + value + "\" for \"--mount\" flag: "
              + e.getMessage() + usageTail, 125);
        }
      }
    }
    return config.toString();
  }
}
