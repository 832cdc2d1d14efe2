package dev.berth.image;

/**
 * One thing a load reports, in the daemon's order (daemon-semantics §8.3): per archive image, the
 * layers it had to store, then its text lines; the {@code Loaded image ID} lines at the end.
 */
public sealed interface LoadMessage {
  /** A line of text ({@code Loaded image: app:1}, the renaming notice, ...), without newline. */
  record Line(String text) implements LoadMessage {}

  /**
   * A layer read from the archive and stored (the daemon's {@code Loading layer} progress).
   *
   * @param diffId the layer's diff ID
   * @param archiveBytes the size of the layer's file in the archive
   */
  record LayerLoaded(String diffId, long archiveBytes) implements LoadMessage {}
}
