package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The OCI process of an exec ({@code runc exec --process}): the container's own (capabilities, env,
 * user, cwd) with the command, every capability with {@code --privileged}, and the request's env (replacing a variable of the same name), workdir
 * and user. Given whole, runc takes nothing else from the container: a user without supplementary
 * groups gets none, as in the daemon (runc's --user alone keeps the container's groups).
 */
final class ExecProcess {
  private ExecProcess() {}

  /**
   * @param terminal with a terminal: also TERM=xterm when the container has no TERM (the daemon's exec
   *     environment)
   * @throws ContainerStartException when the user cannot be resolved (the daemon fails the exec start,
   *     126)
   */
  static ObjectNode spec(ContainerDirs dirs, ExecRequest req, boolean terminal) throws IOException {
    JsonNode spec = OciSpecBuilder.JSON.readTree(dirs.bundle().resolve("config.json").toFile());
    ObjectNode p = (ObjectNode) spec.path("process").deepCopy();
    boolean containerTerminal = p.path("terminal").asBoolean(false);
    p.put("terminal", terminal);
    if (!terminal) {
      p.remove("consoleSize");
    }
    ArrayNode args = p.putArray("args");
    req.cmd().forEach(args::add);
    List<String> env = new ArrayList<>();
    p.path("env").forEach(e -> env.add(e.asText()));
    int host = indexOfKey(env, "HOSTNAME");
    if (!terminal && containerTerminal && host >= 0 && host + 1 < env.size() && env.get(host + 1).equals("TERM=xterm")) {
      // the container's TERM default comes with its terminal: an exec without one has none
      // (a TERM=xterm of the container's own config in that place is taken for the default)
      env.remove(host + 1);
    }
    if (terminal && env.stream().noneMatch(e -> ContainerEnv.key(e).equals("TERM"))) {
      env.add(host < 0 ? env.size() : host + 1, "TERM=xterm");
    }
    for (String e : req.env()) {
      int at = indexOfKey(env, ContainerEnv.key(e));
      if (e.indexOf('=') < 0) {
        if (at >= 0) {
          env.remove(at); // a bare name unsets the variable, as in the container's own environment
        }
      } else if (at < 0) {
        env.add(e);
      } else {
        env.set(at, e);
      }
    }
    ArrayNode envs = p.putArray("env");
    env.forEach(envs::add);
    if (!req.workdir().isEmpty()) {
      p.put("cwd", req.workdir());
    }
    if (req.privileged()) {
      // every capability the kernel has, as the daemon gives --privileged (no inheritable, no ambient);
      // the container's seccomp filter and its other settings stay
      ObjectNode caps = p.putObject("capabilities");
      for (String set : List.of("bounding", "effective", "permitted")) {
        ArrayNode a = caps.putArray(set);
        Capabilities.kernel().forEach(a::add);
      }
    }
    if (!req.user().isEmpty()) {
      ResolvedUser u;
      try {
        u = UserResolver.resolve(RootFs.merged(dirs.dir()), req.user());
      } catch (SystemException e) {
        throw new ContainerStartException(e.getMessage(), 126);
      }
      ObjectNode user = p.putObject("user");
      user.put("uid", u.uid());
      user.put("gid", u.gid());
      if (!u.additionalGids().isEmpty()) {
        ArrayNode gids = user.putArray("additionalGids");
        u.additionalGids().forEach(gids::add);
      }
    }
    return p;
  }

  private static int indexOfKey(List<String> env, String key) {
    for (int i = 0; i < env.size(); i++) {
      if (ContainerEnv.key(env.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
