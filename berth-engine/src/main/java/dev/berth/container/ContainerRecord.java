package dev.berth.container;

/**
 * One container row. {@code imageRef} is the image argument exactly as the user gave it (Docker
 * shows it in {@code ps} while it still resolves to {@code imageId}); {@code config} is the
 * container's configuration as JSON (Cmd, Entrypoint, Env, Labels, ...).
 */
public record ContainerRecord(
    String id,
    String name,
    String imageId,
    String imageRef,
    long createdNs,
    ContainerState state,
    long pid,
    int exitCode,
    String startedAt,
    String finishedAt,
    String config) {

  public String shortId() {
    return id.substring(0, 12);
  }

  public boolean running() {
    return state == ContainerState.RUNNING || state == ContainerState.PAUSED || state == ContainerState.RESTARTING;
  }

  public ContainerRecord withState(ContainerState s, long newPid, int code, String started, String finished) {
    return new ContainerRecord(id, name, imageId, imageRef, createdNs, s, newPid, code, started, finished, config);
  }
}
