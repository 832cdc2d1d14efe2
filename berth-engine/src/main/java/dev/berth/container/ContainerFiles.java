package dev.berth.container;

import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageStore;
import dev.berth.runtime.RootFs;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A container's root filesystem opened for {@code docker cp}: mounted for the duration when the
 * container is not running, and paths resolved Docker's way, symlinks followed inside the root
 * only (an absolute link target or a run of {@code ..} never leaves it).
 */
public final class ContainerFiles implements AutoCloseable {
  private static final int MAX_LINKS = 255;

  private final ContainerRecord container;
  private final RootFs rootfs;

  private ContainerFiles(ContainerRecord container, RootFs rootfs) {
    this.container = container;
    this.rootfs = rootfs;
  }

  /** The directories of {@code r}'s image layers, lowest first as the overlay takes them. */
  public static List<Path> layers(BerthStore store, ContainerRecord r) {
    return store.db().read(c -> {
      List<Path> paths = new ArrayList<>();
      for (String chain : ImageStore.ownerChain(c, "c:" + r.id())) {
        paths.add(store.paths().layerDiff(chain));
      }
      return paths;
    });
  }

  /** Opens {@code r}'s filesystem (its image's layers under its writable layer). */
  public static ContainerFiles open(BerthStore store, ContainerRecord r) {
    List<Path> layers = layers(store, r);
    Path containerDir = store.paths().container(r.id());
    RootFs rootfs = RootFs.mount(layers, containerDir, RootFs.Strategy.AUTO, RootFs.XattrNamespace.TRUSTED);
    return new ContainerFiles(r, rootfs);
  }

  public ContainerRecord container() {
    return container;
  }

  public Path root() {
    return rootfs.path();
  }

  /**
   * The host path of {@code containerPath} (absolute or relative to "/"), its last component
   * followed only when {@code followLast} or when the path ends with "/" or "/.".
   */
  public Path resolve(String containerPath, boolean followLast) {
    boolean follow = followLast || containerPath.endsWith("/") || containerPath.endsWith("/.");
    return inScope(root(), containerPath, follow);
  }

  /** Like {@link #resolve} but a missing path is Docker's 404. */
  public Path existing(String containerPath, boolean followLast) {
    Path p = resolve(containerPath, followLast);
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotFoundException("Could not find the file " + containerPath + " in container " + container.name());
    }
    return p;
  }

  /** Resolves {@code path} under {@code root} as if {@code root} were "/". */
  static Path inScope(Path root, String path, boolean followLast) {
    Deque<String> todo = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        todo.addLast(part);
      }
    }
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String part = todo.removeFirst();
      if (part.equals("..")) {
        if (!done.isEmpty()) {
          done.removeLast();
        }
        continue;
      }
      done.add(part);
      Path here = join(root, done);
      if ((todo.isEmpty() && !followLast) || !Files.isSymbolicLink(here)) {
        continue;
      }
      if (++links > MAX_LINKS) {
        throw new SystemException("too many links in " + path);
      }
      String target;
      try {
        target = Files.readSymbolicLink(here).toString();
      } catch (IOException e) {
        throw new SystemException(e.getMessage());
      }
      done.removeLast();
      if (target.startsWith("/")) {
        done.clear();
      }
      String[] parts = target.split("/");
      for (int i = parts.length - 1; i >= 0; i--) {
        if (!parts[i].isEmpty() && !parts[i].equals(".")) {
          todo.addFirst(parts[i]);
        }
      }
    }
    return join(root, done);
  }

  private static Path join(Path root, List<String> parts) {
    Path p = root;
    for (String s : parts) {
      p = p.resolve(s);
    }
    return p;
  }

  @Override
  public void close() {
    // a running container's rootfs stays mounted for its process
    if (!container.running()) {
      rootfs.unmount();
    }
  }
}
