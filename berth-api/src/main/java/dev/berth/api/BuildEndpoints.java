package dev.berth.api;

import dev.berth.units.GoJsonSyntax;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.build.BuildContext;
import dev.berth.build.BuildRequest;
import dev.berth.build.BuildStepFailedException;
import dev.berth.build.Builder;
import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import dev.berth.errors.SystemException;
import dev.berth.image.Names;
import dev.berth.reference.Reference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /build}: the classic builder over a context tar (plain or compressed). Failures found
 * before the first step (parameters, tags, the context, the Dockerfile) are the daemon's HTTP
 * errors; later ones are error messages at the end of the stream, as the daemon sends them.
 */
final class BuildEndpoints {
  private final Engine engine;

  BuildEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(Route.of("POST", "/build", this::build));
  }

  /** {@code networkmode}: the RUN containers' network, as the step containers' host options (null: the default). */
  static String stepNetwork(String networkMode) {
    if (networkMode.isEmpty() || networkMode.equals("default")) {
      return null;
    }
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        .put("NetworkMode", networkMode).toString();
  }

  private void build(Exchange x) throws Exception {
    Map<String, String> buildArgs = stringMap(x.query("buildargs"), "error reading build args", true);
    Map<String, String> labels = stringMap(x.query("labels"), "error reading labels", false);
    List<String> cacheFrom = stringList(x.query("cachefrom"));
    String target = x.query("target").isEmpty() ? null : x.query("target");
    if (!x.query("remote").isEmpty()) {
      throw new NotSupportedException("building from a remote context (POST /build?remote=)");
    }
    boolean forceRm = x.bool("forcerm");
    boolean rm = forceRm || x.query("rm").isEmpty() || x.bool("rm");
    List<String> tags = tags(x.queryAll("t"));
    try (BuildContext context = unpackContext(x.body())) {
      Path dockerfile = dockerfile(context.root(), x.query("dockerfile"));
      BuildRequest req = new BuildRequest(context.root(), dockerfile, tags, x.bool("nocache"), rm, forceRm, buildArgs,
          labels, target, cacheFrom, context, x.queryAll("extrahosts"), // "host:ip", as the CLI checked them
          x.query("platform"), stepNetwork(x.query("networkmode")));
      BuildOutput out = new BuildOutput(x.lazyStream("application/json"), x.bool("q"));
      String id;
      try {
        id = new Builder(engine).build(req, out);
      } catch (BerthException e) {
        out.fail(e, code(e));
        return;
      }
      out.succeed(id);
    }
  }

  /** A failing RUN carries its exit code in the error message, as the daemon's JSONError does. */
  private static Integer code(BerthException e) {
    if (e instanceof BuildStepFailedException f && e.getMessage().startsWith("The command '")
        && e.getMessage().contains("' returned a non-zero code: ")) {
      return f.exitCode();
    }
    return null;
  }

  /** The daemon's {@code sanitizeRepoAndTags}: full references, default tag, no digests, no duplicates. */
  private static List<String> tags(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String t : given) {
      if (t.isEmpty()) {
        continue;
      }
      Reference ref;
      try {
        ref = Reference.parse(t);
      } catch (BerthException e) {
        throw new SystemException(e.getMessage(), e);
      }
      if (ref.isDigest()) {
        throw new SystemException("build tag cannot contain a digest");
      }
      String key = Names.key(ref.withDefaultTag());
      if (!out.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * The context tar (plain or compressed) unpacked as the builder reads one, with the checksums
   * of its headers. The docker CLI may end it right after the last entry's data (no padding, no
   * end blocks) when it added a Dockerfile from outside the context: that is a complete context.
   */
  private BuildContext unpackContext(InputStream body) {
    try {
      return BuildContext.fromTar(body, engine.store().paths().staging());
    } catch (BerthException e) {
      // the daemon answers every unreadable context with a plain (500) error
      throw new SystemException(e.getMessage(), e);
    }
  }

  /** {@code dockerfile} (default {@code Dockerfile}, then {@code dockerfile}) inside the context. */
  private static Path dockerfile(Path context, String name) {
    List<String> candidates = name.isEmpty() ? List.of("Dockerfile", "dockerfile") : List.of(name);
    for (String candidate : candidates) {
      Path p = context.resolve(candidate).normalize();
      if (p.startsWith(context) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return p;
      }
    }
    throw new SystemException("Cannot locate specified Dockerfile: " + (name.isEmpty() ? "Dockerfile" : name));
  }

  /** A JSON object of strings (build args may be null: given without a value). */
  private static Map<String, String> stringMap(String text, String what, boolean nullable) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return out;
    }
    JsonNode root = parse(text, what);
    if (root.isNull()) {
      return out;
    }
    if (!root.isObject()) {
      throw new InvalidArgumentException(what + ": " + FiltersParam.typeError(root,
          nullable ? "map[string]*string" : "map[string]string"));
    }
    for (var field : root.properties()) {
      JsonNode v = field.getValue();
      if (v.isTextual()) {
        out.put(field.getKey(), v.asText());
      } else if (v.isNull()) {
        // a build arg given without a value and not in the client's environment: declared, no value
        out.put(field.getKey(), nullable ? null : "");
      } else {
        throw new InvalidArgumentException(what + ": " + FiltersParam.typeError(v, "string"));
      }
    }
    return out;
  }

  private static List<String> stringList(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    JsonNode root = parse(text, null);
    if (root.isArray()) {
      for (JsonNode v : root) {
        if (!v.isTextual()) {
          throw new SystemException(FiltersParam.typeError(v, "string"));
        }
        out.add(v.asText());
      }
    } else if (!root.isNull()) {
      throw new SystemException(FiltersParam.typeError(root, "[]string"));
    }
    return out;
  }

  /** Go's {@code json.Unmarshal} errors: wrapped as 400 with {@code what}, else plain (500). */
  private static JsonNode parse(String text, String what) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String syntax = GoJsonSyntax.check(bytes, GoJsonSyntax.Mode.UNMARSHAL);
    if (syntax != null) {
      throw what == null ? new SystemException(syntax) : new InvalidArgumentException(what + ": " + syntax);
    }
    try {
      return Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new SystemException(e.getMessage(), e);
    }
  }
}
