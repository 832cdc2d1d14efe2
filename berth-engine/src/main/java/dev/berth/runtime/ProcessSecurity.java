package dev.berth.runtime;

import java.util.List;

/**
 * What confines the container's process beyond capabilities: {@code --privileged}, the
 * {@code --security-opt}s berth applies ({@code no-new-privileges}, {@code seccomp}) and the paths
 * of /proc and /sys it masks or makes read-only.
 *
 * @param seccomp empty for berth's default profile, {@code unconfined} for none, else the profile's
 *     JSON text (Docker's format)
 * @param maskedPaths null for the default list (none when privileged); {@code readonlyPaths} the same
 */
public record ProcessSecurity(boolean privileged, boolean noNewPrivileges, String seccomp, List<String> maskedPaths,
    List<String> readonlyPaths) {
  public static final ProcessSecurity DEFAULT = new ProcessSecurity(false, false, "", null, null);

  public ProcessSecurity {
    seccomp = seccomp == null ? "" : seccomp;
    maskedPaths = maskedPaths == null ? null : List.copyOf(maskedPaths);
    readonlyPaths = readonlyPaths == null ? null : List.copyOf(readonlyPaths);
  }

  /** The paths masked in the container: the given ones, else none for a privileged container, else Docker's. */
  public List<String> masked() {
    return maskedPaths != null ? maskedPaths : privileged ? List.of() : OciSpecBuilder.MASKED_PATHS;
  }

  /** The paths made read-only, chosen as {@link #masked()}. */
  public List<String> readonly() {
    return readonlyPaths != null ? readonlyPaths : privileged ? List.of() : OciSpecBuilder.READONLY_PATHS;
  }
}
