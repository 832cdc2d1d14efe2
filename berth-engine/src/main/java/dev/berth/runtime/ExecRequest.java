package dev.berth.runtime;

import java.util.List;

/**
 * A {@code docker exec}: the command plus {@code -e}, {@code -w}, {@code -u}, {@code -i}, {@code
 * -t}, {@code -d}. Empty workdir/user mean the container's own.
 */
public record ExecRequest(
    List<String> cmd, List<String> env, String workdir, String user, boolean interactive,
    boolean tty, boolean detach) {
  public ExecRequest {
    cmd = List.copyOf(cmd);
    env = env == null ? List.of() : List.copyOf(env);
    workdir = workdir == null ? "" : workdir;
    user = user == null ? "" : user;
  }

  public static ExecRequest of(String... cmd) {
    return new ExecRequest(List.of(cmd), null, null, null, false, false, false);
  }

  public ExecRequest withEnv(List<String> e) {
    return new ExecRequest(cmd, e, workdir, user, interactive, tty, detach);
  }

  public ExecRequest withWorkdir(String w) {
    return new ExecRequest(cmd, env, w, user, interactive, tty, detach);
  }

  public ExecRequest withUser(String u) {
    return new ExecRequest(cmd, env, workdir, u, interactive, tty, detach);
  }

  public ExecRequest withInteractive(boolean i) {
    return new ExecRequest(cmd, env, workdir, user, i, tty, detach);
  }

  public ExecRequest withTty(boolean t) {
    return new ExecRequest(cmd, env, workdir, user, interactive, t, detach);
  }

  public ExecRequest withDetach(boolean d) {
    return new ExecRequest(cmd, env, workdir, user, interactive, tty, d);
  }
}
