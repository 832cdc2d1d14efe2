package dev.berth.reference;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Resolves an image argument the way dockerd 20.10's {@code GetImage} does (used by rmi, the tag
 * source, inspect, save, the before/since filters, create/run):
 *
 * <ol>
 *   <li>64 lower-case hex, or a valid digest ({@code sha256:<64 hex>}) → exact ID lookup only;
 *   <li>otherwise the argument is parsed as a name (error → 400 {@link InvalidReferenceException});
 *   <li>the reference store is asked ({@code name} means {@code name:latest}, {@code
 *       name:tag@digest} means {@code name@digest});
 *   <li>failing that, the argument as typed is tried as an ID prefix ({@code <hex>} or {@code
 *       sha256:<hex>}, any length ≥ 1); exactly one match wins, several are "not found";
 *   <li>else 404 {@code No such image: <R>}, R = familiar reference with {@code :latest} added, or
 *       the digest string for ID-ish input.
 * </ol>
 */
public final class ImageResolver {
  private static final String ID_PREFIX = "sha256:";

  private ImageResolver() {}

  /**
   * @throws NotFoundException {@code No such image: <R>}
   * @throws InvalidReferenceException (400) when the argument is not a valid reference
   */
  public static ResolvedImage resolve(String argument, ImageIndex index) {
    if (ReferenceSyntax.isFullHexId(argument)) {
      return byExactId(argument, ID_PREFIX + argument, index);
    }
    if (ReferenceSyntax.isValidDigest(argument)) {
      return byExactId(argument, argument, index);
    }
    Reference ref = Reference.parse(argument);
    Optional<String> tagged = index.imageIdForReference(ref.lookupKey().familiarString());
    if (tagged.isPresent()) {
      return new ResolvedImage(tagged.get(), argument, Optional.of(ref));
    }
    Optional<String> byPrefix = hexPrefixOf(argument).flatMap(p -> uniqueIdWithPrefix(p, index));
    if (byPrefix.isPresent()) {
      return new ResolvedImage(byPrefix.get(), argument, Optional.of(ref));
    }
    throw new NotFoundException(noSuchImage(ref.withDefaultTag().familiarString()));
  }

  /**
   * {@link #resolve} with the wrapping of {@code GET /images/{name}/json}: every error (404 or 400)
   * becomes {@code no such image: <argument>: <error>} with the same status.
   */
  public static ResolvedImage resolveForInspect(String argument, ImageIndex index) {
    try {
      return resolve(argument, index);
    } catch (NotFoundException e) {
      throw new NotFoundException("no such image: " + argument + ": " + e.getMessage(), e);
    } catch (InvalidReferenceException e) {
      throw new InvalidReferenceException("no such image: " + argument + ": " + e.getMessage());
    }
  }

  /**
   * The check {@code DELETE /images/{name}} makes before resolving: a name that is empty after
   * trimming white space (Go's {@code strings.TrimSpace}) is a 400 {@code image name cannot be
   * blank}. Other endpoints do not have it (inspect of {@code " "} is {@code invalid reference
   * format}).
   */
  public static void requireNonBlankForDelete(String name) {
    if (name.codePoints().allMatch(ImageResolver::isGoSpace)) {
      throw new InvalidArgumentException("image name cannot be blank");
    }
  }

  private static boolean isGoSpace(int c) {
    return (c >= '\t' && c <= '\r')
        || c == 0x85
        || c == 0x2028
        || c == 0x2029
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** {@code No such image: <R>}. */
  public static String noSuchImage(String familiarReference) {
    return "No such image: " + familiarReference;
  }

  /**
   * Docker's {@code isImageIDPrefix}: {@code possiblePrefix} is a prefix of the full ID or of its
   * hex part. Plain string prefixes, so even {@code s} or {@code sha} count.
   */
  public static boolean isImageIdPrefix(String fullImageId, String possiblePrefix) {
    if (fullImageId.startsWith(possiblePrefix)) {
      return true;
    }
    int colon = fullImageId.indexOf(':');
    return colon >= 0 && fullImageId.substring(colon + 1).startsWith(possiblePrefix);
  }

  /**
   * The hex prefix the ID search would use for this argument, if it could match any ID at all:
   * {@code <hex>} or {@code sha256:<hex>} with 1 to 64 lower-case hex digits (Docker's digest set
   * compares case-sensitively, and anything else can never be a prefix of a hex string).
   */
  static Optional<String> hexPrefixOf(String argument) {
    String hex = argument.startsWith(ID_PREFIX) ? argument.substring(ID_PREFIX.length()) : argument;
    if (hex.length() > 64 || !ReferenceSyntax.isLowerHex(hex)) {
      return Optional.empty();
    }
    return Optional.of(hex);
  }

  private static Optional<String> uniqueIdWithPrefix(String hexPrefix, ImageIndex index) {
    List<String> ids = index.imageIdsWithHexPrefix(hexPrefix, 2);
    return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
  }

  private static ResolvedImage byExactId(String argument, String id, ImageIndex index) {
    if (id.startsWith(ID_PREFIX) && index.hasImage(id)) {
      return new ResolvedImage(id, argument, Optional.empty());
    }
    throw new NotFoundException(noSuchImage(id));
  }
}
