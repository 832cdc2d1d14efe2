package dev.berth.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * An image argument resolved to an image.
 *
 * @param imageId the full image ID, {@code sha256:<64 hex>}
 * @param argument the argument exactly as typed
 * @param reference the argument parsed as a name, when it was one (empty for a 64-hex ID or a
 *     {@code sha256:<64 hex>} digest); present even when the image was found by ID prefix
 */
public record ResolvedImage(String imageId, String argument, Optional<Reference> reference) {
  public ResolvedImage {
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * rmi's "ID mode": the argument as typed is a prefix of {@code sha256:<hex>} or of {@code <hex>}
   * of this image's ID. True for full and short IDs and {@code sha256:} prefixes, and also for a
   * tag whose name happens to be such a prefix (spec §3.9).
   */
  public boolean idMode() {
    return ImageResolver.isImageIdPrefix(imageId, argument);
  }
}
