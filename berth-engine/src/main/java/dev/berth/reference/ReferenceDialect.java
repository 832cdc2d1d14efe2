package dev.berth.reference;

/**
 * Which copy of Docker's reference library a parse imitates. The daemon (20.10) and the docker CLI
 * (28) vendor different versions, and the same bad input gets different answers from each.
 */
public enum ReferenceDialect {
  /**
   * docker/distribution as vendored in dockerd 20.10: the 255 limit counts the whole normalised
   * name, the first path element is a domain only with {@code .}, {@code :} or exactly {@code
   * localhost}, and the upper-case error has no repository name in it.
   */
  DAEMON_20_10,
  /**
   * distribution/reference as vendored in docker CLI 28: the 255 limit counts the path only, a
   * first element with upper case is taken as a domain, {@code [ipv6]} hosts are allowed, and the
   * upper-case error names the repository ({@code repository name (library/UPPER) must be
   * lowercase}).
   */
  CLI_28
}
