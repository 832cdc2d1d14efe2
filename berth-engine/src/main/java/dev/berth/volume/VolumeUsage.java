package dev.berth.volume;

/** A volume with how many containers mount it and the bytes under its mountpoint. */
public record VolumeUsage(VolumeRecord volume, int refCount, long size) {
  public boolean inUse() {
    return refCount > 0;
  }
}
