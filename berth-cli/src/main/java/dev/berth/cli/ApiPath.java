package dev.berth.cli;

import dev.berth.errors.NotFoundException;

/**
 * What happens to a name the docker CLI puts into a request path: the daemon's router cleans the
 * path (Go's path.Clean: {@code a//b} → {@code a/b}) and an empty name matches no route.
 */
public final class ApiPath {
  private ApiPath() {}

  /** The name the daemon sees for {@code /<collection>/<name>}. */
  public static String name(String collection, String name) {
    String prefix = "/" + collection + "/";
    String cleaned = clean(prefix + name);
    if (name.isEmpty() || !cleaned.startsWith(prefix) || cleaned.length() == prefix.length()) {
      throw new NotFoundException("page not found");
    }
    return cleaned.substring(prefix.length());
  }

  /** Go's path.Clean for an absolute path. */
  static String clean(String path) {
    return dev.berth.units.GoPath.clean(path);
  }

}
