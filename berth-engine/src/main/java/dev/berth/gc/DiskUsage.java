package dev.berth.gc;

import dev.berth.container.ContainerRecord;
import dev.berth.image.ImageSummary;
import dev.berth.volume.VolumeUsage;
import java.util.List;

/**
 * {@code GET /system/df}: the listed images (no intermediates) with their container counts and
 * shared sizes, the bytes of all their layers counted once, every container's sizes and every
 * volume with its reference count and size.
 */
public record DiskUsage(
    long layersSize, List<ImageSummary> images, List<ContainerUsage> containers, List<VolumeUsage> volumes) {

  /** A container with its writable-layer size and its size including the image layers. */
  public record ContainerUsage(ContainerRecord container, long sizeRw, long sizeRootFs) {}
}
