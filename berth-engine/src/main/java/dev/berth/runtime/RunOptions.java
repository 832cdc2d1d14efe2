package dev.berth.runtime;

import java.util.List;
import java.util.Map;

/**
 * What {@code docker run}/{@code create} flags say about the container's process and filesystem.
 *
 * <p>{@code cmd} is {@code null} or empty when no command was given. {@code entrypoint} is {@code
 * null} when {@code --entrypoint} was not given; an empty list (or {@code [""]}) means {@code
 * --entrypoint ""}, which clears the image's entrypoint. {@code hostname} empty means "derive it".
 */
public record RunOptions(
    List<String> cmd,
    List<String> entrypoint,
    List<String> env,
    String workdir,
    String user,
    String hostname,
    boolean tty,
    boolean interactive,
    boolean readOnlyRootfs,
    NetworkMode network,
    List<BindMount> binds,
    Map<String, String> labels,
    boolean init,
    ProcessLimits limits,
    List<DeviceMapping> devices,
    NetworkFiles networkFiles,
    String cgroupParent,
    List<String> deviceCgroupRules,
    NetworkJoin join,
    ProcessSecurity security) {

  public RunOptions {
    cmd = cmd == null ? List.of() : List.copyOf(cmd);
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    env = env == null ? List.of() : List.copyOf(env);
    workdir = workdir == null ? "" : workdir;
    user = user == null ? "" : user;
    hostname = hostname == null ? "" : hostname;
    network = network == null ? NetworkMode.NONE : network;
    binds = binds == null ? List.of() : List.copyOf(binds);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    limits = limits == null ? ProcessLimits.none() : limits;
    devices = devices == null ? List.of() : List.copyOf(devices);
    networkFiles = networkFiles == null ? NetworkFiles.NONE : networkFiles;
    cgroupParent = cgroupParent == null ? "" : cgroupParent;
    deviceCgroupRules = deviceCgroupRules == null ? List.of() : List.copyOf(deviceCgroupRules);
    security = security == null ? ProcessSecurity.DEFAULT : security;
  }

  /** No flags at all: the image decides everything; network none. */
  public static RunOptions defaults() {
    return new RunOptions(null, null, null, null, null, null, false, false, false, null, null,
        null, false, null, null, null, null, null, null, null);
  }

  public RunOptions withCmd(List<String> c) {
    return new RunOptions(c, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withEntrypoint(List<String> e) {
    return new RunOptions(cmd, e, env, workdir, user, hostname, tty, interactive, readOnlyRootfs,
        network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withEnv(List<String> e) {
    return new RunOptions(cmd, entrypoint, e, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withWorkdir(String w) {
    return new RunOptions(cmd, entrypoint, env, w, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withUser(String u) {
    return new RunOptions(cmd, entrypoint, env, workdir, u, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withHostname(String h) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, h, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withTty(boolean t) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, t, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withInteractive(boolean i) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, i, readOnlyRootfs,
        network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withReadOnlyRootfs(boolean r) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive, r,
        network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withNetwork(NetworkMode n) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, n, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withBinds(List<BindMount> b) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, b, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withInit(boolean i) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, i, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withLabels(Map<String, String> l) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, l, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withLimits(ProcessLimits l) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, l, devices, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withDevices(List<DeviceMapping> d) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, d, networkFiles, cgroupParent, deviceCgroupRules, join, security);
  }

  public RunOptions withNetworkFiles(NetworkFiles n) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, n, cgroupParent, deviceCgroupRules, join, security);
  }

  /** {@code --cgroup-parent} (empty: the engine's) and {@code --device-cgroup-rule}s. */
  public RunOptions withCgroup(String parent, List<String> rules) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, parent, rules, join, security);
  }

  /** {@code --network container:NAME}: the container joined (null otherwise). */
  public RunOptions withJoin(NetworkJoin j) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, j, security);
  }

  /** {@code --privileged} and the {@code --security-opt}s. */
  public RunOptions withSecurity(ProcessSecurity s) {
    return new RunOptions(cmd, entrypoint, env, workdir, user, hostname, tty, interactive,
        readOnlyRootfs, network, binds, labels, init, limits, devices, networkFiles, cgroupParent, deviceCgroupRules, join, s);
  }
}
