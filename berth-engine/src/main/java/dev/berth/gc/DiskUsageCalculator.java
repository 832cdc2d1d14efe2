package dev.berth.gc;

import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerStore;
import dev.berth.image.Filters;
import dev.berth.image.ImageService;
import dev.berth.image.ImageStore;
import dev.berth.image.ImageSummary;
import dev.berth.image.LayerRecord;
import dev.berth.runtime.RootFs;
import dev.berth.store.BerthStore;
import dev.berth.volume.DirectorySize;
import dev.berth.volume.VolumeService;
import dev.berth.volume.VolumeUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Docker's disk-usage accounting (daemon-semantics §7.1). */
public final class DiskUsageCalculator {
  private final BerthStore store;
  private final ImageService images;

  public DiskUsageCalculator(BerthStore store, ImageService images) {
    this.store = store;
    this.images = images;
  }

  public DiskUsage compute() {
    List<ImageSummary> listed = images.list(false, Filters.empty());
    List<VolumeUsage> volumes = new VolumeService(store).usage();
    return store.db().read(c -> {
      Map<String, List<LayerRecord>> layersOf = new HashMap<>();
      Map<String, Integer> imagesPerLayer = new HashMap<>();
      for (ImageSummary s : listed) {
        String top = ImageStore.find(c, s.id()).orElseThrow().topLayer();
        List<LayerRecord> chain = top == null ? List.of() : ImageStore.chain(c, top);
        layersOf.put(s.id(), chain);
        for (LayerRecord l : chain) {
          imagesPerLayer.merge(l.chainId(), 1, Integer::sum);
        }
      }
      long layersSize = 0;
      Set<String> counted = new HashSet<>();
      for (List<LayerRecord> chain : layersOf.values()) {
        for (LayerRecord l : chain) {
          if (counted.add(l.chainId())) {
            layersSize += l.size();
          }
        }
      }
      List<ContainerRecord> containers = ContainerStore.all(c);
      Map<String, Integer> containersPerImage = new HashMap<>();
      for (ContainerRecord r : containers) {
        containersPerImage.merge(r.imageId(), 1, Integer::sum);
      }
      List<ImageSummary> out = new ArrayList<>();
      for (ImageSummary s : listed) {
        long shared = 0;
        for (LayerRecord l : layersOf.get(s.id())) {
          if (imagesPerLayer.get(l.chainId()) > 1) {
            shared += l.size();
          }
        }
        out.add(new ImageSummary(s.id(), s.parentId(), s.repoTags(), s.repoDigests(), s.created(), s.size(),
            shared, containersPerImage.getOrDefault(s.id(), 0), s.labelsJson()));
      }
      List<DiskUsage.ContainerUsage> usage = new ArrayList<>();
      for (ContainerRecord r : containers) {
        long rw = writableSize(RootFs.upper(store.paths().container(r.id())));
        usage.add(new DiskUsage.ContainerUsage(r, rw, ImageStore.ownerSize(c, "c:" + r.id()) + rw));
      }
      return new DiskUsage(layersSize, out, usage, volumes);
    });
  }

  /** Bytes of a container's writable layer (Docker's size of its changes; 0 before it has one). */
  public static long writableSize(Path upper) {
    return DirectorySize.of(upper);
  }
}
