package dev.berth.reference;

import java.util.List;
import java.util.Optional;

/**
 * The three questions image-argument resolution asks of the image store. Image IDs are always the
 * full {@code sha256:<64 lower-case hex>} string.
 */
public interface ImageIndex {

  /**
   * The image a stored reference points to. Like Docker's {@code repositories.json}, references
   * are keyed by {@link Reference#familiarString()}: a tag reference ({@code app:1}, {@code
   * localhost:5000/x:y}) or a digest reference ({@code app@sha256:<hex>}), never both. (Docker's
   * key is the familiar string, so {@code docker.io/a.a/b} and {@code a.a/b} are one key.) Must
   * only answer with an image that exists.
   */
  Optional<String> imageIdForReference(String familiarReference);

  /**
   * Full IDs of the images whose hex part starts with {@code hexPrefix}, at most {@code limit} of
   * them, in any order. {@code hexPrefix} is always 1 to 64 characters of {@code [0-9a-f]} (so it
   * is safe in {@code LIKE 'sha256:' || ? || '%'} or a range scan {@code id >= 'sha256:<p>'}).
   */
  List<String> imageIdsWithHexPrefix(String hexPrefix, int limit);

  /** Whether an image with this full ID exists. */
  boolean hasImage(String imageId);
}
