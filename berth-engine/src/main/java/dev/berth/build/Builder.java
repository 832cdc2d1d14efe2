package dev.berth.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import dev.berth.errors.SystemException;
import dev.berth.image.GoContainerConfig;
import dev.berth.image.ImageCommitter;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageRecord;
import dev.berth.image.ImageService;
import dev.berth.image.ImageStore;
import dev.berth.image.Names;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Docker's classic ("legacy") builder: every instruction after FROM commits an image whose parent
 * is the previous step's image, metadata steps with an empty layer, RUN steps with the container's
 * changes and COPY/ADD with the copied files. A step whose container config matches a child of the
 * current image is taken from the cache. Progress goes to the given stream in the daemon's wording.
 */
public final class Builder {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
  private static final Set<String> BUILTIN_ARGS = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
      "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  private final Engine engine;
  private final BerthStore store;
  private final ImageCommitter committer;

  public Builder(Engine engine) {
    this.engine = engine;
    this.store = engine.store();
    this.committer = new ImageCommitter(engine.store());
  }

  /** Mutable state of one build (one stage). */
  private static final class State {
    String imageId;
    boolean fromSeen;
    ObjectNode runConfig = GoContainerConfig.of(null);
    String author;
    boolean cmdSet;
    boolean cacheBusted;
    List<String> shell = DEFAULT_SHELL;
    final Map<String, String> metaArgs = new LinkedHashMap<>();
    final Map<String, String> args = new LinkedHashMap<>();
    final Set<String> consumed = new TreeSet<>();
  }

  /** Runs the build; returns the final image ID ({@code sha256:...}). */
  public String build(BuildRequest req, OutputStream progressStream) {
    Progress out = new Progress(progressStream);
    BuildContext context = new BuildContext(req.context());
    Path dockerfile = req.dockerfile() == null ? context.root().resolve("Dockerfile") : req.dockerfile();
    String text;
    try {
      text = Files.readString(dockerfile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidArgumentException("Cannot locate specified Dockerfile: " + dockerfile.getFileName());
    }
    List<Instruction> instructions = new ArrayList<>(DockerfileParser.parse(text));
    DockerfileParser.validate(instructions);
    if (!req.labels().isEmpty()) {
      instructions.add(labelInstruction(req.labels()));
    }
    if (instructions.isEmpty()) {
      throw new InvalidArgumentException("the Dockerfile (" + dockerfile.getFileName() + ") cannot be empty");
    }
    State s = new State();
    int total = instructions.size();
    for (int i = 0; i < total; i++) {
      Instruction in = instructions.get(i);
      if (!s.fromSeen && in.keyword().equals("ARG")) {
        out.line("Step " + (i + 1) + "/" + total + " : " + in.original());
        metaArg(req, s, in);
        continue;
      }
      out.line("Step " + (i + 1) + "/" + total + " : " + in.original());
      if (!s.fromSeen && !in.keyword().equals("FROM")) {
        throw new BuildStepFailedException("Please provide a source image with `from` prior to commit", 1);
      }
      s.runConfig.put("Image", s.imageId == null ? "" : s.imageId);
      dispatch(req, context, s, in, out);
      out.line(" ---> " + (s.imageId == null ? "" : s.imageId.substring(7, 19)));
    }
    if (s.imageId == null) {
      throw new BuildStepFailedException("No image was generated. Is your Dockerfile empty?", 1);
    }
    List<String> unused = new ArrayList<>();
    for (String k : new TreeSet<>(req.buildArgs().keySet())) {
      if (!s.consumed.contains(k) && !BUILTIN_ARGS.contains(k)) {
        unused.add(k);
      }
    }
    if (!unused.isEmpty()) {
      out.line("[Warning] One or more build-args [" + String.join(" ", unused) + "] were not consumed");
    }
    out.line("Successfully built " + s.imageId.substring(7, 19));
    long now = BerthStore.nowNs();
    String id = s.imageId;
    for (String tag : req.tags()) {
      store.db().write(c -> {
        ImageService.putTag(c, id, tag, now, "tag moved");
        return null;
      });
      out.line("Successfully tagged " + Names.familiar(tag));
    }
    return id;
  }

  private static Instruction labelInstruction(Map<String, String> labels) {
    StringBuilder sb = new StringBuilder("LABEL");
    StringBuilder rest = new StringBuilder();
    new TreeSet<>(labels.keySet()).forEach(k -> {
      String kv = k + "=" + labels.get(k);
      sb.append(' ').append(kv);
      rest.append(rest.isEmpty() ? "" : " ").append(kv);
    });
    return new Instruction(0, "LABEL", sb.toString(), rest.toString(), null);
  }

  private void metaArg(BuildRequest req, State s, Instruction in) {
    List<String> words = ShellWords.split(in.rest(), s.metaArgs);
    for (String w : words) {
      int eq = w.indexOf('=');
      String name = eq < 0 ? w : w.substring(0, eq);
      String value = req.buildArgs().containsKey(name) ? req.buildArgs().get(name) : eq < 0 ? null : w.substring(eq + 1);
      if (req.buildArgs().containsKey(name)) {
        s.consumed.add(name);
      }
      if (value != null) {
        s.metaArgs.put(name, value);
      }
    }
  }

  private void dispatch(BuildRequest req, BuildContext context, State s, Instruction in, Progress out) {
    ObjectNode rc = s.runConfig;
    switch (in.keyword()) {
      case "FROM" -> from(s, in);
      case "RUN" -> run(req, s, in, out);
      case "COPY", "ADD" -> copy(req, context, s, in, out);
      case "CMD" -> {
        List<String> cmd = in.execForm() ? in.json() : withShell(s, in.rest());
        rc.set("Cmd", array(cmd));
        s.cmdSet = true;
        commitMeta(req, s, "CMD " + GoQuote.list(cmd), out);
      }
      case "ENTRYPOINT" -> {
        List<String> ep = in.execForm() ? in.json() : in.rest().isEmpty() ? null : withShell(s, in.rest());
        rc.set("Entrypoint", ep == null ? null : array(ep));
        if (!s.cmdSet) {
          rc.putNull("Cmd");
        }
        commitMeta(req, s, "ENTRYPOINT " + (ep == null ? "[]" : GoQuote.list(ep)), out);
      }
      case "ENV" -> {
        List<String[]> pairs = pairs(in.rest(), vars(s), "ENV");
        StringBuilder comment = new StringBuilder("ENV");
        for (String[] p : pairs) {
          setEnv(rc, p[0], p[1]);
          comment.append(' ').append(p[0]).append('=').append(p[1]);
        }
        commitMeta(req, s, comment.toString(), out);
      }
      case "LABEL" -> {
        List<String[]> pairs = pairs(in.rest(), vars(s), "LABEL");
        java.util.TreeMap<String, String> labels = new java.util.TreeMap<>();
        if (rc.get("Labels") instanceof ObjectNode o) {
          o.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        }
        StringBuilder comment = new StringBuilder("LABEL");
        for (String[] p : pairs) {
          labels.put(p[0], p[1]);
          comment.append(' ').append(p[0]).append('=').append(p[1]);
        }
        ObjectNode sortedLabels = rc.putObject("Labels"); // Go marshals map keys sorted
        labels.forEach(sortedLabels::put);
        commitMeta(req, s, comment.toString(), out);
      }
      case "MAINTAINER" -> {
        s.author = ShellWords.expand(in.rest(), vars(s));
        commitMeta(req, s, "MAINTAINER " + s.author, out);
      }
      case "USER" -> {
        String user = ShellWords.expand(in.rest(), vars(s));
        rc.put("User", user);
        commitMeta(req, s, "USER " + user, out);
      }
      case "EXPOSE" -> {
        List<String> ports = ShellWords.split(in.rest(), vars(s));
        ObjectNode exposed = rc.get("ExposedPorts") instanceof ObjectNode o ? o : ImageConfig.MAPPER.createObjectNode();
        TreeSet<String> keys = new TreeSet<>();
        exposed.fieldNames().forEachRemaining(keys::add);
        for (String p : ports) {
          keys.add(p.contains("/") ? p.toLowerCase(java.util.Locale.ROOT) : p + "/tcp");
        }
        ObjectNode sorted = ImageConfig.MAPPER.createObjectNode();
        keys.forEach(k -> sorted.putObject(k));
        rc.set("ExposedPorts", sorted);
        commitMeta(req, s, "EXPOSE " + String.join(" ", ports), out);
      }
      case "STOPSIGNAL" -> {
        String sig = ShellWords.expand(in.rest(), vars(s));
        rc.put("StopSignal", sig);
        commitMeta(req, s, "STOPSIGNAL " + sig, out);
      }
      case "VOLUME" -> {
        List<String> vols = in.execForm() ? in.json() : ShellWords.split(in.rest(), vars(s));
        ObjectNode v = rc.get("Volumes") instanceof ObjectNode o ? o : rc.putObject("Volumes");
        vols.forEach(x -> v.putObject(x));
        commitMeta(req, s, "VOLUME [" + String.join(" ", vols) + "]", out);
      }
      case "SHELL" -> {
        if (!in.execForm()) {
          throw new BuildStepFailedException("SHELL requires the arguments to be in JSON form", 1);
        }
        s.shell = in.json();
        rc.set("Shell", array(in.json()));
        commitMeta(req, s, "SHELL " + GoQuote.list(in.json()), out);
      }
      case "WORKDIR" -> workdir(req, s, in, out);
      case "ARG" -> arg(req, s, in, out);
      default -> throw new NotSupportedException("the " + in.keyword() + " instruction is not supported by berth build");
    }
  }

  // ------------------------------------------------------------------ FROM

  private void from(State s, Instruction in) {
    List<String> words = ShellWords.split(in.rest(), s.metaArgs);
    if (words.isEmpty()) {
      throw new BuildStepFailedException("FROM requires either one or three arguments", 1);
    }
    String name = words.getFirst();
    s.fromSeen = true;
    s.cmdSet = false;
    s.cacheBusted = false;
    s.shell = DEFAULT_SHELL;
    s.args.clear();
    if (name.equals("scratch")) {
      s.imageId = null;
      s.runConfig = GoContainerConfig.of(null);
      return;
    }
    String id;
    try {
      id = store.db().read(c -> Names.resolve(c, name));
    } catch (NotFoundException e) {
      throw new BuildStepFailedException("pull access denied for " + name
          + ": pulling images from a registry is not supported by berth", 1);
    }
    s.imageId = id;
    s.runConfig = GoContainerConfig.of(ImageConfig.parse(store.content().read(id)).containerConfig());
    if (s.runConfig.path("Shell").isArray()) {
      List<String> sh = new ArrayList<>();
      s.runConfig.get("Shell").forEach(x -> sh.add(x.asText()));
      s.shell = sh;
    }
  }

  // ------------------------------------------------------------------ metadata steps

  /** A metadata step: Cmd of the probe is {@code shell + ["#(nop) ", comment]}. */
  private void commitMeta(BuildRequest req, State s, String comment, Progress out) {
    List<String> cmd = new ArrayList<>(s.shell);
    cmd.add("#(nop) ");
    cmd.add(comment);
    commitWithoutRun(req, s, cmd, out, null);
  }

  private void commitWithoutRun(BuildRequest req, State s, List<String> probeCmd, Progress out, Path upper) {
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(probeCmd));
    if (probeCache(req, s, probe, out)) {
      return;
    }
    String cid = randomId();
    out.line(" ---> Running in " + cid.substring(0, 12));
    probe.put("Hostname", cid.substring(0, 12));
    createdContainerLabels(probe);
    s.imageId = committer.commitStep(s.imageId, upper, s.runConfig, probe, cid, String.join(" ", probeCmd), s.author);
    if (req.rm() || req.forceRm()) {
      out.line("Removing intermediate container " + cid.substring(0, 12));
    }
  }

  private void workdir(BuildRequest req, State s, Instruction in, Progress out) {
    String dir = ShellWords.expand(in.rest(), vars(s));
    String current = s.runConfig.path("WorkingDir").asText("");
    String abs = dir.startsWith("/") ? dir : (current.isEmpty() ? "/" : current) + "/" + dir;
    abs = Path.of(abs).normalize().toString();
    s.runConfig.put("WorkingDir", abs);
    List<String> cmd = new ArrayList<>(s.shell);
    cmd.add("#(nop) WORKDIR " + abs);
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(cmd));
    if (probeCache(req, s, probe, out)) {
      return;
    }
    Path upper = tempDir("workdir-");
    try {
      if (!existsInImage(s.imageId, abs)) {
        Files.createDirectories(upper.resolve(abs.substring(1)));
      }
      String cid = randomId();
      out.line(" ---> Running in " + cid.substring(0, 12));
      probe.put("Hostname", cid.substring(0, 12));
      createdContainerLabels(probe);
      s.imageId = committer.commitStep(s.imageId, emptyToNull(upper), s.runConfig, probe, cid, String.join(" ", cmd),
          s.author);
      if (req.rm() || req.forceRm()) {
        out.line("Removing intermediate container " + cid.substring(0, 12));
      }
    } catch (IOException e) {
      throw new SystemException("WORKDIR: " + e.getMessage(), e);
    } finally {
      BerthStore.deleteTree(upper);
    }
  }

  private void arg(BuildRequest req, State s, Instruction in, Progress out) {
    List<String> words = ShellWords.split(in.rest(), vars(s));
    StringBuilder comment = new StringBuilder("ARG");
    for (String w : words) {
      int eq = w.indexOf('=');
      String name = eq < 0 ? w : w.substring(0, eq);
      String dflt = eq < 0 ? s.metaArgs.get(name) : w.substring(eq + 1);
      String value = req.buildArgs().containsKey(name) ? req.buildArgs().get(name) : dflt;
      if (req.buildArgs().containsKey(name)) {
        s.consumed.add(name);
      }
      s.args.put(name, value);
      comment.append(' ').append(name).append(eq < 0 ? "" : "=" + w.substring(eq + 1));
    }
    commitMeta(req, s, comment.toString(), out);
  }

  // ------------------------------------------------------------------ RUN

  private void run(BuildRequest req, State s, Instruction in, Progress out) {
    if (s.imageId == null) {
      throw new NotSupportedException("RUN on a scratch image (no shell) is not supported by berth build");
    }
    List<String> cmd = in.execForm() ? in.json() : withShell(s, in.rest());
    List<String> buildArgEnv = buildArgEnv(s);
    List<String> saveCmd = new ArrayList<>();
    if (!buildArgEnv.isEmpty()) {
      saveCmd.add("|" + buildArgEnv.size());
      saveCmd.addAll(buildArgEnv);
    }
    saveCmd.addAll(cmd);
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(saveCmd));
    probe.putNull("Entrypoint");
    if (probeCache(req, s, probe, out)) {
      return;
    }
    ObjectNode create = ImageConfig.MAPPER.createObjectNode();
    create.set("Cmd", array(cmd));
    create.set("Entrypoint", array(List.of("")));
    List<String> env = new ArrayList<>(strings(s.runConfig.get("Env")));
    env.addAll(buildArgEnv);
    create.set("Env", array(env));
    create.put("WorkingDir", s.runConfig.path("WorkingDir").asText(""));
    create.put("User", s.runConfig.path("User").asText(""));
    create.put("NetworkMode", "none");
    ContainerRecord c = engine.containers().create(s.imageId, null, create.toString());
    String shortId = c.id().substring(0, 12);
    out.line(" ---> Running in " + shortId);
    int code = engine.lifecycle().runAttached(c.id(), null, out.stdout(), out.stderr());
    out.finishStderr();
    if (code != 0) {
      if (req.forceRm()) {
        engine.containers().remove(c.id(), true, true);
      }
      throw new BuildStepFailedException(
          "The command '" + String.join(" ", cmd) + "' returned a non-zero code: " + code, code);
    }
    probe.put("Hostname", shortId);
    createdContainerLabels(probe);
    Path upper = store.paths().container(c.id()).resolve("upper");
    dev.berth.container.RuntimeArtifacts.drop(upper);
    s.imageId = committer.commitStep(s.imageId, emptyToNull(upper), s.runConfig, probe, c.id(),
        String.join(" ", saveCmd), s.author);
    if (req.rm() || req.forceRm()) {
      out.line("Removing intermediate container " + shortId);
      engine.containers().remove(c.id(), true, true);
    }
  }

  /** Declared build args with a value, not shadowed by ENV, as {@code K=V}. */
  private static List<String> buildArgEnv(State s) {
    Set<String> envKeys = new java.util.HashSet<>();
    for (String e : strings(s.runConfig.get("Env"))) {
      envKeys.add(e.contains("=") ? e.substring(0, e.indexOf('=')) : e);
    }
    List<String> out = new ArrayList<>();
    new TreeSet<>(s.args.keySet()).forEach(k -> {
      String v = s.args.get(k);
      if (v != null && !envKeys.contains(k)) {
        out.add(k + "=" + v);
      }
    });
    return out;
  }

  // ------------------------------------------------------------------ COPY / ADD

  private void copy(BuildRequest req, BuildContext context, State s, Instruction in, Progress out) {
    String name = in.keyword();
    List<String> words = in.execForm() ? in.json() : ShellWords.split(in.rest(), vars(s));
    List<String> args = new ArrayList<>();
    for (String w : words) {
      if (w.startsWith("--") && args.isEmpty()) {
        throw new NotSupportedException(name + " " + w.split("=")[0] + " is not supported by berth build");
      }
      args.add(w);
    }
    if (args.size() < 2) {
      throw new BuildStepFailedException(name + " requires at least two arguments", 1);
    }
    String dest = args.getLast();
    List<String> srcs = args.subList(0, args.size() - 1);
    CopyPlan plan = CopyPlan.of(context, name, srcs, dest, s.runConfig.path("WorkingDir").asText(""));
    List<String> cmd = new ArrayList<>(s.shell);
    cmd.add("#(nop) " + name + " " + plan.hash() + " in " + dest + " ");
    ObjectNode probe = s.runConfig.deepCopy();
    probe.set("Cmd", array(cmd));
    if (probeCache(req, s, probe, out)) {
      return;
    }
    Path upper = tempDir("copy-");
    try {
      plan.materialize(upper);
      // COPY/ADD commit without a container: no container ID, no hostname.
      s.imageId = committer.commitStep(s.imageId, upper, s.runConfig, probe, "", String.join(" ", cmd), s.author);
    } finally {
      BerthStore.deleteTree(upper);
    }
  }

  // ------------------------------------------------------------------ cache

  /** Finds a child of the current image whose container config equals {@code probe}. */
  private boolean probeCache(BuildRequest req, State s, ObjectNode probe, Progress out) {
    if (req.noCache() || s.cacheBusted) {
      s.cacheBusted = true;
      return false;
    }
    JsonNode want = comparable(probe);
    String parent = s.imageId;
    String hit = store.db().read(c -> {
      ImageRecord best = null;
      for (ImageRecord r : ImageStore.all(c)) {
        boolean sameParent = parent == null ? r.parent() == null : parent.equals(r.parent());
        if (!sameParent || (parent == null && r.topLayer() != null)) {
          continue;
        }
        JsonNode cc = ImageConfig.parse(store.content().read(r.id())).json().get("container_config");
        if (cc != null && comparable(cc).equals(want) && (best == null || r.createdNs() > best.createdNs())) {
          best = r;
        }
      }
      return best == null ? null : best.id();
    });
    if (hit == null) {
      s.cacheBusted = true;
      return false;
    }
    out.line(" ---> Using cache");
    s.imageId = hit;
    return true;
  }

  /** Creating the step's container gives its config an empty label map where there was none. */
  private static void createdContainerLabels(ObjectNode probe) {
    if (!probe.path("Labels").isObject()) {
      probe.putObject("Labels");
    }
  }

  private static JsonNode comparable(JsonNode config) {
    ObjectNode n = GoContainerConfig.of(config);
    n.remove("Hostname");
    n.remove("Image");
    if (n.path("Labels").isEmpty()) {
      n.remove("Labels"); // null and {} compare equal, as Docker compares by length
    }
    return n;
  }

  // ------------------------------------------------------------------ layers

  private static boolean isEmptyDir(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** An upper directory without changes is an empty layer, which Docker records as {@code empty_layer}. */
  private static Path emptyToNull(Path upper) {
    try {
      return !Files.isDirectory(upper) || isEmptyDir(upper) ? null : upper;
    } catch (IOException e) {
      throw new SystemException("build: " + e.getMessage(), e);
    }
  }

  /** Whether {@code absPath} exists in one of the image's layers (whiteouts are not considered). */
  private boolean existsInImage(String imageId, String absPath) {
    if (imageId == null) {
      return false;
    }
    List<dev.berth.image.LayerRecord> chain = store.db().read(c -> {
      ImageRecord r = ImageStore.find(c, imageId).orElseThrow();
      return r.topLayer() == null ? List.of() : ImageStore.chain(c, r.topLayer());
    });
    String rel = absPath.substring(1);
    for (dev.berth.image.LayerRecord l : chain) {
      if (rel.isEmpty() || Files.exists(store.paths().layerDiff(l.chainId()).resolve(rel),
          java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ helpers

  private Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(store.paths().staging(), prefix);
    } catch (IOException e) {
      throw new SystemException("build: " + e.getMessage(), e);
    }
  }

  private static String randomId() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static List<String> withShell(State s, String command) {
    List<String> out = new ArrayList<>(s.shell);
    out.add(command);
    return out;
  }

  /** Variables visible to expansion: build args, then ENV (which wins). */
  private static Map<String, String> vars(State s) {
    Map<String, String> v = new LinkedHashMap<>();
    s.args.forEach((k, val) -> {
      if (val != null) {
        v.put(k, val);
      }
    });
    for (String e : strings(s.runConfig.get("Env"))) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        v.put(e.substring(0, eq), e.substring(eq + 1));
      }
    }
    return v;
  }

  /** ENV/LABEL arguments: {@code K=V ...} or the legacy {@code K V with spaces}. */
  static List<String[]> pairs(String rest, Map<String, String> vars, String keyword) {
    List<String> words = ShellWords.split(rest, vars);
    List<String[]> out = new ArrayList<>();
    if (words.isEmpty()) {
      throw new BuildStepFailedException(keyword + " requires at least one argument", 1);
    }
    if (!words.getFirst().contains("=")) {
      String key = words.getFirst();
      String after = rest.strip().substring(rest.strip().indexOf(key) + key.length()).strip();
      String[] kw = rest.strip().split("\\s+", 2);
      String value = kw.length < 2 ? "" : ShellWords.expand(kw[1].strip(), vars);
      if (kw.length < 2 && after.isEmpty()) {
        throw new BuildStepFailedException(keyword + " names can not be blank", 1);
      }
      out.add(new String[] {ShellWords.expand(kw[0], vars), value});
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new BuildStepFailedException("Syntax error - can't find = in \"" + w + "\". Must be of the form: name=value", 1);
      }
      out.add(new String[] {w.substring(0, eq), w.substring(eq + 1)});
    }
    return out;
  }

  private static void setEnv(ObjectNode rc, String key, String value) {
    List<String> env = strings(rc.get("Env"));
    String entry = key + "=" + value;
    boolean replaced = false;
    for (int i = 0; i < env.size(); i++) {
      String e = env.get(i);
      if (e.equals(key) || e.startsWith(key + "=")) {
        env.set(i, entry);
        replaced = true;
      }
    }
    if (!replaced) {
      env.add(entry);
    }
    rc.set("Env", array(env));
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
