package dev.berth.layer;

/** How an unpacked layer stores the OCI whiteout markers {@code .wh.NAME} and {@code .wh..wh..opq}. */
public enum WhiteoutFormat {
  /**
   * As overlayfs lowerdirs expect (needs root): {@code .wh.NAME} becomes a character device 0/0
   * named NAME, {@code .wh..wh..opq} becomes the xattr {@code trusted.overlay.opaque=y} on its
   * directory.
   */
  OVERLAY,
  /**
   * The markers are kept as the empty regular files they are in the tar (for the copy fallback,
   * which applies them itself, and for non-root use).
   */
  PLAIN
}
