package dev.berth.image;

import dev.berth.container.ContainerRecord;
import dev.berth.container.RuntimeArtifacts;
import dev.berth.errors.NotSupportedException;
import dev.berth.store.BerthStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code docker diff}: a container's file-system changes against the layers it runs on, as dockerd's
 * naive differ reports them (the same changes a commit would put into its layer).
 */
public final class ContainerChanges {
  private ContainerChanges() {}

  /** The API's change kinds, in the order of their numbers ({@code Kind} 0, 1, 2). */
  public enum Kind {
    MODIFY('C'), ADD('A'), DELETE('D');

    private final char letter;

    Kind(char letter) {
      this.letter = letter;
    }

    /** The CLI's letter. */
    public char letter() {
      return letter;
    }
  }

  /** One change; {@code path} is absolute. */
  public record Change(String path, Kind kind) {}

  /** The changes of container {@code r}, sorted by path; none for a container that never ran. */
  public static List<Change> of(BerthStore store, ContainerRecord r) {
    Path dir = store.paths().container(r.id());
    if (Files.exists(dir.resolve(".rootfs-copy"))) {
      throw new NotSupportedException("diff of a container whose root filesystem is a copy (no overlay)");
    }
    Path upper = dir.resolve("upper");
    if (!Files.isDirectory(upper)) {
      return List.of();
    }
    Set<Path> artifacts = runtimeArtifacts(store, r.id(), upper);
    List<Change> out = new ArrayList<>();
    for (UpperDirTar.Change c : UpperDirTar.changes(upper, lowerView(store, r.id()), artifacts)) {
      out.add(new Change(c.path(), switch (c.kind()) {
        case ADD -> Kind.ADD;
        case MODIFY -> Kind.MODIFY;
        case DELETE -> Kind.DELETE;
      }));
    }
    return out;
  }

  /**
   * What the runtime put into container {@code id}'s upper directory ({@link RuntimeArtifacts}),
   * where a mount-point directory whose mode or owner the container changed stays a change.
   */
  public static Set<Path> runtimeArtifacts(BerthStore store, String id, Path upper) {
    if (!Files.isDirectory(upper)) {
      return Set.of();
    }
    LowerView lower = lowerView(store, id);
    return RuntimeArtifacts.of(upper, dir -> {
      LowerView.FileStat old = lower.stat(dir);
      return old != null && LowerView.FileStat.of(upper.resolve(dir)).differsFrom(old);
    });
  }

  /** The merged view of the layers a container runs on (kept even when its image was removed). */
  static LowerView lowerView(BerthStore store, String containerId) {
    return store.db().read(c -> {
      List<Path> dirs = new ArrayList<>();
      for (String chain : ImageStore.ownerChain(c, "c:" + containerId)) {
        dirs.add(store.paths().layerDiff(chain));
      }
      return new LowerView(dirs);
    });
  }
}
