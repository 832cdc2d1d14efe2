package dev.berth.engine;

import dev.berth.container.ContainerService;
import dev.berth.image.ImageService;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;

/** The in-process engine: one open store and the services that implement Docker's semantics. */
public final class Engine implements AutoCloseable {
  private final BerthStore store;
  private final ImageService images;
  private final ContainerService containers;

  private Engine(BerthStore store) {
    this.store = store;
    this.images = new ImageService(store);
    this.containers = new ContainerService(store);
  }

  public static Engine open(StorePaths paths) {
    return new Engine(BerthStore.open(paths));
  }

  public BerthStore store() {
    return store;
  }

  public ImageService images() {
    return images;
  }

  public ContainerService containers() {
    return containers;
  }

  public dev.berth.gc.DiskUsage diskUsage() {
    return new dev.berth.gc.DiskUsageCalculator(store, images).compute();
  }

  @Override
  public void close() {
    store.close();
  }
}
