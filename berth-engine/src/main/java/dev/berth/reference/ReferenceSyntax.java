package dev.berth.reference;

import java.util.Map;
import java.util.Optional;

/**
 * Docker's reference grammar, written as small hand-made matchers instead of one big regular
 * expression so that a hostile or huge input costs linear time and no stack. The grammar is regular
 * and its split points are fixed (the digest follows the first {@code @}, the tag follows the last
 * {@code :} that has no {@code /} after it, the domain is the first {@code /}-element when it is a
 * valid domain), so the captures are the same as the leftmost-first captures of Docker's expression.
 */
final class ReferenceSyntax {
  static final int NAME_TOTAL_LENGTH_MAX = 255;
  static final String DEFAULT_DOMAIN = "docker.io";
  static final String LEGACY_DEFAULT_DOMAIN = "index.docker.io";
  static final String OFFICIAL_REPO_PREFIX = "library/";

  static final String INVALID_FORMAT = "invalid reference format";
  static final String INVALID_TAG_FORMAT = "invalid tag format";
  static final String NAME_TOO_LONG =
      "repository name must not be more than " + NAME_TOTAL_LENGTH_MAX + " characters";
  /** The library's own upper-case error, reached only when the whole string fails to match. */
  static final String NAME_CONTAINS_UPPERCASE = "repository name must be lowercase";
  /** ParseNormalizedNamed's upper-case error in the daemon's copy of the library. */
  static final String REMOTE_NAME_UPPERCASE =
      "invalid reference format: repository name must be lowercase";
  static final String DIGEST_INVALID_FORMAT = "invalid checksum digest format";
  static final String DIGEST_INVALID_LENGTH = "invalid checksum digest length";
  static final String DIGEST_UNSUPPORTED = "unsupported digest algorithm";

  /** Hex length of each digest algorithm the daemon has compiled in (crypto sha256/384/512). */
  private static final Map<String, Integer> DIGEST_HEX_LENGTH =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  private ReferenceSyntax() {}

  /** The parts of a reference as the grammar captured them; tag and digest may be null. */
  record Parts(String domain, String path, String tag, String digest) {
    String name() {
      return domain.isEmpty() ? path : domain + "/" + path;
    }
  }

  /** Docker's {@code ParseNormalizedNamed}. */
  static Reference parseNormalizedNamed(String s, ReferenceDialect dialect) {
    if (isFullHexId(s)) {
      throw new InvalidReferenceException(
          "invalid repository name (" + s + "), cannot specify 64-byte hexadecimal strings");
    }
    String[] split = splitDockerDomain(s, dialect);
    String domain = split[0];
    String remainder = split[1];
    int colon = remainder.indexOf(':');
    String remote = colon < 0 ? remainder : remainder.substring(0, colon);
    if (!goToLower(remote).equals(remote)) {
      throw new InvalidReferenceException(
          dialect == ReferenceDialect.CLI_28
              ? "invalid reference format: repository name (" + remote + ") must be lowercase"
              : REMOTE_NAME_UPPERCASE);
    }
    return parse(domain + "/" + remainder, dialect);
  }

  /** Docker's {@code Parse} (the string must already carry its domain to be normalised). */
  static Reference parse(String s, ReferenceDialect dialect) {
    Parts parts = match(s, dialect);
    if (parts == null) {
      if (s.isEmpty()) {
        // Unreachable from parseNormalizedNamed, which always prepends a domain.
        throw new InvalidReferenceException("repository name must have at least one component");
      }
      if (match(goToLower(s), dialect) != null) {
        throw new InvalidReferenceException(NAME_CONTAINS_UPPERCASE);
      }
      throw new InvalidReferenceException(INVALID_FORMAT);
    }
    String measured = dialect == ReferenceDialect.CLI_28 ? parts.path() : parts.name();
    if (measured.length() > NAME_TOTAL_LENGTH_MAX) {
      throw new InvalidReferenceException(NAME_TOO_LONG);
    }
    if (parts.digest() != null) {
      String error = digestError(parts.digest());
      if (error != null) {
        throw new InvalidReferenceException(error);
      }
    }
    return new Reference(
        parts.domain(),
        parts.path(),
        Optional.ofNullable(parts.tag()),
        Optional.ofNullable(parts.digest()));
  }

  /** {@code splitDockerDomain}: returns {domain, remainder}. */
  static String[] splitDockerDomain(String name, ReferenceDialect dialect) {
    int slash = name.indexOf('/');
    String domain;
    String remainder;
    if (slash < 0) {
      domain = DEFAULT_DOMAIN;
      remainder = name;
    } else {
      String first = name.substring(0, slash);
      boolean isDomain =
          first.equals("localhost")
              || first.indexOf('.') >= 0
              || first.indexOf(':') >= 0
              || (dialect == ReferenceDialect.CLI_28 && !goToLower(first).equals(first));
      if (isDomain) {
        domain = first;
        remainder = name.substring(slash + 1);
      } else {
        domain = DEFAULT_DOMAIN;
        remainder = name;
      }
    }
    if (domain.equals(LEGACY_DEFAULT_DOMAIN)) {
      domain = DEFAULT_DOMAIN;
    }
    if (domain.equals(DEFAULT_DOMAIN) && remainder.indexOf('/') < 0) {
      remainder = OFFICIAL_REPO_PREFIX + remainder;
    }
    return new String[] {domain, remainder};
  }

  /** The anchored reference expression; null when {@code s} does not match. */
  static Parts match(String s, ReferenceDialect dialect) {
    String digest = null;
    String rest = s;
    int at = s.indexOf('@');
    if (at >= 0) {
      digest = s.substring(at + 1);
      rest = s.substring(0, at);
      if (!isDigestSyntax(digest)) {
        return null;
      }
    }
    String tag = null;
    String name = rest;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf('/', colon) < 0) {
      tag = rest.substring(colon + 1);
      name = rest.substring(0, colon);
      if (!isTag(tag)) {
        return null;
      }
    }
    int slash = name.indexOf('/');
    if (slash >= 0
        && isDomain(name.substring(0, slash), dialect)
        && isPath(name.substring(slash + 1))) {
      return new Parts(name.substring(0, slash), name.substring(slash + 1), tag, digest);
    }
    if (isPath(name)) {
      return new Parts("", name, tag, digest);
    }
    return null;
  }

  /** {@code [\w][\w.-]{0,127}}. */
  static boolean isTag(String s) {
    if (s.isEmpty() || s.length() > 128 || !isWord(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isWord(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code component ("/" component)*}. */
  static boolean isPath(String s) {
    int start = 0;
    while (true) {
      int slash = s.indexOf('/', start);
      int end = slash < 0 ? s.length() : slash;
      if (!isPathComponent(s, start, end)) {
        return false;
      }
      if (slash < 0) {
        return true;
      }
      start = slash + 1;
    }
  }

  /** {@code [a-z0-9]+ ((?:[._]|__|-+) [a-z0-9]+)*} on s[from, to). */
  static boolean isPathComponent(String s, int from, int to) {
    int i = from;
    while (true) {
      int runStart = i;
      while (i < to && isLowerAlnum(s.charAt(i))) {
        i++;
      }
      if (i == runStart) {
        return false;
      }
      if (i == to) {
        return true;
      }
      char c = s.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '_') {
        i += (i + 1 < to && s.charAt(i + 1) == '_') ? 2 : 1;
      } else if (c == '-') {
        while (i < to && s.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
    }
  }

  /** {@code host (":" [0-9]+)?}; the CLI also accepts {@code [ipv6]} hosts. */
  static boolean isDomain(String s, ReferenceDialect dialect) {
    String host;
    String port = null;
    if (dialect == ReferenceDialect.CLI_28 && s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        return false;
      }
      if (!isIpv6Body(s.substring(1, close))) {
        return false;
      }
      String after = s.substring(close + 1);
      if (after.isEmpty()) {
        return true;
      }
      if (after.charAt(0) != ':') {
        return false;
      }
      return isDigits(after.substring(1));
    }
    int colon = s.indexOf(':');
    if (colon >= 0) {
      host = s.substring(0, colon);
      port = s.substring(colon + 1);
    } else {
      host = s;
    }
    if (port != null && !isDigits(port)) {
      return false;
    }
    int start = 0;
    while (true) {
      int dot = host.indexOf('.', start);
      int end = dot < 0 ? host.length() : dot;
      if (!isDomainComponent(host, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  private static boolean isDomainComponent(String s, int from, int to) {
    if (from >= to || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isAsciiAlnum(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6Body(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isHexAnyCase(c) && c != ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * The reference grammar's digest: {@code [A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*
   * ":" [[:xdigit:]]{32,}}. Whether the algorithm is known is checked later ({@link #digestError}).
   */
  static boolean isDigestSyntax(String s) {
    int colon = s.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String hex = s.substring(colon + 1);
    if (hex.length() < 32) {
      return false;
    }
    for (int i = 0; i < hex.length(); i++) {
      if (!isHexAnyCase(hex.charAt(i))) {
        return false;
      }
    }
    int i = 0;
    while (true) {
      if (i >= colon || !isAsciiLetter(s.charAt(i))) {
        return false;
      }
      i++;
      while (i < colon && isAsciiAlnum(s.charAt(i))) {
        i++;
      }
      if (i == colon) {
        return true;
      }
      char c = s.charAt(i);
      if (c != '-' && c != '_' && c != '+' && c != '.') {
        return false;
      }
      i++;
    }
  }

  /** go-digest's {@code Digest.Validate}: null when valid, else the library's error text. */
  static String digestError(String digest) {
    int colon = digest.indexOf(':');
    if (colon <= 0 || colon + 1 == digest.length()) {
      return DIGEST_INVALID_FORMAT;
    }
    String algorithm = digest.substring(0, colon);
    String encoded = digest.substring(colon + 1);
    Integer length = DIGEST_HEX_LENGTH.get(algorithm);
    if (length == null) {
      return matchesGoDigestExpression(algorithm, encoded)
          ? DIGEST_UNSUPPORTED
          : DIGEST_INVALID_FORMAT;
    }
    if (encoded.length() != length) {
      return DIGEST_INVALID_LENGTH;
    }
    return isLowerHex(encoded) ? null : DIGEST_INVALID_FORMAT;
  }

  /**
   * go-digest's {@code [a-z0-9]+([.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+}, which tells "unsupported
   * algorithm" from "bad format" (the algorithm is the text before the first colon).
   */
  private static boolean matchesGoDigestExpression(String algorithm, String encoded) {
    boolean expectAlnum = true;
    for (int i = 0; i < algorithm.length(); i++) {
      char c = algorithm.charAt(i);
      if (isLowerAlnum(c)) {
        expectAlnum = false;
      } else if (!expectAlnum && (c == '.' || c == '+' || c == '_' || c == '-')) {
        expectAlnum = true;
      } else {
        return false;
      }
    }
    if (expectAlnum) {
      return false;
    }
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (!isAsciiAlnum(c) && c != '=' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** A string go-digest's {@code Parse} accepts (a known algorithm with its exact hex length). */
  static boolean isValidDigest(String s) {
    return digestError(s) == null;
  }

  /** {@code ^[a-f0-9]{64}$}: a bare image ID, never a repository name. */
  static boolean isFullHexId(String s) {
    return s.length() == 64 && isLowerHex(s);
  }

  static boolean isLowerHex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code strings.ToLower}: simple (one code point to one) case mapping. */
  static String goToLower(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int lower = Character.toLowerCase(cp);
      if (lower != cp && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(lower);
      }
      i += Character.charCount(cp);
    }
    return out == null ? s : out.toString();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isHexAnyCase(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
