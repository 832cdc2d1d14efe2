package dev.berth.image;

import dev.berth.content.Digest;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.layer.ChainIds;
import dev.berth.store.BerthStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Commits the images of a loaded archive (daemon-semantics §8.3): layers and configs were staged
 * and verified while the archive streamed; here every image, tag move and parent link is written
 * in one transaction, and Docker's messages are produced.
 */
public final class ImageLoader {
  private final BerthStore store;

  public ImageLoader(BerthStore store) {
    this.store = store;
  }

  /** One image of an archive, in manifest order. {@code parentId} may be null. */
  public record ArchiveImage(byte[] config, List<String> repoTags, List<String> diffIds, String parentId) {}

  /** Commits {@code images}; {@code staged} maps diff IDs to staged layers. Returns the message lines. */
  public List<String> commit(List<ArchiveImage> images, Map<String, StagedLayer> staged) {
    return lines(commitMessages(images, staged, diffId -> 0));
  }

  /** The text lines of {@code messages}. */
  public static List<String> lines(List<LoadMessage> messages) {
    List<String> out = new ArrayList<>();
    for (LoadMessage m : messages) {
      if (m instanceof LoadMessage.Line line) {
        out.add(line.text());
      }
    }
    return out;
  }

  /**
   * Commits {@code images} and reports, image by image, the layers that were not in the store yet
   * (sized by {@code archiveBytes}, from a diff ID) before the image's lines.
   */
  public List<LoadMessage> commitMessages(List<ArchiveImage> images, Map<String, StagedLayer> staged,
      ToLongFunction<String> archiveBytes) {
    return commitMessages(images, staged, archiveBytes, false);
  }

  /**
   * As above; {@code legacy} (an archive of the layout before Docker 1.10): as the daemon's legacy
   * load, no {@code Loaded image} lines and no events, only the notices of renamed tags.
   */
  public List<LoadMessage> commitMessages(List<ArchiveImage> images, Map<String, StagedLayer> staged,
      ToLongFunction<String> archiveBytes, boolean legacy) {
    LayerStaging staging = new LayerStaging(store);
    long now = BerthStore.nowNs();
    List<String> ids = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (ArchiveImage a : images) {
      for (String t : a.repoTags()) {
        tags.add(Names.normalizeWithDefaultTag(t)); // a bad tag fails before any blob is written
      }
    }
    for (ArchiveImage a : images) {
      ids.add(store.content().put(a.config()));
    }
    try {
      return store.db().write(c -> {
        List<LoadMessage> messages = new ArrayList<>();
        List<LoadMessage> idLines = new ArrayList<>();
        boolean lastUntagged = false;
        for (int i = 0; i < images.size(); i++) {
          ArchiveImage a = images.get(i);
          String id = ids.get(i);
          ImageConfig config = ImageConfig.parse(a.config());
          if (!config.diffIds().equals(a.diffIds())) {
            throw new InvalidArgumentException(
                "invalid manifest, layers length mismatch: expected " + config.diffIds().size() + ", got "
                    + a.diffIds().size());
          }
          if (ImageStore.find(c, id).isEmpty()) {
            List<Digest> diffIds = a.diffIds().stream().map(Digest::parse).toList();
            List<Digest> chainIds = ChainIds.of(diffIds);
            for (int l = 0; l < chainIds.size(); l++) {
              if (!legacy && ImageStore.layer(c, chainIds.get(l).toString()).isEmpty()) {
                String diffId = diffIds.get(l).toString();
                messages.add(new LoadMessage.LayerLoaded(diffId, archiveBytes.applyAsLong(diffId)));
              }
            }
            LayerStaging.Chain chain = staging.commit(c, a.diffIds(), staged, now);
            ImageStore.insert(
                c, new ImageRecord(id, config.createdNs(), null, chain.top(), chain.size(), config.labelsJson(), null, now), now);
            if (chain.top() != null) {
              ImageStore.useChain(c, "i:" + id, chain.top());
            }
          } else {
            ImageStore.touch(c, id, now);
          }
          idLines.add(new LoadMessage.Line("Loaded image ID: " + id));
          for (String tag : a.repoTags()) {
            String ref = Names.normalizeWithDefaultTag(tag);
            String familiar = Names.familiar(ref);
            var before = ImageStore.imageForRef(c, ref);
            if (before.isPresent() && !before.get().equals(id)) {
              messages.add(new LoadMessage.Line("The image " + familiar + " already exists, renaming the old one with ID "
                  + before.get() + " to empty string"));
            }
            var moved = ImageStore.putRef(c, new ImageRef(ref, id, Names.repository(ref), false), now);
            if (moved.isPresent()) {
              ImageStore.recordRefRemoval(c, moved.get(), ref, "load replaced it", now);
            }
            if (!legacy) {
              messages.add(new LoadMessage.Line("Loaded image: " + familiar));
            }
          }
          if (!legacy) {
            dev.berth.events.EventLog.image(c, "load", id);
          }
          lastUntagged = !legacy && a.repoTags().isEmpty();
        }
        for (int i = 0; i < images.size(); i++) {
          String parent = images.get(i).parentId();
          if (parent != null && !parent.isEmpty() && ImageStore.find(c, parent).isPresent()) {
            ImageStore.setParent(c, ids.get(i), parent);
          }
        }
        if (lastUntagged) {
          messages.addAll(idLines);
        }
        return messages;
      });
    } finally {
      staging.discard(List.copyOf(staged.values()));
    }
  }

  /** Drops staged layers after a failed load. */
  public void discard(Collection<StagedLayer> staged) {
    new LayerStaging(store).discard(List.copyOf(staged));
  }
}
