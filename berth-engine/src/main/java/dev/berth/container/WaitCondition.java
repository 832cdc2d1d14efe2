package dev.berth.container;

/** What {@code POST /containers/{id}/wait?condition=} waits for (Docker's container wait conditions). */
public enum WaitCondition {
  /** The container is not running (at once when it is not running now). */
  NOT_RUNNING,
  /** The container's next exit: a run that ends after the wait began. */
  NEXT_EXIT,
  /** The container has been removed. */
  REMOVED;

  /** The daemon's parsing: {@code next-exit}, {@code removed}; anything else means not-running. */
  public static WaitCondition parse(String condition) {
    return switch (condition == null ? "" : condition) {
      case "next-exit" -> NEXT_EXIT;
      case "removed" -> REMOVED;
      default -> NOT_RUNNING;
    };
  }
}
