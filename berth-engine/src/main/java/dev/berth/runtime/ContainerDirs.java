package dev.berth.runtime;

import java.nio.file.Path;

/**
 * The files of one container under its directory ({@code containers/<id>/}): rootfs parts
 * (see {@link RootFs}), the OCI bundle, and {@code userdata/} with the host files, the log and the
 * pid files.
 */
public record ContainerDirs(Path dir) {
  public Path bundle() {
    return dir.resolve("bundle");
  }

  public Path userdata() {
    return dir.resolve("userdata");
  }

  /** conmon's k8s-file log. */
  public Path log() {
    return userdata().resolve("ctr.log");
  }

  /** The container init's host pid (written by runc). */
  public Path pidFile() {
    return userdata().resolve("pidfile");
  }

  /** {@code <pid> <starttime>} of the conmon monitoring the container (written by berth). */
  public Path conmonPidFile() {
    return userdata().resolve("conmon.pid");
  }

  /** conmon's own stderr before it runs the container (argument errors). */
  public Path conmonStderr() {
    return userdata().resolve("conmon.stderr");
  }
}
