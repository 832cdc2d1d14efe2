package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.NameGenerator;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.errors.SystemException;
import dev.berth.events.Event;
import dev.berth.events.EventLog;
import dev.berth.image.GoContainerConfig;
import dev.berth.image.ImageCommitter;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageService;
import dev.berth.image.Names;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Docker's classic ("legacy") builder: every instruction after FROM commits an image whose parent
 * is the previous step's image, metadata steps with an empty layer, RUN steps with the container's
 * changes and COPY/ADD with the copied files. A step whose cache key (the container config with
 * its {@code #(nop)} command, COPY checksums included) matches a child of the current image is taken
 * from the cache. Multi-stage builds, ONBUILD triggers and build arguments follow Docker's rules.
 * Progress goes to the given stream in the daemon's wording.
 */
public final class Builder {

  private final Engine engine;
  private final BerthStore store;
  /**
   * Marks a step's container in its config. dockerd runs step containers on its default bridge
   * network, which berth does not have: berth runs them without a network and, like dockerd on a
   * host without that bridge, logs no network event for them.
   */
  public static final String BUILD_STEP = "BuildStep";

  private final ImageCommitter committer;
  private final BuildCache cache;

  public Builder(Engine engine) {
    this.engine = engine;
    this.store = engine.store();
    this.committer = new ImageCommitter(engine.store());
    this.cache = new BuildCache(engine.store());
  }

  /** A stage being built. */
  private static final class Stage {
    String name;
    String imageId;
    ObjectNode runConfig = GoContainerConfig.of(null);
    String author;
    boolean cmdSet;
    boolean cacheBusted;
    BuildArgs args;
  }

  /** The state of one build. */
  private final class Run implements AutoCloseable {
    final BuildRequest req;
    final Progress out;
    final BuildContext context;
    final BuildArgs args;
    final List<String> stageNames = new ArrayList<>();
    final List<String> stageImages = new ArrayList<>();
    final List<Path> scratch = new ArrayList<>();
    /** Event attributes of the steps' containers that berth never creates, by ID. */
    final Map<String, Map<String, String>> phantoms = new HashMap<>();
    final boolean ownsContext;

    Run(BuildRequest req, Progress out) {
      this.req = req;
      this.out = out;
      this.ownsContext = req.source() == null;
      this.context = req.source() != null ? req.source() : new BuildContext(req.context());
      this.args = new BuildArgs(req.buildArgs());
    }

    @Override
    public void close() {
      scratch.forEach(BerthStore::deleteTree);
    }
  }

  /** Runs the build; returns the final image ID ({@code sha256:...}). */
  public String build(BuildRequest req, OutputStream progressStream) {
    try (Run run = new Run(req, new Progress(progressStream))) {
      return build(run);
    }
  }

  private String build(Run run) {
    BuildRequest req = run.req;
    Path dockerfile = req.dockerfile() == null ? run.context.root().resolve("Dockerfile") : req.dockerfile();
    String name = req.dockerfile() == null ? "Dockerfile" : dockerfile.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dockerfile);
    } catch (IOException e) {
      throw new InvalidArgumentException("Cannot locate specified Dockerfile: " + name);
    }
    if (bytes.length == 0) {
      throw new InvalidArgumentException("the Dockerfile (" + name + ") cannot be empty");
    }
    List<Instruction> all = DockerfileParser.parse(new String(bytes, StandardCharsets.UTF_8));
    // as the daemon: the platform is read after the Dockerfile's syntax, before its instructions
    BuildPlatform.check(req.platform());
    DockerfileParser.validate(all);
    List<Instruction> metaArgs = new ArrayList<>();
    List<List<Instruction>> stages = new ArrayList<>();
    for (Instruction in : all) {
      if (in.keyword().equals("FROM")) {
        stages.add(new ArrayList<>(List.of(in)));
      } else if (stages.isEmpty()) {
        metaArgs.add(in);
      } else {
        stages.getLast().add(in);
      }
    }
    if (req.target() != null && !req.target().isEmpty()) {
      int ix = -1;
      for (int i = 0; i < stages.size(); i++) {
        if (stageName(stages.get(i).getFirst()).equalsIgnoreCase(req.target())) {
          ix = i;
          break;
        }
      }
      if (ix < 0) {
        throw new InvalidArgumentException("failed to reach build target " + req.target() + " in Dockerfile");
      }
      stages = new ArrayList<>(stages.subList(0, ix + 1));
    }
    if (!stages.isEmpty()) {
      for (String k : new TreeSet<>(req.labels().keySet())) {
        String kv = k + "=" + req.labels().get(k);
        stages.getLast().add(new Instruction(0, "LABEL", "LABEL " + kv, kv, List.of(), List.of(k, req.labels().get(k)),
            false, null));
      }
    }
    int total = metaArgs.size();
    for (List<Instruction> s : stages) {
      total += s.size();
    }
    int step = 0;
    for (Instruction meta : metaArgs) {
      run.out.line("Step " + (++step) + "/" + total + " : " + meta.original());
      Map<String, String> vars = run.args.allAllowed();
      for (String w : meta.args()) {
        String[] kv = argPair(w, vars);
        run.args.addArg(kv[0], kv[1]);
        run.args.addMetaArg(kv[0], kv[1]);
      }
    }
    if (stages.isEmpty()) {
      throw new BuildStepFailedException("unexpected EOF", 1);
    }
    Stage s = null;
    for (List<Instruction> stage : stages) {
      Instruction from = stage.getFirst();
      String sname = stageName(from);
      if (!sname.isEmpty() && run.stageNames.contains(sname)) {
        throw new BuildStepFailedException(sname + " stage name already used", 1);
      }
      s = new Stage();
      s.name = sname;
      s.args = run.args.forStage();
      run.out.line("Step " + (++step) + "/" + total + " : " + from.original());
      from(run, s, from);
      s.runConfig.put("Image", nz(s.imageId));
      run.out.line(" ---> " + shortId(s.imageId));
      for (Instruction in : stage.subList(1, stage.size())) {
        run.out.line("Step " + (++step) + "/" + total + " : " + in.original());
        dispatchWithCleanup(run, s, in);
        s.runConfig.put("Image", nz(s.imageId));
        run.out.line(" ---> " + shortId(s.imageId));
      }
      run.args.mergeReferenced(s.args);
      run.stageNames.add(sname);
      run.stageImages.add(s.imageId);
    }
    List<String> unused = run.args.unreferencedOptions();
    if (!unused.isEmpty()) {
      run.out.line("[Warning] One or more build-args [" + String.join(" ", unused) + "] were not consumed");
    }
    if (s.imageId == null) {
      throw new BuildStepFailedException("No image was generated. Is your Dockerfile empty?", 1);
    }
    run.out.line("Successfully built " + s.imageId.substring(7, 19));
    long now = BerthStore.nowNs();
    String id = s.imageId;
    // the daemon tags each distinct reference once (-t tag1 -t tag1:latest is one tag)
    for (String tag : new java.util.LinkedHashSet<>(req.tags())) {
      store.db().write(c -> {
        ImageService.putTag(c, id, tag, now, "tag moved");
        return null;
      });
      run.out.line("Successfully tagged " + Names.familiar(tag));
    }
    return id;
  }

  private static String stageName(Instruction from) {
    List<String> a = from.args();
    return a.size() == 3 ? a.get(2).toLowerCase(Locale.ROOT) : "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String shortId(String imageId) {
    return imageId == null ? "" : imageId.substring(7, 19);
  }

  /** Docker removes the step's containers after the step: always with --force-rm, on success with --rm. */
  private void dispatchWithCleanup(Run run, Stage s, Instruction in) {
    List<String> containers = new ArrayList<>();
    boolean ok = false;
    try {
      dispatch(run, s, in, containers);
      ok = true;
    } finally {
      if (run.req.forceRm() || (run.req.rm() && ok)) {
        for (String cid : containers) {
          boolean real = !cid.startsWith("!");
          run.out.line("Removing intermediate container " + cid.substring(real ? 0 : 1, real ? 12 : 13));
          if (real) {
            removeQuietly(cid);
          } else {
            phantomDestroyed(run, cid.substring(1));
          }
        }
      }
    }
  }

  /**
   * A metadata step that berth commits without a container still shows the events of dockerd's
   * created-then-removed one: its labels (the step's config), the parent image and a random name.
   */
  private void phantomCreated(Run run, String cid, String parentImageId, ObjectNode config) {
    Map<String, String> attrs = new LinkedHashMap<>(ContainerConfigs.labels(config.toString()));
    if (parentImageId != null) {
      attrs.put("image", parentImageId);
    }
    attrs.put("name", NameGenerator.next(0));
    run.phantoms.put(cid, attrs);
    store.db().write(c -> {
      EventLog.append(c, Event.CONTAINER, "create", cid, attrs);
      return null;
    });
  }

  private void phantomDestroyed(Run run, String cid) {
    Map<String, String> attrs = run.phantoms.remove(cid);
    if (attrs != null) {
      store.db().write(c -> {
        EventLog.append(c, Event.CONTAINER, "destroy", cid, attrs);
        return null;
      });
    }
  }

  private void removeQuietly(String cid) {
    try {
      // with its anonymous volumes, as Docker's builder removes intermediate containers
      engine.containers().remove(cid, true, true);
    } catch (BerthException e) {
      // already gone
    }
  }

  // ------------------------------------------------------------------ FROM and ONBUILD

  private void from(Run run, Stage s, Instruction in) {
    Map<String, String> meta = s.args.allMeta();
    String base = ShellWords.expand(in.args().getFirst(), meta);
    if (base.isEmpty()) {
      throw new BuildStepFailedException("base name (" + in.args().getFirst() + ") should not be blank", 1);
    }
    int stageIx = run.stageNames.indexOf(base.toLowerCase(Locale.ROOT));
    if (stageIx >= 0 && !base.isEmpty()) {
      s.imageId = run.stageImages.get(stageIx);
    } else if (base.equals("scratch")) {
      s.imageId = null;
    } else {
      try {
        s.imageId = store.db().read(c -> Names.resolve(c, base));
      } catch (NotFoundException e) {
        throw new BuildStepFailedException(PullFailure.message(base), 1);
      }
    }
    s.runConfig = s.imageId == null ? GoContainerConfig.of(null)
        : GoContainerConfig.of(ImageConfig.parse(store.content().read(s.imageId)).containerConfig());
    defaultPath(s.runConfig);
    List<String> triggers = strings(s.runConfig.get("OnBuild"));
    if (!triggers.isEmpty()) {
      s.runConfig.putNull("OnBuild");
      run.out.line("# Executing " + triggers.size() + " build trigger" + (triggers.size() > 1 ? "s" : ""));
      for (String t : triggers) {
        s.runConfig.put("Image", nz(s.imageId));
        List<Instruction> parsed = DockerfileParser.parse(t);
        if (parsed.size() != 1) {
          throw new BuildStepFailedException("onbuild trigger should be a single expression", 1);
        }
        DockerfileParser.validate(List.of(new Instruction(0, "FROM", "", "", List.of(), List.of("x"), false, null),
            parsed.getFirst()));
        dispatchWithCleanup(run, s, parsed.getFirst());
      }
    }
  }

  /** Docker's stage start: a config without PATH gets the default one (also on scratch). */
  private static void defaultPath(ObjectNode runConfig) {
    List<String> env = strings(runConfig.get("Env"));
    if (env.stream().noneMatch(e -> e.equals("PATH") || e.startsWith("PATH="))) {
      com.fasterxml.jackson.databind.node.ArrayNode out = runConfig.putArray("Env");
      env.forEach(out::add);
      out.add("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    }
    runConfig.put("OpenStdin", false);
    runConfig.put("StdinOnce", false);
  }

  private static List<String> shell(Stage s) {
    return ConfigInstructions.shell(s.runConfig);
  }

  // ------------------------------------------------------------------ dispatch

  private void dispatch(Run run, Stage s, Instruction in, List<String> containers) {
    ObjectNode rc = s.runConfig;
    Map<String, String> vars = vars(s);
    List<String> a = in.args();
    switch (in.keyword()) {
      case "RUN" -> run(run, s, in, containers);
      case "COPY", "ADD" -> copy(run, s, in, vars);
      case "MAINTAINER" -> {
        s.author = a.getFirst();
        commitMeta(run, s, "MAINTAINER " + s.author, containers);
      }
      case "WORKDIR" -> {
        String comment = ConfigInstructions.apply(in, rc, vars, s.cmdSet, run.out::line);
        List<String> cmd = new ArrayList<>(shell(s));
        cmd.add("#(nop) " + comment);
        commitWithContainer(run, s, cmd, DockerIgnore.cleanPath(rc.path("WorkingDir").asText()), containers);
      }
      case String k when ConfigInstructions.KEYWORDS.contains(k) -> {
        String comment = ConfigInstructions.apply(in, rc, vars, s.cmdSet, run.out::line);
        s.cmdSet |= ConfigInstructions.setsCmd(in);
        commitMeta(run, s, comment, containers);
      }
      case "ARG" -> {
        StringBuilder comment = new StringBuilder("ARG ");
        for (int i = 0; i < a.size(); i++) {
          String[] kv = argPair(a.get(i), vars);
          comment.append(i == 0 ? "" : " ").append(kv[0]).append(kv[1] == null ? "" : "=" + kv[1]);
          s.args.addArg(kv[0], kv[1]);
        }
        commitMeta(run, s, comment.toString(), containers);
      }
      default -> throw new NotSupportedException("the " + in.keyword() + " instruction is not supported by berth build");
    }
  }

  /** {@code NAME} or {@code NAME=value}, both expanded; the value is null when absent. */
  private static String[] argPair(String word, Map<String, String> vars) {
    int eq = word.indexOf('=');
    if (eq < 0) {
      return new String[] {ShellWords.expand(word, vars), null};
    }
    return new String[] {ShellWords.expand(word.substring(0, eq), vars), ShellWords.expand(word.substring(eq + 1), vars)};
  }

  // ------------------------------------------------------------------ metadata steps

  /** A metadata step: Cmd of the probe is {@code shell + ["#(nop) ", comment]}. */
  private void commitMeta(Run run, Stage s, String comment, List<String> containers) {
    List<String> cmd = new ArrayList<>(shell(s));
    cmd.add("#(nop) ");
    cmd.add(comment);
    commitWithContainer(run, s, cmd, null, containers);
  }

  /**
   * The daemon refuses to create a container whose image declares a volume at a path that is an
   * existing non-directory in the image (the step fails before "Running in").
   */
  private void refuseVolumeOverFile(String imageId, JsonNode volumes) {
    if (imageId == null || !(volumes instanceof ObjectNode o) || o.isEmpty()) {
      return;
    }
    ImageFiles files = new ImageFiles(store, imageId);
    for (java.util.Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String vol = it.next();
      String abs = vol.startsWith("/") ? vol : "/" + vol;
      if (files.isNonDirectory(abs)) {
        throw new BuildStepFailedException("cannot mount volume over existing file, file exists "
            + store.paths().containers().resolve(randomId()).resolve("rootfs") + DockerIgnore.cleanPath(abs), 1);
      }
    }
  }

  /** The build's resource settings ({@code --memory}, ...) go to each step container's host options. */
  private static void stepHostOptions(Run run, ObjectNode create) {
    ObjectNode host = hostOptions(run);
    if (host == null) {
      return;
    }
    host.remove("NetworkMode"); // the container's own field (stepNetwork)
    if (!host.isEmpty()) {
      create.set(dev.berth.container.HostSettings.CONFIG_KEY, host);
    }
  }

  /** The RUN containers' network: {@code docker build --network} (host options' NetworkMode), else the default. */
  private static String stepNetwork(Run run) {
    ObjectNode host = hostOptions(run);
    String mode = host == null ? "" : host.path("NetworkMode").asText("");
    return mode.isEmpty() ? dev.berth.runtime.NetworkMode.DEFAULT : mode;
  }

  private static ObjectNode hostOptions(Run run) {
    String host = run.req.hostOptions();
    if (host == null || host.isEmpty()) {
      return null;
    }
    try {
      return ImageConfig.MAPPER.readTree(host) instanceof ObjectNode o ? o : null;
    } catch (IOException e) {
      throw new IllegalArgumentException("build host options: " + e.getMessage(), e);
    }
  }

  /** Commits a step that Docker runs through a created (never started) container. */
  private void commitWithContainer(Run run, Stage s, List<String> probeCmd, String workdirToCreate,
      List<String> containers) {
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(probeCmd));
    if (probeCache(run, s, probe)) {
      return;
    }
    refuseVolumeOverFile(s.imageId, probe.get("Volumes"));
    String cid;
    if (run.req.rm() || run.req.forceRm()) {
      cid = randomId();
      containers.add("!" + cid); // no real container: nothing to remove but the message
      phantomCreated(run, cid, s.imageId, probe);
    } else {
      ObjectNode create = probe.deepCopy();
      create.put("NetworkMode", stepNetwork(run)); // docker build --network, else its default network
      create.put(BUILD_STEP, true);
      stepHostOptions(run, create);
      cid = engine.containers().create(s.imageId == null ? "scratch" : s.imageId, null, create.toString()).id();
    }
    String shortId = cid.substring(cid.startsWith("!") ? 1 : 0).substring(0, 12);
    run.out.line(" ---> Running in " + shortId);
    mergeHealthcheck(s);
    probe.set("Healthcheck", s.runConfig.get("Healthcheck"));
    if (probe.get("Healthcheck") == null) {
      probe.remove("Healthcheck");
    }
    probe.put("Hostname", shortId);
    createdContainerLabels(probe);
    Path upper = null;
    try {
      if (workdirToCreate != null && !new ImageFiles(store, s.imageId).exists(workdirToCreate)) {
        upper = tempDir("workdir-");
        Files.createDirectories(upper.resolve(workdirToCreate.substring(1)));
      }
      s.imageId = committer.commitStep(s.imageId, upper, s.runConfig, probe, cid, String.join(" ", probeCmd),
          s.author);
    } catch (IOException e) {
      throw new SystemException("build: " + e.getMessage(), e);
    } finally {
      if (upper != null) {
        BerthStore.deleteTree(upper);
      }
    }
  }

  /**
   * Creating a step's container merges the image's healthcheck into the step's (Docker shares the
   * struct), so unset durations and retries come from the parent image.
   */
  private void mergeHealthcheck(Stage s) {
    if (s.imageId == null || !(s.runConfig.get("Healthcheck") instanceof ObjectNode hc)) {
      return;
    }
    JsonNode parent = ImageConfig.parse(store.content().read(s.imageId)).json().path("config").path("Healthcheck");
    if (!parent.isObject()) {
      return;
    }
    ObjectNode merged = ImageConfig.MAPPER.createObjectNode();
    merged.set("Test", hc.path("Test").isArray() && !hc.path("Test").isEmpty() ? hc.get("Test") : parent.get("Test"));
    for (String f : List.of("Interval", "Timeout", "StartPeriod", "Retries")) {
      long v = hc.path(f).asLong(0);
      long p = parent.path(f).asLong(0);
      if (v != 0 || p != 0) {
        merged.put(f, v != 0 ? v : p);
      }
    }
    s.runConfig.set("Healthcheck", merged);
  }

  // ------------------------------------------------------------------ RUN

  private void run(Run run, Stage s, Instruction in, List<String> containers) {
    if (!in.flags().isEmpty()) {
      String flag = in.flags().getFirst().substring(2).split("=", 2)[0];
      throw new BuildStepFailedException("the --" + flag + " option requires BuildKit. Refer to "
          + "https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled", 1);
    }
    List<String> cmd = in.json() ? in.args() : withShell(s, in.args());
    List<String> env = strings(s.runConfig.get("Env"));
    List<String> buildArgEnv = s.args.filterAllowed(env);
    List<String> saveCmd = new ArrayList<>();
    if (!buildArgEnv.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (String e : buildArgEnv) {
        if (s.args.isReferencedOrNotBuiltin(e.substring(0, e.indexOf('=')))) {
          shown.add(e);
        }
      }
      // Docker orders them as whole "key=value" strings, so "foo1=" sorts before "foo=".
      shown.sort(null);
      saveCmd.add("|" + shown.size());
      saveCmd.addAll(shown);
    }
    saveCmd.addAll(cmd);
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(saveCmd));
    probe.putNull("Entrypoint");
    if (probeCache(run, s, probe)) {
      return;
    }
    ObjectNode create = ImageConfig.MAPPER.createObjectNode();
    create.set("Cmd", array(cmd));
    create.set("Entrypoint", array(List.of("")));
    List<String> allEnv = new ArrayList<>(env);
    allEnv.addAll(buildArgEnv);
    create.set("Env", array(allEnv));
    create.put("WorkingDir", s.runConfig.path("WorkingDir").asText(""));
    create.put("User", s.runConfig.path("User").asText(""));
    create.put("NetworkMode", stepNetwork(run)); // docker build --network, else its default network
    if (!run.req.extraHosts().isEmpty()) {
      create.set("ExtraHosts", array(run.req.extraHosts()));
    }
    create.put(BUILD_STEP, true);
    stepHostOptions(run, create);
    if (s.imageId == null) {
      // nothing to run on scratch: runc's error as dockerd reports it (dockerd leaves that container
      // created; berth's containers need an image, so there is none to leave)
      run.out.line(" ---> Running in " + randomId().substring(0, 12));
      String exe = cmd.isEmpty() ? "" : cmd.getFirst();
      throw new BuildStepFailedException("failed to create shim task: OCI runtime create failed: runc create failed: "
          + "unable to start container process: exec: " + GoQuote.quote(exe) + ": "
          + (exe.contains("/") ? "stat " + exe + ": no such file or directory" : "executable file not found in $PATH")
          + ": unknown", 1);
    }
    if (cmd.isEmpty()) {
      // RUN []: dockerd's container has nothing to run and changes nothing; the step commits an
      // empty layer (berth needs no container for that)
      String cid = randomId();
      containers.add("!" + cid);
      run.out.line(" ---> Running in " + cid.substring(0, 12));
      mergeHealthcheck(s);
      probe.set("Healthcheck", s.runConfig.get("Healthcheck"));
      if (probe.get("Healthcheck") == null) {
        probe.remove("Healthcheck");
      }
      s.imageId = committer.commitStep(s.imageId, null, s.runConfig, probe, cid, String.join(" ", saveCmd),
          s.author);
      return;
    }
    ContainerRecord c = engine.containers().create(s.imageId, null, create.toString());
    String shortId = c.id().substring(0, 12);
    containers.add(c.id());
    run.out.line(" ---> Running in " + shortId);
    int code;
    try (CancelGuard guard = CancelGuard.start(engine.launcher("rm", "-f", c.id()))) {
      code = engine.lifecycle().runAttached(c.id(), null, run.out.stdout(), run.out.stderr());
    }
    run.out.finishStderr();
    if (code != 0) {
      throw new BuildStepFailedException(
          "The command '" + String.join(" ", cmd) + "' returned a non-zero code: " + code, code);
    }
    mergeHealthcheck(s);
    probe.set("Healthcheck", s.runConfig.get("Healthcheck"));
    if (probe.get("Healthcheck") == null) {
      probe.remove("Healthcheck");
    }
    // RUN's container is created from a copy of the config: the committed container config is
    // the cache probe as it was (no hostname, no label map)
    Path upper = store.paths().container(c.id()).resolve("upper");
    dev.berth.container.RuntimeArtifacts.drop(dev.berth.image.ContainerChanges.runtimeArtifacts(store, c.id(), upper));
    s.imageId = committer.commitStep(s.imageId, emptyToNull(upper), s.runConfig, probe, c.id(),
        String.join(" ", saveCmd), s.author);
  }

  // ------------------------------------------------------------------ COPY / ADD

  private void copy(Run run, Stage s, Instruction in, Map<String, String> vars) {
    String name = in.keyword();
    if (!DockerfileParser.flag(in, "chmod").isEmpty()) {
      throw new BuildStepFailedException("the --chmod option requires BuildKit. Refer to "
          + "https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled", 1);
    }
    List<String> words = new ArrayList<>();
    for (String w : in.args()) {
      words.add(ShellWords.expand(w, vars));
    }
    String chown = ShellWords.expand(DockerfileParser.flag(in, "chown"), vars);
    String fromFlag = DockerfileParser.flag(in, "from");
    String dest = words.getLast();
    List<String> srcs = words.subList(0, words.size() - 1);
    CopySource source = run.context;
    if (!fromFlag.isEmpty()) {
      source = new ImageRootSource(flatten(run, imageForFrom(run, s, fromFlag)));
    }
    Downloads downloads = new Downloads(store.paths().staging(), run.out);
    try {
      CopyPlan plan = CopyPlan.of(name, source, srcs, dest,
          name.equals("ADD") ? downloads::fetch : null);
      String comment = name + " " + (chown.isEmpty() ? "" : "--chown=" + chown) + plan.hash() + " in " + dest + " ";
      List<String> cmd = new ArrayList<>(shell(s));
      cmd.add("#(nop) " + comment);
      ObjectNode probe = s.runConfig.deepCopy();
      probe.set("Cmd", array(cmd));
      if (probeCache(run, s, probe)) {
        return;
      }
      CopyPlan.Identity identity;
      ImageFiles image = new ImageFiles(store, s.imageId);
      if (!chown.isEmpty()) {
        identity = Chown.parse(chown, image);
      } else {
        identity = new CopyPlan.Identity(0, 0, !fromFlag.isEmpty());
      }
      Path upper = tempDir("copy-");
      try {
        plan.copyUp(image::copyUp);
        plan.imageLinks(image::readLink);
        plan.materialize(upper, s.runConfig.path("WorkingDir").asText(""), identity, name.equals("ADD"),
            image::kind);
        // COPY/ADD commit without a container: no container ID, no hostname.
        s.imageId = committer.commitStep(s.imageId, upper, s.runConfig, probe, "", String.join(" ", cmd), s.author);
      } finally {
        BerthStore.deleteTree(upper);
      }
    } finally {
      downloads.close();
    }
  }

  /** The image of {@code COPY --from}: a stage by name or index, else a local image. */
  private String imageForFrom(Run run, Stage s, String from) {
    int ix = run.stageNames.indexOf(from.toLowerCase(Locale.ROOT));
    if (ix < 0 && from.matches("\\d+")) {
      int i = Integer.parseInt(from);
      if (i == run.stageNames.size()) {
        throw new BuildStepFailedException("invalid from flag value " + from + ": refers to current build stage", 1);
      }
      if (i > run.stageNames.size()) {
        throw new BuildStepFailedException("invalid from flag value " + from + ": index out of bounds", 1);
      }
      ix = i;
    }
    if (ix >= 0) {
      String id = run.stageImages.get(ix);
      if (id == null) {
        throw new NotSupportedException("COPY --from a scratch stage is not supported by berth build");
      }
      return id;
    }
    try {
      return store.db().read(c -> Names.resolve(c, from));
    } catch (NotFoundException e) {
      throw new BuildStepFailedException("invalid from flag value " + from + ": pull access denied for " + from
          + ", repository does not exist or may require 'docker login': denied: requested access to the resource"
          + " is denied", 1);
    }
  }

  private Path flatten(Run run, String imageId) {
    Path dir = tempDir("from-");
    run.scratch.add(dir);
    new ImageFiles(store, imageId).flattenInto(dir);
    return dir;
  }

  // ------------------------------------------------------------------ cache

  /** Finds a cached image for the step; on a hit the stage moves to it. */
  private boolean probeCache(Run run, Stage s, ObjectNode probe) {
    if (run.req.noCache() || s.cacheBusted) {
      s.cacheBusted = true;
      return false;
    }
    String hit = cache.lookup(s.imageId, probe, run.req.cacheFrom());
    if (hit == null) {
      s.cacheBusted = true;
      return false;
    }
    run.out.line(" ---> Using cache");
    s.imageId = hit;
    return true;
  }

  /** Creating the step's container gives its config an empty label map where there was none. */
  private static void createdContainerLabels(ObjectNode probe) {
    if (!probe.path("Labels").isObject()) {
      probe.putObject("Labels");
    }
  }

  // ------------------------------------------------------------------ helpers

  /** An upper directory without changes is an empty layer, which Docker records as {@code empty_layer}. */
  private static Path emptyToNull(Path upper) {
    try {
      if (!Files.isDirectory(upper)) {
        return null;
      }
      try (var entries = Files.list(upper)) {
        return entries.findAny().isEmpty() ? null : upper;
      }
    } catch (IOException e) {
      throw new SystemException("build: " + e.getMessage(), e);
    }
  }

  private Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(store.paths().staging(), prefix);
    } catch (IOException e) {
      throw new SystemException("build: " + e.getMessage(), e);
    }
  }

  private static String randomId() {
    return dev.berth.content.RandomIds.id();
  }

  private List<String> withShell(Stage s, List<String> args) {
    List<String> out = new ArrayList<>(shell(s));
    out.addAll(args);
    return out;
  }

  /** Variables for word expansion: ENV first (it wins), then the allowed build args. */
  private static Map<String, String> vars(Stage s) {
    List<String> env = strings(s.runConfig.get("Env"));
    Map<String, String> v = ConfigInstructions.envVars(env);
    for (String e : s.args.filterAllowed(env)) {
      int eq = e.indexOf('=');
      v.putIfAbsent(e.substring(0, eq), e.substring(eq + 1));
    }
    return v;
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  static ArrayNode array(List<String> values) {
    ArrayNode a = ImageConfig.MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
