package dev.berth.image;

import java.util.List;

/**
 * The one place that decides what an image is for listing and pruning. Docker's rules (20.10):
 * dangling = no tag and no child image (digest references allowed); an untagged image with
 * children is an intermediate, hidden without {@code -a} and never dangling.
 */
public final class ImageUsage {
  private ImageUsage() {}

  public static boolean hasTag(List<ImageRef> refs) {
    for (ImageRef r : refs) {
      if (!r.digest()) {
        return true;
      }
    }
    return false;
  }

  public static boolean isDangling(List<ImageRef> refs, boolean hasChildren) {
    return !hasChildren && !hasTag(refs);
  }

  public static boolean isIntermediate(List<ImageRef> refs, boolean hasChildren) {
    return hasChildren && refs.isEmpty();
  }

  /**
   * Docker's "single reference" test of rmi: one reference, or at most one tag with every digest
   * reference in that same repository.
   */
  public static boolean isSingleReference(List<ImageRef> refs) {
    if (refs.isEmpty()) {
      return false;
    }
    if (refs.size() == 1) {
      return true;
    }
    String repo = null;
    int tags = 0;
    for (ImageRef r : refs) {
      if (!r.digest()) {
        tags++;
      }
      if (repo == null) {
        repo = r.repository();
      } else if (!repo.equals(r.repository())) {
        return false;
      }
    }
    return tags <= 1;
  }
}
