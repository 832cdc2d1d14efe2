package dev.berth.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the runtime keeps run-time state and which binaries it drives.
 *
 * @param runRoot run-time state root (tmpfs in production, e.g. {@code /run/berth}): holds runc's
 *     state ({@code runc/}), conmon exit files ({@code exits/<id>}) and attach links ({@code
 *     sock/})
 * @param cgroupParent absolute cgroupfs parent for containers, e.g. {@code /berth}
 */
public record RuntimeConfig(Path runRoot, Path runc, Path conmon, String cgroupParent) {
  public static RuntimeConfig defaults(Path runRoot) {
    return new RuntimeConfig(runRoot, Path.of("/usr/sbin/runc"), Path.of("/usr/bin/conmon"),
        "/berth");
  }

  public Path runcRoot() {
    return runRoot.resolve("runc");
  }

  public Path exitDir() {
    return runRoot.resolve("exits");
  }

  public Path socketDir() {
    return runRoot.resolve("sock");
  }

  public Path exitFile(String id) {
    return exitDir().resolve(id);
  }

  /** runc's global arguments: the binary and its state root. */
  List<String> runcCommand() {
    return List.of(runc.toString(), "--root", runcRoot().toString());
  }
}
