package dev.berth.cli.commands;

import dev.berth.build.BuildContext;
import dev.berth.build.BuildRequest;
import dev.berth.build.BuildStepFailedException;
import dev.berth.build.Builder;
import dev.berth.build.RemoteContext;
import dev.berth.build.DockerIgnore;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.Strings;
import dev.berth.cli.format.Units;
import dev.berth.cli.ops.ImageOps;
import dev.berth.errors.BerthException;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.Names;
import dev.berth.reference.InvalidReferenceException;
import dev.berth.reference.Reference;
import dev.berth.reference.ReferenceDialect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code berth build PATH | -}: Docker's legacy (classic) builder with its exact progress output.
 * The context is a directory, or a tar (plain or compressed) or a lone Dockerfile on stdin; the
 * Dockerfile may come from {@code -f} (inside or outside the context, or {@code -} for stdin).
 */
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

  @Option(names = "--target")
  String target;

  @Option(names = "--cache-from")
  List<String> cacheFrom = new ArrayList<>();

  @Option(names = "--pull")
  boolean pull;

  @Option(names = "--network")
  String network = "default";

  @Option(names = "--squash")
  boolean squash;

  @Option(names = "--iidfile")
  String iidfile;

  @Option(names = "--add-host")
  List<String> addHosts = new ArrayList<>();

  @Option(names = "--platform")
  String platform;

  @Option(names = {"-m", "--memory"})
  String memory;

  @Option(names = "--memory-swap")
  String memorySwap;

  @Option(names = {"-c", "--cpu-shares"})
  Long cpuShares;

  @Option(names = "--cpu-period")
  Long cpuPeriod;

  @Option(names = "--cpu-quota")
  Long cpuQuota;

  @Option(names = "--cpuset-cpus")
  String cpusetCpus;

  @Option(names = "--cpuset-mems")
  String cpusetMems;

  @Option(names = "--shm-size")
  String shmSize;

  @Option(names = "--ulimit")
  List<String> ulimits = new ArrayList<>();

  @Option(names = "--cgroup-parent")
  String cgroupParent;

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
    String where = args.getFirst();
    List<String> targets = new ArrayList<>();
    for (String t : tags) {
      try {
        Reference.parse(t, ReferenceDialect.CLI_28);
        targets.add(Names.tagTarget(t));
      } catch (InvalidReferenceException e) {
        throw new CommandFailed("invalid argument \"" + t + "\" for \"-t, --tag\" flag: " + e.getMessage()
            + usageTail(), 125);
      } catch (RuntimeException e) {
        throw new CommandFailed("invalid argument \"" + t + "\" for \"-t, --tag\" flag: invalid reference format"
            + usageTail(), 125);
      }
    }
    if (squash) {
      // an experimental flag: the docker CLI refuses it before the build when the daemon is not
      // experimental (dockerd 20.10's default, and berth is not)
      throw new CommandFailed("\"--squash\" is only supported on a Docker daemon with experimental features enabled", 1);
    }
    List<String> extraHosts = new ArrayList<>();
    for (String h : addHosts) {
      try {
        extraHosts.add(validateExtraHost(h));
      } catch (IllegalArgumentException e) {
        throw new CommandFailed("invalid argument " + Strings.quote(h) + " for \"--add-host\" flag: " + e.getMessage()
            + usageTail(), 125);
      }
    }
    if (where.equals("-") && "-".equals(file)) {
      throw new CommandFailed("invalid argument: can't use stdin for both build context and dockerfile", 1);
    }
    String hostOptions = hostOptions();
    RemoteContext.Clone clone = null;
    try {
      if (RemoteContext.isGitUrl(where)) {
        clone = cloneGit(where);
        where = clone.context().toString();
      } else if (RemoteContext.isUrl(where)) {
        if (ctx.remote()) {
          throw new NotSupportedException("building from a URL against a daemon");
        }
        return localBuild(where, hostOptions, extraHosts, targets, fetchUrl(where));
      }
      if (ctx.remote()) {
        if (!extraHosts.isEmpty()) {
          throw new NotSupportedException("build --add-host against a daemon");
        }
        return remoteBuild(where);
      }
      return localBuild(where, hostOptions, extraHosts, targets, null);
    } finally {
      if (clone != null) {
        dev.berth.store.BerthStore.deleteTree(clone.root());
      }
    }
  }

  /**
   * A git context, cloned as the docker CLI clones it; {@code -f} then names a file inside the
   * clone (not one relative to the current directory).
   */
  private RemoteContext.Clone cloneGit(String url) {
    RemoteContext.Clone clone;
    try {
      clone = RemoteContext.cloneGit(url, Path.of(System.getProperty("java.io.tmpdir")));
    } catch (RemoteContext.Failed e) {
      throw new CommandFailed("unable to prepare context: " + e.getMessage(), 1);
    }
    if (file != null && !file.equals("-")) {
      Path df = clone.context().resolve(file).normalize();
      if (!df.startsWith(clone.context())) {
        dev.berth.store.BerthStore.deleteTree(clone.root());
        throw new CommandFailed("unable to prepare context: the Dockerfile (" + file
            + ") must be within the build context", 1);
      }
      file = df.toString();
    }
    return clone;
  }

  /** What a URL context holds, with the progress line the CLI printed while it downloaded it. */
  private record Fetched(byte[] body, String progress) {}

  /**
   * Downloads a URL context as the docker CLI does, before anything goes to the daemon; the
   * progress line is shown (kept for the error output under {@code -q}).
   */
  private Fetched fetchUrl(String url) throws IOException {
    StringBuilder line = new StringBuilder();
    RemoteContext.Download d;
    try {
      d = RemoteContext.download(url, (current, total) -> line.append("Downloading build context from remote url: ")
          .append(url).append(' ').append(progressBar(current, total)).append('\r'));
    } catch (RemoteContext.Failed e) {
      if (quiet) {
        ctx.err().println(line);
      }
      throw new CommandFailed("unable to prepare context: " + e.getMessage(), 1);
    }
    if (!quiet) {
      ctx.out().print(line);
      ctx.out().flush();
    }
    return new Fetched(d.body(), line.toString());
  }

  /**
   * The docker CLI's progress text (JSONProgress.String, 200 columns wide, no terminal): a bar of
   * 50 and {@code current/total}; only the size when the total is unknown.
   */
  static String progressBar(long current, long total) {
    if (current <= 0 && total <= 0) {
      return "";
    }
    if (total <= 0) {
      return String.format("%8s", Units.humanSize(current));
    }
    int pct = (int) ((double) current / (double) total * 100) / 2;
    pct = Math.min(pct, 50);
    String bar = "[" + "=".repeat(pct) + ">" + " ".repeat(Math.max(0, 50 - pct)) + "] ";
    String numbers = current > total ? String.format("%8s", Units.humanSize(current))
        : String.format("%8s/%s", Units.humanSize(current), Units.humanSize(total));
    return bar + numbers;
  }

  private int localBuild(String where, String hostOptions, List<String> extraHosts, List<String> targets,
      Fetched fetched) throws IOException {
    BuildContext prepared = null;
    Path contextDir;
    Path dockerfile;
    long size;
    Path stdinDockerfile = null;
    String before = "";
    try {
      if (where.equals("-") || fetched != null) {
        byte[] input = fetched != null ? fetched.body() : ctx.in().readAllBytes();
        if (!looksLikeArchive(input) && file != null) {
          throw new CommandFailed(
              "unable to prepare context: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles", 1);
        }
        if (looksLikeArchive(input)) {
          prepared = BuildContext.fromTar(new ByteArrayInputStream(input), ctx.engine().store().paths().staging());
          // an archive from a URL: the CLI's upload progress never reaches its last update
          size = fetched != null ? -1 : input.length;
        } else {
          prepared = BuildContext.fromTar(new ByteArrayInputStream(dockerfileTar(input)),
              ctx.engine().store().paths().staging());
          size = 512 + pad(input.length) + 1024;
          before = fetched != null ? "\r\n" : "";
        }
        contextDir = prepared.root();
        dockerfile = contextDir.resolve(file == null ? "Dockerfile" : file);
      } else {
        contextDir = Path.of(where).toAbsolutePath().normalize();
        if (!Files.isDirectory(contextDir)) {
          throw new CommandFailed("unable to prepare context: path \"" + where + "\" not found", 1);
        }
        if ("-".equals(file)) {
          BuildContext context = localContext(contextDir);
          byte[] df = ctx.in().readAllBytes();
          stdinDockerfile = Files.createTempFile(ctx.engine().store().paths().staging(), "dockerfile-", "");
          Files.write(stdinDockerfile, df);
          dockerfile = stdinDockerfile;
          size = withExtraDockerfile(context, df.length);
        } else {
          dockerfile = file == null ? defaultDockerfile(contextDir) : Path.of(file).toAbsolutePath().normalize();
          if (!Files.exists(dockerfile, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailed("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
                + firstMissing(dockerfile) + ": no such file or directory", 1);
          }
          BuildContext context = localContext(contextDir);
          size = dockerfile.startsWith(contextDir) ? context.tarSize(contextDir.relativize(dockerfile).toString())
              : withExtraDockerfile(context, Files.size(dockerfile));
        }
      }
      BuildRequest req = new BuildRequest(contextDir, dockerfile, targets, noCache, rm, forceRm,
          keyValues(buildArgs, true), keyValues(labels, false), target, cacheFrom, prepared, extraHosts,
          platformQuery(), hostOptions);
      return run(req, size, before);
    } finally {
      if (prepared != null) {
        prepared.close();
      }
      if (stdinDockerfile != null) {
        Files.deleteIfExists(stdinDockerfile);
      }
    }
  }

  /**
   * The resource flags as the step containers' host options (the daemon gives them to every RUN
   * container it creates for the build); null when none is given.
   */
  String hostOptions() {
    com.fasterxml.jackson.databind.node.ObjectNode host = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    try {
      if (memory != null) {
        host.put("Memory", HostFlags.bytes(memory, "-m, --memory"));
      }
      if (memorySwap != null) {
        host.put("MemorySwap", memorySwap.equals("-1") ? -1 : HostFlags.bytes(memorySwap, "--memory-swap"));
      }
      if (cpuShares != null) {
        host.put("CpuShares", cpuShares);
      }
      if (cpuPeriod != null) {
        host.put("CpuPeriod", cpuPeriod);
      }
      if (cpuQuota != null) {
        host.put("CpuQuota", cpuQuota);
      }
      if (cpusetCpus != null) {
        host.put("CpusetCpus", cpusetCpus);
      }
      if (cpusetMems != null) {
        host.put("CpusetMems", cpusetMems);
      }
      if (shmSize != null) {
        host.put("ShmSize", HostFlags.bytes(shmSize, "--shm-size"));
      }
      if (!ulimits.isEmpty()) {
        com.fasterxml.jackson.databind.node.ArrayNode u = host.putArray("Ulimits");
        for (String value : ulimits) {
          u.add(HostFlags.ulimit(value));
        }
      }
      if (cgroupParent != null) {
        host.put("CgroupParent", cgroupParent);
      }
      if (network != null && !network.isEmpty() && !network.equals("default")) {
        host.put("NetworkMode", network); // the RUN containers' network
      }
    } catch (HostFlags.Invalid e) {
      throw new CommandFailed(e.getMessage() + usageTail(), 125);
    }
    return host.isEmpty() ? null : host.toString();
  }

  /** The {@code --platform} as the CLI sends it to the daemon: lower case (null: none). */
  private String platformQuery() {
    return platform == null || platform.isEmpty() ? null : platform.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The docker CLI's check of an {@code --add-host} value: {@code HOST:IP} or {@code HOST=IP}, a
   * host without a colon, an IP (optionally in brackets) or {@code host-gateway}; returns the
   * {@code HOST:IP} sent to the daemon, throws with the CLI's message otherwise.
   */
  static String validateExtraHost(String val) {
    int sep = val.indexOf('=');
    if (sep < 0) {
      sep = val.indexOf(':');
    }
    String host = sep < 0 ? "" : val.substring(0, sep);
    if (sep < 0 || host.isEmpty() || host.contains(":")) {
      throw new IllegalArgumentException("bad format for add-host: " + Strings.quote(val));
    }
    String ip = val.substring(sep + 1);
    if (!ip.equals("host-gateway")) {
      if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
        ip = ip.substring(1, ip.length() - 1);
      }
      if (!isIpLiteral(ip.strip())) {
        throw new IllegalArgumentException("invalid IP address in add-host: " + Strings.quote(ip));
      }
    }
    return host + ":" + ip;
  }

  /** Go's net.ParseIP acceptance: dotted-quad IPv4 (no leading zeros) or an IPv6 literal without zone. */
  static boolean isIpLiteral(String s) {
    if (s.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}")) {
      for (String part : s.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    if (!s.contains(":") || s.contains("%") || s.contains("[") || s.contains("]")) {
      return false;
    }
    try {
      java.net.Inet6Address.ofLiteral(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The Dockerfile of a context directory when -f is not given: {@code Dockerfile}, or the
   * lowercase {@code dockerfile} when only that one exists (the docker CLI's fallback).
   */
  static Path defaultDockerfile(Path contextDir) {
    Path dockerfile = contextDir.resolve("Dockerfile");
    if (!Files.exists(dockerfile, LinkOption.NOFOLLOW_LINKS)) {
      Path lower = contextDir.resolve("dockerfile");
      if (Files.exists(lower, LinkOption.NOFOLLOW_LINKS)) {
        return lower;
      }
    }
    return dockerfile;
  }

  /** A context directory with its .dockerignore, which the docker CLI checks before sending anything. */
  private static BuildContext localContext(Path contextDir) {
    try {
      BuildContext context = new BuildContext(contextDir);
      context.validate();
      return context;
    } catch (DockerIgnore.IllegalPattern | BuildContext.Unreadable e) {
      throw new CommandFailed("error checking context: " + e.getMessage(), 1);
    }
  }

  /** The docker CLI deletes the --iidfile before building, so a failed build leaves no stale ID behind. */
  private void removeStaleIidfile() throws IOException {
    if (iidfile != null) {
      Files.deleteIfExists(Path.of(iidfile));
    }
  }

  /** {@code size} < 0: no upload line; {@code before}: what the CLI's progress printed before it. */
  private int run(BuildRequest req, long size, String before) throws IOException {
    removeStaleIidfile();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    OutputStream progress = quiet ? buffer : ctx.out();
    if (size >= 0) {
      progress.write((before + String.format("Sending build context to Docker daemon %8s\r\r\n",
          Units.humanSize(size))).getBytes(StandardCharsets.UTF_8));
    }
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

  /**
   * The docker CLI's side of a build against a daemon: the context tar (with a Dockerfile from
   * stdin or outside the context added under a random name), {@code POST /build}, and the
   * daemon's messages printed as they come.
   */
  private int remoteBuild(String where) throws IOException {
    Path tar = Files.createTempFile("berth-context-", ".tar");
    try {
      long size;
      String dockerfileName;
      try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tar))) {
        if (where.equals("-")) {
          byte[] input = ctx.in().readAllBytes();
          if (!looksLikeArchive(input) && file != null) {
            throw new CommandFailed("unable to prepare context: ambiguous Dockerfile source: both stdin and flag"
                + " correspond to Dockerfiles", 1);
          }
          if (looksLikeArchive(input)) {
            o.write(input);
            size = input.length;
            dockerfileName = file == null ? "" : file;
          } else {
            o.write(dockerfileTar(input));
            size = 512 + pad(input.length) + 1024;
            dockerfileName = "Dockerfile";
          }
        } else {
          Path contextDir = Path.of(where).toAbsolutePath().normalize();
          if (!Files.isDirectory(contextDir)) {
            throw new CommandFailed("unable to prepare context: path \"" + where + "\" not found", 1);
          }
          byte[] extra = null;
          BuildContext context;
          if ("-".equals(file)) {
            context = localContext(contextDir);
            extra = ctx.in().readAllBytes();
          } else {
            Path dockerfile = file == null ? defaultDockerfile(contextDir) : Path.of(file).toAbsolutePath().normalize();
            if (!Files.exists(dockerfile, LinkOption.NOFOLLOW_LINKS)) {
              throw new CommandFailed("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
                  + firstMissing(dockerfile) + ": no such file or directory", 1);
            }
            context = localContext(contextDir);
            if (!dockerfile.startsWith(contextDir)) {
              extra = Files.readAllBytes(dockerfile);
            } else {
              dockerfileName = contextDir.relativize(dockerfile).toString();
              size = context.tarSize(dockerfileName);
              ContextTar.write(context, dockerfileName, null, null, o);
              return sendBuild(tar, o, size, dockerfileName);
            }
          }
          dockerfileName = ".dockerfile." + randomHex(20);
          size = withExtraDockerfile(context, extra.length);
          ContextTar.write(context, "", dockerfileName, extra, o);
        }
      }
      return sendBuild(tar, null, size, dockerfileName);
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  private int sendBuild(Path tar, OutputStream open, long size, String dockerfileName) throws IOException {
    if (open != null) {
      open.close();
    }
    removeStaleIidfile();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    OutputStream progress = quiet ? buffer : ctx.out();
    progress.write(String.format("Sending build context to Docker daemon %8s\r\r\n", Units.humanSize(size))
        .getBytes(StandardCharsets.UTF_8));
    progress.flush();
    ImageOps.BuildParams params = new ImageOps.BuildParams(tags, dockerfileName, noCache, rm, forceRm, quiet, pull,
        keyValues(buildArgs, true), keyValues(labels, false), target, cacheFrom, network, platformQuery());
    String[] imageId = {null};
    try (java.io.InputStream body = Files.newInputStream(tar)) {
      ctx.images().build(params, body, m -> {
        try {
          String error = m.has("errorDetail") || m.has("error")
              ? m.path("errorDetail").path("message").asText(m.path("error").asText("")) : null;
          if (error != null) {
            flushQuiet(buffer);
            int code = m.path("errorDetail").path("code").asInt(0);
            throw new CommandFailed(error, code == 0 ? 1 : code);
          }
          if (m.hasNonNull("stream")) {
            progress.write(m.get("stream").asText().getBytes(StandardCharsets.UTF_8));
          } else if (m.hasNonNull("status")) {
            progress.write((m.get("status").asText() + "\n").getBytes(StandardCharsets.UTF_8));
          }
          if (m.path("aux").hasNonNull("ID")) {
            imageId[0] = m.path("aux").path("ID").asText();
          }
          progress.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (BerthException e) {
      flushQuiet(buffer);
      throw new CommandFailed(BerthCli.daemonError(e), 1);
    }
    if (quiet) {
      String text = buffer.toString(StandardCharsets.UTF_8);
      String[] lines = text.split("\n");
      String id = lines[lines.length - 1].strip();
      if (imageId[0] == null) {
        imageId[0] = id;
      }
      ctx.out().println(id);
    }
    if (iidfile != null && imageId[0] != null) {
      Files.writeString(Path.of(iidfile), imageId[0]);
    }
    ctx.out().flush();
    return 0;
  }

  private static String randomHex(int n) {
    return dev.berth.content.RandomIds.hex((n + 1) / 2).substring(0, n);
  }

  /**
   * The CLI adds a Dockerfile from outside the context (or stdin) to the context tar under a random
   * name and rewrites .dockerignore; its tar rewriter then ends the stream without padding the last
   * entry and without the end blocks.
   */
  private static long withExtraDockerfile(BuildContext context, long dockerfileSize) {
    long size = context.tarSize() - 1024 + 512 + dockerfileSize;
    if (!Files.isRegularFile(context.root().resolve(".dockerignore"))) {
      size += 512 + pad(".dockerignore\n.dockerfile.".length() + 20 + 1);
    }
    return size;
  }

  private static long pad(long n) {
    return (n + 511) / 512 * 512;
  }

  /** What Go's EvalSymlinks names in its error: the first path component that does not exist. */
  private static Path firstMissing(Path p) {
    Path current = p.getRoot();
    for (Path part : p) {
      current = current.resolve(part);
      if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return current;
      }
    }
    return p;
  }

  /** Whether stdin holds an archive (compressed, or a tar header) rather than a Dockerfile. */
  private static boolean looksLikeArchive(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return true;
    }
    if (b.length >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') {
      return true;
    }
    if (b.length >= 6 && (b[0] & 0xff) == 0xfd && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z') {
      return true;
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0x28 && (b[1] & 0xff) == 0xb5 && (b[2] & 0xff) == 0x2f
        && (b[3] & 0xff) == 0xfd) {
      return true;
    }
    return b.length >= 262 && new String(b, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
  }

  /** A one-entry tar holding {@code Dockerfile}, as the CLI makes for a Dockerfile on stdin. */
  private static byte[] dockerfileTar(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] h = new byte[512];
    put(h, 0, "Dockerfile");
    put(h, 100, String.format("%07o", 0600));
    put(h, 108, String.format("%07o", 0));
    put(h, 116, String.format("%07o", 0));
    put(h, 124, String.format("%011o", content.length));
    put(h, 136, String.format("%011o", System.currentTimeMillis() / 1000));
    h[156] = '0';
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte x : h) {
      sum += x & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    out.write(h);
    out.write(content);
    out.write(new byte[(int) (pad(content.length) - content.length)]);
    out.write(new byte[1024]);
    return out.toByteArray();
  }

  private static void put(byte[] h, int off, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, b.length);
  }

  private void flushQuiet(ByteArrayOutputStream buffer) {
    ctx.out().flush();
    if (quiet) {
      ctx.err().print(buffer.toString(StandardCharsets.UTF_8));
    }
  }

  /** {@code K=V}, or {@code K} alone (build args take it from the environment, else none; labels get ""). */
  private static Map<String, String> keyValues(List<String> values, boolean fromEnv) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq >= 0) {
        out.put(v.substring(0, eq), v.substring(eq + 1));
      } else if (!fromEnv) {
        out.put(v, "");
      } else {
        out.put(v, System.getenv(v));
      }
    }
    return out;
  }
}
