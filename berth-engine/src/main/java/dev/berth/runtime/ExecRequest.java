package dev.berth.runtime;

import java.util.List;

/**
 * A {@code docker exec}: the command plus {@code -e}, {@code -w}, {@code -u}, {@code -i}, {@code
 * -t}, {@code -d}, {@code --privileged}. Empty workdir/user mean the container's own.
 */
public record ExecRequest(
    List<String> cmd, List<String> env, String workdir, String user, boolean interactive,
    boolean tty, boolean detach, boolean privileged) {
  public ExecRequest {
    cmd = List.copyOf(cmd);
    env = env == null ? List.of() : List.copyOf(env);
    workdir = workdir == null ? "" : workdir;
    user = user == null ? "" : user;
  }

  /** Without {@code --privileged}. */
  public ExecRequest(List<String> cmd, List<String> env, String workdir, String user, boolean interactive,
      boolean tty, boolean detach) {
    this(cmd, env, workdir, user, interactive, tty, detach, false);
  }

  public static ExecRequest of(String... cmd) {
    return new ExecRequest(List.of(cmd), null, null, null, false, false, false);
  }

  public ExecRequest withEnv(List<String> e) {
    return new ExecRequest(cmd, e, workdir, user, interactive, tty, detach, privileged);
  }

  public ExecRequest withWorkdir(String w) {
    return new ExecRequest(cmd, env, w, user, interactive, tty, detach, privileged);
  }

  public ExecRequest withUser(String u) {
    return new ExecRequest(cmd, env, workdir, u, interactive, tty, detach, privileged);
  }

  public ExecRequest withInteractive(boolean i) {
    return new ExecRequest(cmd, env, workdir, user, i, tty, detach, privileged);
  }

  public ExecRequest withTty(boolean t) {
    return new ExecRequest(cmd, env, workdir, user, interactive, t, detach, privileged);
  }

  public ExecRequest withDetach(boolean d) {
    return new ExecRequest(cmd, env, workdir, user, interactive, tty, d, privileged);
  }

  public ExecRequest withPrivileged(boolean p) {
    return new ExecRequest(cmd, env, workdir, user, interactive, tty, detach, p);
  }
}
