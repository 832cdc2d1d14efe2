package dev.berth.build;

import dev.berth.image.ImageRecord;
import dev.berth.image.ImageStore;
import dev.berth.image.LayerRecord;
import dev.berth.layer.NativeFs;
import dev.berth.runtime.LayerFlattener;
import dev.berth.store.BerthStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Read access to an image's files through its unpacked layer directories (top layer first, the
 * overlay whiteouts honoured): what a step's destination already holds, and the merged tree for
 * {@code COPY --from}.
 */
final class ImageFiles {
  private final List<Path> layersTopFirst;

  ImageFiles(BerthStore store, String imageId) {
    List<Path> layers = new ArrayList<>();
    if (imageId != null) {
      List<LayerRecord> chain = store.db().read(c -> {
        ImageRecord r = ImageStore.find(c, imageId).orElseThrow();
        return r.topLayer() == null ? List.<LayerRecord>of() : ImageStore.chain(c, r.topLayer());
      });
      for (LayerRecord l : chain) {
        layers.add(store.paths().layerDiff(l.chainId()));
      }
    }
    this.layersTopFirst = layers;
  }

  /** The file an absolute path names in the image (the topmost layer's), or null. */
  Path find(String abs) {
    String rel = DockerIgnore.cleanPath(abs).substring(1);
    for (Path layer : layersTopFirst) {
      Path p = rel.isEmpty() ? layer : layer.resolve(rel);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return isWhiteout(p) ? null : p;
      }
      if (hasWhiteoutAbove(layer, rel)) {
        return null;
      }
    }
    return null;
  }

  /** The target of the symlink at an absolute path of the image, or null when that is no symlink. */
  String readLink(String abs) {
    Path p = abs.equals("/") ? null : find(abs);
    if (p == null || !Files.isSymbolicLink(p)) {
      return null;
    }
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  boolean exists(String abs) {
    return abs.equals("/") || find(abs) != null;
  }

  /**
   * Whether an absolute path of the image exists and is no directory once symlinks are followed
   * (a dangling link counts as absent).
   */
  boolean isNonDirectory(String abs) {
    String path = DockerIgnore.cleanPath(abs);
    for (int hops = 0; hops < 40; hops++) {
      if (path.equals("/")) {
        return false;
      }
      Path p = find(path);
      if (p == null) {
        return false;
      }
      if (!Files.isSymbolicLink(p)) {
        return !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
      }
      String target = readLink(path);
      if (target == null) {
        return false;
      }
      String parent = path.substring(0, path.lastIndexOf('/'));
      path = DockerIgnore.cleanPath(target.startsWith("/") ? target : parent + "/" + target);
    }
    return false;
  }

  CopyPlan.Existing kind(String abs) {
    if (abs.equals("/")) {
      return CopyPlan.Existing.DIRECTORY;
    }
    Path p = find(abs);
    if (p == null) {
      return CopyPlan.Existing.NONE;
    }
    return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? CopyPlan.Existing.DIRECTORY : CopyPlan.Existing.OTHER;
  }

  /**
   * Gives {@code dir} (a directory of a step's new layer) the mode and owner of the image's
   * directory at {@code abs}, when the image has one there.
   */
  void copyUp(String abs, Path dir) {
    Path p = abs.equals("/") ? null : find(abs);
    if (p == null || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      int gid = (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
      Owners.lchown(dir, uid, gid);
      NativeFs.chmod(dir, mode & 07777);
    } catch (java.io.IOException e) {
      throw new dev.berth.errors.SystemException("reading the image's " + abs + ": " + e.getMessage(), e);
    }
  }

  /** Whether a parent directory of {@code rel} is whited out in this layer. */
  private static boolean hasWhiteoutAbove(Path layer, String rel) {
    int slash = -1;
    while ((slash = rel.indexOf('/', slash + 1)) >= 0) {
      Path p = layer.resolve(rel.substring(0, slash));
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && isWhiteout(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWhiteout(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isOther()) {
        Object rdev = Files.getAttribute(p, "unix:rdev", LinkOption.NOFOLLOW_LINKS);
        return rdev instanceof Number n && n.longValue() == 0;
      }
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Writes the merged tree of the image into {@code dest}. */
  void flattenInto(Path dest) {
    String opaque = NativeFs.geteuid() == 0 ? "trusted.overlay.opaque" : "user.overlay.opaque";
    new LayerFlattener(opaque).flatten(layersTopFirst.reversed(), dest);
  }
}
