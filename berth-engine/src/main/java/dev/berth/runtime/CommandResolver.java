package dev.berth.runtime;

import dev.berth.errors.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/** Docker's rule for the container's argv: entrypoint + cmd, with the image as fallback. */
public final class CommandResolver {
  private CommandResolver() {}

  /**
   * {@code --entrypoint} (even {@code ""}) replaces the image entrypoint and discards the image
   * Cmd; otherwise a user command replaces the image Cmd and the image entrypoint stays.
   *
   * @throws InvalidArgumentException {@code No command specified} when nothing is left to run
   */
  public static List<String> resolve(ImageProcessConfig image, RunOptions options) {
    List<String> entrypoint;
    List<String> cmd;
    if (options.entrypoint() != null) {
      entrypoint = clearedIfBlank(options.entrypoint());
      cmd = options.cmd();
    } else {
      entrypoint = image.entrypoint() == null ? List.of() : image.entrypoint();
      cmd = options.cmd().isEmpty() && image.cmd() != null ? image.cmd() : options.cmd();
    }
    List<String> args = new ArrayList<>(entrypoint);
    args.addAll(cmd);
    if (args.isEmpty()) {
      throw new InvalidArgumentException("No command specified");
    }
    return List.copyOf(args);
  }

  // The docker CLI sends `--entrypoint ""` as [""]: an entrypoint that is cleared.
  private static List<String> clearedIfBlank(List<String> entrypoint) {
    return entrypoint.size() == 1 && entrypoint.getFirst().isEmpty() ? List.of() : entrypoint;
  }
}
