package dev.berth.runtime;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's root filesystem under its container directory: an overlay mount of the image
 * layers (read-only lowers) with a per-container {@code upper/} and {@code work/} at {@code
 * merged/}, or, where overlay is unusable (e.g. the store itself sits on overlayfs), a private
 * copy of the flattened layers in {@code merged/}.
 */
public final class RootFs {
  /** How the rootfs was made. */
  public enum Kind { OVERLAY, COPY }

  /** Which kinds {@link #mount} may use: AUTO tries overlay and falls back to a copy. */
  public enum Strategy { AUTO, OVERLAY, COPY }

  /** The overlay xattr namespace the layer directories were written with. */
  public enum XattrNamespace {
    TRUSTED("trusted.overlay.opaque"),
    USER("user.overlay.opaque");

    final String opaque;

    XattrNamespace(String opaque) {
      this.opaque = opaque;
    }
  }

  private static final String COPY_MARKER = ".rootfs-copy";

  private final Path containerDir;
  private final Kind kind;

  private RootFs(Path containerDir, Kind kind) {
    this.containerDir = containerDir;
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The directory to use as the OCI {@code root.path}. */
  public Path path() {
    return merged(containerDir);
  }

  public static Path merged(Path containerDir) {
    return containerDir.resolve("merged");
  }

  public static Path upper(Path containerDir) {
    return containerDir.resolve("upper");
  }

  /**
   * Makes the rootfs at {@code containerDir/merged}. Mounting an existing container again reuses
   * its upper directory (or its earlier copy), so a restarted container keeps its changes.
   *
   * @param layersTopFirst the image's layer directories, top layer first (overlay's order)
   */
  public static RootFs mount(
      List<Path> layersTopFirst, Path containerDir, Strategy strategy, XattrNamespace xattrs) {
    return mount(layersTopFirst, containerDir, strategy, xattrs, false);
  }

  /**
   * As {@link #mount(List, Path, Strategy, XattrNamespace)}; {@code disposable} is for a container
   * whose writable layer is deleted when it exits ({@code --rm}): its overlay is mounted
   * {@code volatile}, as podman does for such containers, so the container's syncs and the final
   * unmount do not flush the whole host filesystem (seconds on a busy disk).
   */
  public static RootFs mount(List<Path> layersTopFirst, Path containerDir, Strategy strategy,
      XattrNamespace xattrs, boolean disposable) {
    try {
      Path merged = merged(containerDir);
      Files.createDirectories(merged);
      if (Files.exists(containerDir.resolve(COPY_MARKER)) || strategy == Strategy.COPY) {
        return copy(layersTopFirst, containerDir, xattrs);
      }
      if (MountTable.isMountPoint(merged)) {
        return new RootFs(containerDir, Kind.OVERLAY);
      }
      HostCommand.Result r = overlay(layersTopFirst, containerDir, xattrs, disposable);
      if (!r.ok() && disposable) {
        r = overlay(layersTopFirst, containerDir, xattrs, false); // a kernel without volatile (< 5.10)
      }
      if (r.ok()) {
        return new RootFs(containerDir, Kind.OVERLAY);
      }
      if (strategy == Strategy.OVERLAY) {
        throw new SystemException("error mounting overlay rootfs: " + r.message());
      }
      LayerFlattener.deleteTree(containerDir.resolve("work"));
      LayerFlattener.deleteTree(upper(containerDir));
      LayerFlattener.deleteTree(containerDir.resolve("l"));
      return copy(layersTopFirst, containerDir, xattrs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Lower dirs are passed as short relative links (l/0, l/1, ...) with mount run in the
  // container dir: the whole option string must fit in one page.
  private static HostCommand.Result overlay(List<Path> layersTopFirst, Path containerDir,
      XattrNamespace xattrs, boolean volatileUpper) throws IOException {
    Path links = containerDir.resolve("l");
    LayerFlattener.deleteTree(links);
    Files.createDirectories(links);
    Files.createDirectories(upper(containerDir));
    Files.createDirectories(containerDir.resolve("work"));
    // A volatile mount leaves work/work/incompat/volatile behind, and overlay refuses to mount
    // over it again (restart); the writable layer of such a container is disposable anyway.
    LayerFlattener.deleteTree(containerDir.resolve("work").resolve("work").resolve("incompat"));
    List<Path> lowers = new ArrayList<>(layersTopFirst);
    if (lowers.isEmpty()) {
      // An image without layers: overlay still needs one lower directory.
      Path empty = containerDir.resolve("empty");
      Files.createDirectories(empty);
      lowers.add(empty);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < lowers.size(); i++) {
      Files.createSymbolicLink(links.resolve(Integer.toString(i)), lowers.get(i).toAbsolutePath());
      names.add("l/" + i);
    }
    String options = "lowerdir=" + String.join(":", names) + ",upperdir=upper,workdir=work"
        + (xattrs == XattrNamespace.USER ? ",userxattr" : "") + (volatileUpper ? ",volatile" : "");
    return HostCommand.run(
        List.of("mount", "-t", "overlay", "overlay", "-o", options, "merged"), containerDir);
  }

  private static RootFs copy(List<Path> layersTopFirst, Path containerDir, XattrNamespace xattrs)
      throws IOException {
    Path marker = containerDir.resolve(COPY_MARKER);
    if (!Files.exists(marker)) {
      Path merged = merged(containerDir);
      LayerFlattener.deleteTree(merged);
      Files.createDirectories(merged);
      new LayerFlattener(xattrs.opaque).flatten(layersTopFirst.reversed(), merged);
      Files.writeString(marker, "");
    }
    return new RootFs(containerDir, Kind.COPY);
  }

  /** Releases the rootfs: unmounts an overlay (no-op for a copy or when already unmounted). */
  public void unmount() {
    unmount(containerDir);
  }

  /** Unmounts {@code containerDir/merged} if it is a mount point. Idempotent. */
  public static void unmount(Path containerDir) {
    Path merged = merged(containerDir);
    if (MountTable.isMountPoint(merged)) {
      HostCommand.Result r = HostCommand.run(List.of("umount", merged.toString()));
      if (!r.ok() && MountTable.isMountPoint(merged)) {
        throw new SystemException("error unmounting " + merged + ": " + r.message());
      }
    }
  }
}
