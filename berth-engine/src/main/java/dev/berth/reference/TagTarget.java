package dev.berth.reference;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.util.Objects;

/**
 * The target of {@code docker tag SOURCE TARGET} / {@code POST /images/{name}/tag?repo=&tag=}.
 *
 * <p>Order Docker checks things in, and which step owns which error:
 *
 * <ol>
 *   <li>docker CLI ({@link #forCli}): SOURCE and TARGET are parsed by the CLI's newer library;
 *       errors are {@link ClientReferenceException}s printed verbatim ({@code Error parsing
 *       reference: "<s>" is not a valid repository/tag: <reason>}, {@code refusing to create a tag
 *       with a digest reference}).
 *   <li>daemon: the source image is resolved ({@link ImageResolver}, 404 {@code No such image}).
 *   <li>daemon ({@link #forApi}): {@code repo} and {@code tag} are checked with the daemon's
 *       library; format errors are 500 ({@link SystemException}), a digest or the name {@code
 *       sha256} is 400 ({@link InvalidArgumentException}).
 * </ol>
 */
public final class TagTarget {
  static final String DIGEST_TAG_REFUSED = "refusing to create a tag with a digest reference";
  static final String AMBIGUOUS_NAME_REFUSED =
      "refusing to create an ambiguous tag using digest algorithm as name";

  private TagTarget() {}

  /** What the docker CLI sends to the daemon: {@code repo} = normalised name, {@code tag}. */
  public record ApiParameters(String repo, String tag) {}

  /**
   * The daemon's {@code TagImage} checks on the API parameters (after the source was resolved).
   * A non-empty {@code tag} replaces any tag or digest written in {@code repo}; otherwise the tag
   * in {@code repo} is used, else {@code latest}.
   *
   * @return the reference to store, always with a tag and without digest
   * @throws SystemException (500) for a bad {@code repo} or {@code tag}, with the daemon's text
   * @throws InvalidArgumentException (400) {@code refusing to create a tag with a digest
   *     reference} or {@code refusing to create an ambiguous tag using digest algorithm as name}
   */
  public static Reference forApi(String repo, String tag) {
    Objects.requireNonNull(repo, "repo");
    Reference target;
    try {
      target = Reference.parse(repo);
      if (tag != null && !tag.isEmpty()) {
        target = target.withTag(tag);
      }
    } catch (InvalidReferenceException e) {
      throw new SystemException(e.getMessage(), e);
    }
    if (target.isDigest()) {
      throw new InvalidArgumentException(DIGEST_TAG_REFUSED);
    }
    target = target.withDefaultTag();
    if (target.familiarName().equals("sha256")) {
      throw new InvalidArgumentException(AMBIGUOUS_NAME_REFUSED);
    }
    return target;
  }

  /**
   * The docker CLI's own checks of {@code docker tag SOURCE TARGET} ({@code client.ImageTag}),
   * made before anything is sent to the daemon.
   *
   * @return the {@code repo} and {@code tag} parameters the CLI would send
   * @throws ClientReferenceException with the CLI's exact text
   */
  public static ApiParameters forCli(String source, String target) {
    checkCliSource(source);
    return checkCliTarget(target);
  }

  static void checkCliSource(String source) {
    if (ReferenceSyntax.isFullHexId(source) || ReferenceSyntax.isValidDigest(source)) {
      return;
    }
    try {
      Reference.parse(source, ReferenceDialect.CLI_28);
    } catch (InvalidReferenceException e) {
      throw cliParseError(source, e);
    }
  }

  static ApiParameters checkCliTarget(String target) {
    Reference ref;
    try {
      ref = Reference.parse(target, ReferenceDialect.CLI_28);
    } catch (InvalidReferenceException e) {
      throw cliParseError(target, e);
    }
    if (ref.isDigest()) {
      throw new ClientReferenceException(DIGEST_TAG_REFUSED);
    }
    Reference tagged = ref.withDefaultTag();
    return new ApiParameters(tagged.repository(), tagged.tag().orElseThrow());
  }

  private static ClientReferenceException cliParseError(String input, InvalidReferenceException e) {
    return new ClientReferenceException(
        "Error parsing reference: "
            + goQuote(input)
            + " is not a valid repository/tag: "
            + e.getMessage());
  }

  static String goQuote(String s) {
    return dev.berth.errors.GoQuote.of(s);
  }
}
