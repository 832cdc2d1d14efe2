package dev.berth.cli.commands;

import dev.berth.build.BuildContext;
import dev.berth.build.BuildRequest;
import dev.berth.build.BuildStepFailedException;
import dev.berth.build.Builder;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.Units;
import dev.berth.errors.BerthException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.Names;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth build PATH}: Docker's legacy (classic) builder with its exact progress output. */
@Command(name = "build")
public final class BuildCommand extends BaseCommand {
  @Option(names = {"-t", "--tag"})
  List<String> tags = new ArrayList<>();

  @Option(names = {"-f", "--file"})
  String file;

  @Option(names = "--no-cache")
  boolean noCache;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--rm", arity = "0..1", fallbackValue = "true")
  boolean rm = true;

  @Option(names = "--force-rm")
  boolean forceRm;

  @Option(names = "--build-arg")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--label")
  List<String> labels = new ArrayList<>();

  @Option(names = "--pull")
  boolean pull;

  @Option(names = "--network")
  String network = "default";

  @Option(names = "--iidfile")
  String iidfile;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws Exception {
    String buildkit = System.getenv("DOCKER_BUILDKIT");
    if (buildkit != null && List.of("1", "t", "T", "true", "TRUE", "True").contains(buildkit)) {
      throw new CommandFailed("ERROR: BuildKit is enabled but the buildx component is missing or broken.\n"
          + "       Install the buildx component to build images with BuildKit:\n"
          + "       https://docs.docker.com/go/buildx/", 1);
    }
    ctx.err().print("DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n"
        + (buildkit == null
            ? "            Install the buildx component to build images with BuildKit:\n"
                + "            https://docs.docker.com/go/buildx/\n\n"
            : "            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n"
                + "            environment-variable.\n\n"));
    exactArgs(args, 1);
    String target = args.getFirst();
    if (target.equals("-") || target.contains("://") || target.startsWith("git@")) {
      throw new NotSupportedException("building from stdin or a URL");
    }
    List<String> targets = new ArrayList<>();
    for (String t : tags) {
      try {
        targets.add(Names.tagTarget(t));
      } catch (RuntimeException e) {
        throw new CommandFailed("invalid argument \"" + t + "\" for \"-t, --tag\" flag: invalid reference format"
            + usageTail(), 125);
      }
    }
    Path context = Path.of(target).toAbsolutePath().normalize();
    if (!Files.isDirectory(context)) {
      throw new CommandFailed("unable to prepare context: path \"" + target + "\" not found", 1);
    }
    Path dockerfile = file == null ? context.resolve("Dockerfile") : Path.of(file).toAbsolutePath().normalize();
    if (!Files.exists(dockerfile, LinkOption.NOFOLLOW_LINKS)) {
      throw new CommandFailed("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
          + dockerfile + ": no such file or directory", 1);
    }
    BuildRequest req = new BuildRequest(context, dockerfile, targets, noCache, rm, forceRm, keyValues(buildArgs, true),
        keyValues(labels, false));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    OutputStream progress = quiet ? buffer : ctx.out();
    long size = new BuildContext(context).tarSize();
    progress.write(String.format("Sending build context to Docker daemon %8s\r\r\n", Units.humanSize(size)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    progress.flush();
    String id;
    try {
      id = new Builder(ctx.engine()).build(req, progress);
    } catch (BuildStepFailedException e) {
      flushQuiet(buffer);
      throw new CommandFailed(e.getMessage(), e.exitCode());
    } catch (BerthException e) {
      flushQuiet(buffer);
      throw new CommandFailed(BerthCli.daemonError(e), 1);
    }
    if (iidfile != null) {
      Files.writeString(Path.of(iidfile), id);
    }
    if (quiet) {
      ctx.out().println(id);
    }
    ctx.out().flush();
    return 0;
  }

  private void flushQuiet(ByteArrayOutputStream buffer) {
    ctx.out().flush();
    if (quiet) {
      ctx.err().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** {@code K=V}, or {@code K} alone (build args take it from the environment, labels get ""). */
  private static Map<String, String> keyValues(List<String> values, boolean fromEnv) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq >= 0) {
        out.put(v.substring(0, eq), v.substring(eq + 1));
      } else if (!fromEnv) {
        out.put(v, "");
      } else if (System.getenv(v) != null) {
        out.put(v, System.getenv(v));
      }
    }
    return out;
  }
}
