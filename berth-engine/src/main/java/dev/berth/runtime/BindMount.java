package dev.berth.runtime;

import java.nio.file.Path;

/**
 * A host path bind-mounted into the container ({@code -v /src:/dst[:ro]}): with its propagation
 * ({@code rprivate} unless asked otherwise) and whether it is recursive ({@code rbind}, unless
 * {@code bind-nonrecursive}).
 */
public record BindMount(Path source, String destination, boolean readOnly, String propagation, boolean recursive) {

  public BindMount(Path source, String destination, boolean readOnly) {
    this(source, destination, readOnly, "rprivate", true);
  }

  public BindMount {
    propagation = propagation == null || propagation.isEmpty() ? "rprivate" : propagation;
  }

  /** The OCI mount options: bind mode, propagation, {@code ro}. */
  public java.util.List<String> options() {
    java.util.List<String> o = new java.util.ArrayList<>();
    o.add(recursive ? "rbind" : "bind");
    o.add(propagation);
    if (readOnly) {
      o.add("ro");
    }
    return o;
  }
}
