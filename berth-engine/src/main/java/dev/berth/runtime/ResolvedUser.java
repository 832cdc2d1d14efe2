package dev.berth.runtime;

import java.util.List;

/**
 * A {@code --user} value resolved to numeric ids (what runc needs) plus the user's home.
 * {@code additionalGids} starts with {@code gid}, as Docker sets it.
 */
public record ResolvedUser(long uid, long gid, List<Long> additionalGids, String home) {
  public ResolvedUser {
    additionalGids = List.copyOf(additionalGids);
  }
}
