package dev.berth.image;

import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerStore;
import dev.berth.errors.ConflictException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Docker's {@code rmi} algorithm (daemon-semantics §3.2), run inside one write transaction. It
 * changes rows only; the layers it frees are returned so the caller can delete their files after
 * the commit.
 */
public final class ImageRemover {
  private final Connection c;
  private final Function<String, String> familiar;
  private final long nowNs;
  private final List<DeleteRecord> records = new ArrayList<>();
  private final List<LayerRecord> freedLayers = new ArrayList<>();
  private final List<String> deletedImages = new ArrayList<>();
  private final String cause;

  /**
   * @param familiar turns a stored normalised reference into its familiar form for the report
   * @param cause recorded in the reference history ({@code rmi}, {@code rmi -f}, {@code prune})
   */
  public ImageRemover(Connection c, Function<String, String> familiar, long nowNs, String cause) {
    this.c = c;
    this.familiar = familiar;
    this.nowNs = nowNs;
    this.cause = cause;
  }

  public List<DeleteRecord> records() {
    return records;
  }

  public List<LayerRecord> freedLayers() {
    return freedLayers;
  }

  public List<String> deletedImages() {
    return deletedImages;
  }

  /**
   * Removes by reference: {@code refName} is the full normalised reference (default tag added),
   * {@code typed} the argument as the user typed it (for the error text).
   */
  public void removeReference(String imageId, String refName, String typed, boolean force, boolean prune)
      throws SQLException {
    List<ImageRef> refs = ImageStore.refs(c, imageId);
    if (!force && ImageUsage.isSingleReference(refs)) {
      List<ContainerRecord> users = ContainerStore.usingImage(c, imageId);
      if (!users.isEmpty()) {
        throw new ConflictException(
            "conflict: unable to remove repository reference \""
                + typed
                + "\" (must force) - container "
                + users.get(0).shortId()
                + " is using its referenced image "
                + shortId(imageId));
      }
    }
    ImageRef removed = null;
    for (ImageRef r : refs) {
      if (r.name().equals(refName)) {
        removed = r;
      }
    }
    if (removed == null) {
      return;
    }
    untag(removed);
    if (!removed.digest()) {
      List<ImageRef> left = ImageStore.refs(c, imageId);
      String repo = removed.repository();
      boolean otherTagInRepo =
          left.stream().anyMatch(r -> !r.digest() && r.repository().equals(repo));
      if (!otherTagInRepo) {
        for (ImageRef r : left) {
          if (r.digest() && r.repository().equals(repo)) {
            untag(r, false);
          }
        }
      }
    }
    if (!ImageStore.refs(c, imageId).isEmpty()) {
      return;
    }
    deleteImage(imageId, force, prune, true);
  }

  /** Removes by ID (full, short or prefix). */
  public void removeById(String imageId, boolean force, boolean prune) throws SQLException {
    List<ImageRef> refs = ImageStore.refs(c, imageId);
    if (ImageUsage.isSingleReference(refs)) {
      Optional<String> conflict = conflict(imageId, force, null);
      if (conflict.isPresent()) {
        throw new ConflictException(conflict.get());
      }
      for (ImageRef r : refs) {
        untag(r);
      }
    }
    deleteImage(imageId, force, prune, false);
  }

  private void deleteImage(String imageId, boolean force, boolean prune, boolean quiet)
      throws SQLException {
    List<ImageRef> refs = ImageStore.refs(c, imageId);
    Optional<String> conflict = conflict(imageId, force, refs);
    if (conflict.isPresent()) {
      if (quiet) {
        return;
      }
      throw new ConflictException(conflict.get());
    }
    ImageRecord img = ImageStore.find(c, imageId).orElseThrow();
    for (ImageRef r : refs) {
      untag(r);
    }
    ImageStore.delete(c, imageId);
    dev.berth.events.EventLog.image(c, "delete", imageId);
    records.add(DeleteRecord.deleted(imageId));
    deletedImages.add(imageId);
    if (img.topLayer() != null) {
      for (LayerRecord l : ImageStore.deleteUnusedChain(c, img.topLayer())) {
        records.add(DeleteRecord.deleted(l.chainId()));
        freedLayers.add(l);
      }
    }
    if (prune && img.parent() != null && ImageStore.find(c, img.parent()).isPresent()) {
      deleteImage(img.parent(), false, true, true);
    }
  }

  /**
   * The first conflict of the delete step, in Docker's order, as the full error text.
   * {@code refs} are the image's remaining references when they count (the delete step), null when
   * they do not (the untag step before it).
   */
  private Optional<String> conflict(String imageId, boolean force, List<ImageRef> refs)
      throws SQLException {
    String prefix = "conflict: unable to delete " + shortId(imageId);
    if (!ImageStore.children(c, imageId).isEmpty()) {
      return Optional.of(prefix + " (cannot be forced) - image has dependent child images");
    }
    List<ContainerRecord> users = ContainerStore.usingImage(c, imageId);
    for (ContainerRecord u : users) {
      if (u.running()) {
        return Optional.of(
            prefix + " (cannot be forced) - image is being used by running container " + u.shortId());
      }
    }
    if (!force && refs != null && !refs.isEmpty()) {
      return Optional.of(prefix + " (must be forced) - image is referenced in multiple repositories");
    }
    if (!force && !users.isEmpty()) {
      return Optional.of(
          prefix
              + " (must be forced) - image is being used by stopped container "
              + users.get(0).shortId());
    }
    return Optional.empty();
  }

  private void untag(ImageRef r) throws SQLException {
    untag(r, true);
  }

  /** The daemon logs no {@code untag} event for the digest references a repository's last tag takes along. */
  private void untag(ImageRef r, boolean event) throws SQLException {
    if (event) {
      dev.berth.events.EventLog.image(c, "untag", r.imageId());
    }
    ImageStore.removeRef(c, r.name());
    ImageStore.recordRefRemoval(c, r.imageId(), r.name(), cause, nowNs);
    records.add(DeleteRecord.untagged(familiar.apply(r.name())));
  }

  static String shortId(String id) {
    return id.substring(id.indexOf(':') + 1, id.indexOf(':') + 13);
  }
}
