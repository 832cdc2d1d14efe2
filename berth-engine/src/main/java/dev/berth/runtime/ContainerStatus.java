package dev.berth.runtime;

import java.util.Optional;

/**
 * What the host says about a container, reconciled from runc's state, conmon's liveness and the
 * exit file; usable by a fresh process that never saw the container start.
 *
 * @param pid the container init's host pid (0 when not known)
 * @param exit set once conmon has recorded the exit
 */
public record ContainerStatus(State state, long pid, Optional<ExitStatus> exit) {
  public enum State {
    /** runc created it, nobody started it (an engine died between create and start). */
    CREATED,
    RUNNING,
    PAUSED,
    /** Exited; {@code exit} holds the code unless the monitor died before recording it. */
    EXITED,
    /** Still running, but its conmon is gone: no log, no exit file will come. Kill and delete. */
    MONITOR_LOST,
    /** Neither runc nor an exit file knows it: never started, or already cleaned up. */
    UNKNOWN
  }
}
