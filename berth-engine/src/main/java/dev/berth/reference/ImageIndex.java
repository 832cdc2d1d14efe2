package dev.berth.reference;

import java.util.List;
import java.util.Optional;

/**
 * The three questions image-argument resolution asks of the image store. Image IDs are always the
 * full {@code sha256:<64 lower-case hex>} string.
 */
public interface ImageIndex {

  /**
   * The image a stored reference points to. The key is {@link Reference#normalizedString()} of a
   * tag reference ({@code docker.io/library/app:1}) or a digest reference ({@code
   * docker.io/library/app@sha256:<hex>}); it never has both. Must only answer with an image that
   * exists.
   */
  Optional<String> imageIdForReference(String normalizedReference);

  /**
   * Full IDs of the images whose hex part starts with {@code hexPrefix}, at most {@code limit} of
   * them, in any order. {@code hexPrefix} is always 1 to 64 characters of {@code [0-9a-f]} (so it
   * is safe in {@code LIKE 'sha256:' || ? || '%'} or a range scan {@code id >= 'sha256:<p>'}).
   */
  List<String> imageIdsWithHexPrefix(String hexPrefix, int limit);

  /** Whether an image with this full ID exists. */
  boolean hasImage(String imageId);
}
