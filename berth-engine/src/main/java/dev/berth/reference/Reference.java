package dev.berth.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * An image reference as Docker's daemon understands it: {@code [domain/]path[:tag][@digest]}.
 *
 * <p>Values come from {@link #parse(String)} (the daemon's {@code ParseNormalizedNamed}), so the
 * domain is filled in ({@code busybox} is {@code docker.io/library/busybox}). The domain is empty
 * only in one odd case Docker allows: a first element with a dot that is not a valid host name but
 * is a valid path ({@code a_b.c/x}); such a reference is shown the same way in both forms.
 *
 * <p>Natural order is the order of {@link #normalizedString()}, the order Docker lists an image's
 * references in ({@code RepoTags}, {@code RepoDigests}, several {@code Untagged:} lines).
 *
 * @param domain registry host (and port) as typed, e.g. {@code docker.io}, {@code Localhost:5000}
 * @param path repository path inside the registry, e.g. {@code library/busybox}
 * @param tag the tag, if the reference has one
 * @param digest the digest ({@code sha256:<64 hex>}), if the reference has one
 */
public record Reference(String domain, String path, Optional<String> tag, Optional<String> digest)
    implements Comparable<Reference> {

  public static final String DEFAULT_TAG = "latest";

  public Reference {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(digest, "digest");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a reference needs a repository path");
    }
  }

  /**
   * Parses a user string the way dockerd 20.10 does ({@code ParseNormalizedNamed}).
   *
   * @throws InvalidReferenceException with the daemon's text, e.g. {@code invalid reference
   *     format}, {@code invalid reference format: repository name must be lowercase}, {@code
   *     repository name must be lowercase} (upper case that only the whole-string check finds),
   *     {@code repository name must not be more than 255 characters}, {@code invalid repository
   *     name (<hex>), cannot specify 64-byte hexadecimal strings}, {@code invalid checksum digest
   *     format}, {@code invalid checksum digest length}, {@code unsupported digest algorithm}
   */
  public static Reference parse(String s) {
    return parse(s, ReferenceDialect.DAEMON_20_10);
  }

  /** Parses with the rules (and error texts) of the given copy of Docker's library. */
  public static Reference parse(String s, ReferenceDialect dialect) {
    Objects.requireNonNull(s, "reference");
    return ReferenceSyntax.parseNormalizedNamed(s, dialect);
  }

  /** {@link #parse(String)}, or empty when the string is not a valid reference. */
  public static Optional<Reference> tryParse(String s) {
    try {
      return Optional.of(parse(s));
    } catch (InvalidReferenceException e) {
      return Optional.empty();
    }
  }

  /**
   * The reference a {@code docker tag SOURCE TARGET} creates, with every check of the docker CLI
   * and then of the daemon (see {@link TagTarget#forCli}, {@link TagTarget#forApi}). The source
   * image must be resolved between the two steps when the exact order of errors matters.
   */
  public static Reference parseTagTarget(String target) {
    TagTarget.ApiParameters api = TagTarget.checkCliTarget(target);
    return TagTarget.forApi(api.repo(), api.tag());
  }

  /** The normalised repository name without tag or digest: {@code docker.io/library/busybox}. */
  public String repository() {
    return domain.isEmpty() ? path : domain + "/" + path;
  }

  /** The full normalised string: {@code docker.io/library/busybox:latest}. */
  public String normalizedString() {
    return repository() + suffix();
  }

  /** The repository as Docker shows it: {@code busybox}, {@code someone/app}, {@code host:5000/x}. */
  public String familiarName() {
    if (!domain.equals(ReferenceSyntax.DEFAULT_DOMAIN)) {
      return repository();
    }
    if (path.startsWith(ReferenceSyntax.OFFICIAL_REPO_PREFIX)
        && path.indexOf('/', ReferenceSyntax.OFFICIAL_REPO_PREFIX.length()) < 0) {
      return path.substring(ReferenceSyntax.OFFICIAL_REPO_PREFIX.length());
    }
    return path;
  }

  /** The reference as Docker shows it in every message: {@code busybox:latest}, {@code x@sha256:…}. */
  public String familiarString() {
    return familiarName() + suffix();
  }

  public boolean isTagged() {
    return tag.isPresent();
  }

  /** True when the reference carries a digest ({@code name@sha256:…}, with or without a tag). */
  public boolean isDigest() {
    return digest.isPresent();
  }

  /** Neither tag nor digest. */
  public boolean isNameOnly() {
    return tag.isEmpty() && digest.isEmpty();
  }

  /** Docker's {@code TagNameOnly}: adds {@code latest} only when there is neither tag nor digest. */
  public Reference withDefaultTag() {
    return isNameOnly() ? new Reference(domain, path, Optional.of(DEFAULT_TAG), digest) : this;
  }

  /** The bare repository, without tag or digest ({@code TrimNamed}). */
  public Reference nameOnly() {
    return isNameOnly() ? this : new Reference(domain, path, Optional.empty(), Optional.empty());
  }

  /**
   * This repository with the given tag and no digest ({@code WithTag(TrimNamed(ref), tag)}).
   *
   * @throws InvalidReferenceException {@code invalid tag format}
   */
  public Reference withTag(String newTag) {
    if (!ReferenceSyntax.isTag(newTag)) {
      throw new InvalidReferenceException(ReferenceSyntax.INVALID_TAG_FORMAT);
    }
    return new Reference(domain, path, Optional.of(newTag), Optional.empty());
  }

  /**
   * This repository with the given digest and no tag.
   *
   * @throws InvalidReferenceException {@code invalid reference format} for a string outside the
   *     grammar, else go-digest's text ({@code invalid checksum digest length}, ...)
   */
  public Reference withDigest(String newDigest) {
    if (!ReferenceSyntax.isDigestSyntax(newDigest)) {
      throw new InvalidReferenceException(ReferenceSyntax.INVALID_FORMAT);
    }
    String error = ReferenceSyntax.digestError(newDigest);
    if (error != null) {
      throw new InvalidReferenceException(error);
    }
    return new Reference(domain, path, Optional.empty(), Optional.of(newDigest));
  }

  /**
   * The reference the daemon's reference store is searched with: a name alone means {@code
   * :latest}, and {@code name:tag@digest} is looked up as {@code name@digest} (the tag is ignored).
   * Stored references never carry both.
   */
  public Reference lookupKey() {
    if (tag.isPresent() && digest.isPresent()) {
      return new Reference(domain, path, Optional.empty(), digest);
    }
    return withDefaultTag();
  }

  /**
   * The reference as Docker's store gives it back after a restart: the store keeps familiar
   * strings, so a reference is identified by {@link #familiarString()} and re-read with {@link
   * #parse}. Differs from this one only for odd names such as {@code docker.io/a.a/b} (familiar
   * {@code a.a/b}, which parses with domain {@code a.a}). A familiar form that no longer parses
   * (a {@code docker.io/library/<64 hex>} name) leaves the reference as it is.
   */
  public Reference canonical() {
    return tryParse(familiarString()).orElse(this);
  }

  private String suffix() {
    StringBuilder s = new StringBuilder();
    tag.ifPresent(t -> s.append(':').append(t));
    digest.ifPresent(d -> s.append('@').append(d));
    return s.toString();
  }

  @Override
  public int compareTo(Reference other) {
    return normalizedString().compareTo(other.normalizedString());
  }

  /** The normalised string, as Docker's {@code String()}. */
  @Override
  public String toString() {
    return normalizedString();
  }
}
