package dev.berth.check;

import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerStore;
import dev.berth.image.ImageRecord;
import dev.berth.image.ImageRef;
import dev.berth.image.ImageStore;
import dev.berth.image.LayerRecord;
import dev.berth.runtime.RootFs;
import dev.berth.store.BerthStore;
import dev.berth.volume.VolumeRecord;
import dev.berth.volume.VolumeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verifies the store's invariants (docs/ARCHITECTURE.md) and reports each problem in one line:
 * rows that point at missing content, layers nobody uses, directories no row knows (layers and
 * volumes), volume uses by containers that are gone.
 */
public final class StoreCheck {
  private final BerthStore store;

  public StoreCheck(BerthStore store) {
    this.store = store;
  }

  public List<String> run() {
    return store.db().read(c -> {
      List<String> problems = new ArrayList<>();
      Set<String> layerIds = new HashSet<>();
      for (LayerRecord l : ImageStore.allLayers(c)) {
        layerIds.add(l.chainId());
        if (!Files.isDirectory(store.paths().layerDiff(l.chainId()))) {
          problems.add("layer " + l.chainId() + ": directory missing");
        }
        if (l.tarSplit() != null && !store.content().exists(l.tarSplit())) {
          problems.add("layer " + l.chainId() + ": tar-split record " + l.tarSplit() + " missing");
        }
        if (l.parent() != null && ImageStore.layer(c, l.parent()).isEmpty()) {
          problems.add("layer " + l.chainId() + ": parent layer " + l.parent() + " missing");
        }
      }
      Set<String> imageIds = new HashSet<>();
      for (ImageRecord img : ImageStore.all(c)) {
        imageIds.add(img.id());
        if (!store.content().exists(img.id())) {
          problems.add("image " + img.id() + ": config blob missing");
        }
        if (img.topLayer() != null && !layerIds.contains(img.topLayer())) {
          problems.add("image " + img.id() + ": top layer " + img.topLayer() + " missing");
        }
        if (img.parent() != null && ImageStore.find(c, img.parent()).isEmpty()) {
          problems.add("image " + img.id() + ": parent " + img.parent() + " missing");
        }
      }
      for (Map.Entry<String, List<ImageRef>> e : ImageStore.allRefs(c).entrySet()) {
        if (!imageIds.contains(e.getKey())) {
          for (ImageRef r : e.getValue()) {
            problems.add("reference " + r.name() + ": image " + e.getKey() + " missing");
          }
        }
      }
      Set<String> containerIds = new HashSet<>();
      for (ContainerRecord r : ContainerStore.all(c)) {
        containerIds.add(r.id());
        if (!Files.isDirectory(store.paths().container(r.id()))) {
          problems.add("container " + r.id() + ": directory missing");
        }
      }
      for (String dir : list(store.paths().containers())) {
        if (!containerIds.contains(dir)) {
          problems.add("container directory " + dir + ": no container row");
        }
      }
      Set<String> usedLayers = new HashSet<>();
      for (LayerRecord l : ImageStore.allLayers(c)) {
        if (ImageStore.hasUsers(c, l.chainId()) || ImageStore.hasChildLayer(c, l.chainId())) {
          usedLayers.add(l.chainId());
        }
      }
      for (String l : layerIds) {
        if (!usedLayers.contains(l)) {
          problems.add("layer " + l + ": not used by any image or container");
        }
      }
      for (String dir : list(store.paths().layers())) {
        if (!layerIds.contains("sha256:" + dir)) {
          problems.add("layer directory " + dir + ": no layer row");
        }
      }
      checkVolumes(c, problems);
      return problems;
    });
  }

  /** Volume rows against their data directories and the containers said to use them. */
  private void checkVolumes(java.sql.Connection c, List<String> problems) throws java.sql.SQLException {
    Set<String> names = new HashSet<>();
    for (VolumeRecord v : VolumeStore.all(c)) {
      names.add(v.name());
      if (!Files.isDirectory(store.paths().volumeData(v.name()))) {
        problems.add("volume " + v.name() + ": directory missing");
      }
      for (String user : VolumeStore.users(c, v.name())) {
        if (ContainerStore.byId(c, user).isEmpty()) {
          problems.add("volume " + v.name() + ": used by missing container " + user);
        }
      }
    }
    for (String dir : list(store.paths().volumes())) {
      if (!names.contains(dir)) {
        problems.add("volume directory " + dir + ": no volume row");
      }
    }
  }

  /**
   * Fixes what can be fixed without losing a tagged image: layer and container directories no row
   * knows (left by a kill between moving a directory and committing its row, or between deleting
   * a row and its directory) are removed. Returns what was done, one line each.
   */
  public List<String> repair() {
    // Under the write lock: a load moves its staged layer into layers/ inside its own write
    // transaction, so no directory seen here can belong to a commit still in flight.
    return store.db().write(c -> {
      List<String> done = new ArrayList<>();
      Set<String> known = new HashSet<>();
      for (LayerRecord l : ImageStore.allLayers(c)) {
        known.add(l.chainId());
      }
      for (String dir : list(store.paths().layers())) {
        if (!known.contains("sha256:" + dir)) {
          store.discard(store.paths().layers().resolve(dir));
          done.add("removed orphan layer directory " + dir);
        }
      }
      // Containers get their directory inside the transaction that inserts their row, and lose
      // it after the one that deletes it: under the write lock, one without a row is debris.
      Set<String> containers = new HashSet<>();
      for (ContainerRecord r : ContainerStore.all(c)) {
        containers.add(r.id());
      }
      for (String dir : list(store.paths().containers())) {
        if (!containers.contains(dir)) {
          Path path = store.paths().containers().resolve(dir);
          RootFs.unmount(path);
          store.discard(path);
          done.add("removed orphan container directory " + dir);
        }
      }
      // a volume directory without a row was left by a create that did not commit: nothing
      // can name it, so its data is unreachable
      Set<String> volumes = new HashSet<>();
      for (VolumeRecord v : VolumeStore.all(c)) {
        volumes.add(v.name());
      }
      for (String dir : list(store.paths().volumes())) {
        if (!volumes.contains(dir)) {
          store.discard(store.paths().volumeDir(dir));
          done.add("removed orphan volume directory " + dir);
        }
      }
      return done;
    });
  }

  private static List<String> list(Path dir) {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> out.add(p.getFileName().toString()));
    } catch (IOException e) {
      out.add("<unreadable: " + e.getMessage() + ">");
    }
    return out;
  }
}
