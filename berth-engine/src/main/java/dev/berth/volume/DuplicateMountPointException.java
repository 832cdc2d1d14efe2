package dev.berth.volume;

import dev.berth.errors.InvalidArgumentException;
import java.util.List;

/**
 * Two mounts at one destination. dockerd creates each named volume as it goes through the mounts,
 * so the volumes named before the duplicate exist afterwards although no container was created:
 * {@link #volumesMadeBefore()} names them for the caller to create the same way.
 */
public final class DuplicateMountPointException extends InvalidArgumentException {
  private final List<String> volumesMadeBefore;

  public DuplicateMountPointException(String destination, List<String> volumesMadeBefore) {
    super("Duplicate mount point: " + destination);
    this.volumesMadeBefore = List.copyOf(volumesMadeBefore);
  }

  public List<String> volumesMadeBefore() {
    return volumesMadeBefore;
  }
}
