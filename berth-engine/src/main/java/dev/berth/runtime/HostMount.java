package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** mount(8) and umount(8) of a file system on the host, for the local volume driver's options. */
public final class HostMount {
  private HostMount() {}

  /**
   * Mounts {@code device} of file-system {@code type} with {@code options} (mount(8)'s {@code -o}: flags
   * and file-system data, as the driver's {@code o} option) at {@code target}; empty strings are left out.
   *
   * @throws SystemException with the local driver's wording and mount(8)'s reason
   */
  public static void mount(String type, String device, String options, Path target) {
    List<String> argv = new ArrayList<>(List.of("mount"));
    if (!type.isEmpty()) {
      argv.addAll(List.of("-t", type));
    }
    if (!options.isEmpty()) {
      argv.addAll(List.of("-o", options));
    }
    argv.addAll(List.of(device, target.toString()));
    HostCommand.Result r = HostCommand.run(argv);
    if (!r.ok()) {
      throw new SystemException("failed to mount local volume: mount " + device + ":" + target + ", data: "
          + options + ": " + r.message());
    }
  }

  /** Unmounts whatever is mounted at {@code target}; nothing when nothing is. */
  public static void unmount(Path target) {
    if (!MountTable.isMountPoint(target)) {
      return;
    }
    HostCommand.Result r = HostCommand.run(List.of("umount", target.toString()));
    if (!r.ok() && MountTable.isMountPoint(target)) {
      throw new SystemException("unmounting " + target + ": " + r.message());
    }
  }
}
