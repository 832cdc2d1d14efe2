package dev.berth.cli.ops;

import dev.berth.api.json.ContainerSummary;
import dev.berth.image.ImageSummary;
import dev.berth.volume.VolumeRecord;
import java.util.List;

/**
 * {@code GET /system/df}, as {@code system df} reads it: the images (with container counts and
 * shared sizes), every container with its writable-layer size, every volume with its usage.
 */
public record DiskUsageReport(long layersSize, List<ImageSummary> images, List<ContainerUsage> containers,
    List<VolumeUsage> volumes) {

  /** A container and the size of its writable layer. */
  public record ContainerUsage(ContainerSummary container, long sizeRw) {
    /** The docker CLI's "active": running, paused or restarting. */
    public boolean running() {
      String s = container.state();
      return s.contains("running") || s.contains("paused") || s.contains("restarting");
    }
  }

  /** A volume, its mount point, the number of containers using it and its size. */
  public record VolumeUsage(VolumeRecord volume, String mountpoint, long refCount, long size) {
    public boolean inUse() {
      return refCount > 0;
    }
  }
}
