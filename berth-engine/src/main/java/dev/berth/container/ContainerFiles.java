package dev.berth.container;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageStore;
import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.RootFs;
import dev.berth.store.BerthStore;
import dev.berth.volume.MountPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A container's filesystem opened for {@code docker cp}: its root mounted for the duration when the
 * container is not running, with its mounts (volumes, binds, and once it ran the daemon's
 * /etc/hosts, /etc/hostname and /etc/resolv.conf) laid over it as the container sees them. Paths
 * are resolved Docker's way, symlinks followed inside the container only (an absolute link target
 * or a run of {@code ..} never leaves it), crossing into a mount's host directory where the
 * container would.
 */
public final class ContainerFiles implements AutoCloseable {
  private static final int MAX_LINKS = 255;

  /** A mount as {@code cp} sees it: the host file or directory shown at {@code destination}. */
  public record Mount(String destination, Path source, boolean rw) {
    List<String> parts() {
      return ContainerFiles.parts(destination);
    }
  }

  private final ContainerRecord container;
  private final RootFs rootfs;
  private final List<Mount> mounts;
  private final boolean readOnlyRootfs;

  private ContainerFiles(ContainerRecord container, RootFs rootfs, List<Mount> mounts, boolean readOnlyRootfs) {
    this.container = container;
    this.rootfs = rootfs;
    this.mounts = mounts;
    this.readOnlyRootfs = readOnlyRootfs;
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

  /** Opens {@code r}'s filesystem (its image's layers under its writable layer, its mounts over them). */
  public static ContainerFiles open(BerthStore store, ContainerRecord r) {
    List<Path> layers = layers(store, r);
    Path containerDir = store.paths().container(r.id());
    var config = ContainerConfigs.parse(r.config());
    boolean readOnly = config.path("ReadonlyRootfs").asBoolean(false);
    List<Mount> mounts = new ArrayList<>();
    // the daemon's own files exist once the container was started
    Path userdata = new ContainerDirs(containerDir).userdata();
    for (String f : List.of("hosts", "hostname", "resolv.conf")) {
      if (Files.isRegularFile(userdata.resolve(f))) {
        mounts.add(new Mount("/etc/" + f, userdata.resolve(f), !readOnly));
      }
    }
    for (MountPoint m : MountPoint.of(config)) {
      Path source = m.isVolume() ? store.paths().volumeData(m.name()) : Path.of(m.source());
      mounts.add(new Mount(m.destination(), source, m.rw()));
    }
    RootFs rootfs = RootFs.mount(layers, containerDir, RootFs.Strategy.AUTO, RootFs.XattrNamespace.TRUSTED);
    return new ContainerFiles(r, rootfs, mounts, readOnly);
  }

  public ContainerRecord container() {
    return container;
  }

  /**
   * Logs a copy's container event, as the daemon does once it succeeded: {@code archive-path} (a
   * path read out, {@code cp} from the container) or {@code extract-to-dir} ({@code cp} into it).
   */
  public static void copied(BerthStore store, ContainerRecord r, String action) {
    dev.berth.events.EventLog.write(store, c -> dev.berth.events.EventLog.container(c, action, r));
  }

  public Path root() {
    return rootfs.path();
  }

  /**
   * The host path of {@code containerPath} (absolute or relative to "/"), its last component
   * followed only when {@code followLast} or when the path ends with "/" or "/.".
   */
  public Path resolve(String containerPath, boolean followLast) {
    return host(resolvePath(containerPath, followLast));
  }

  /** Like {@link #resolve} but the resolved path inside the container ("/a/b"). */
  public String resolvePath(String containerPath, boolean followLast) {
    boolean follow = followLast || containerPath.endsWith("/") || containerPath.endsWith("/.");
    return "/" + String.join("/", resolveParts(root(), mounts, containerPath, follow));
  }

  /** The host path shown at the already resolved container path {@code resolved}. */
  public Path host(String resolved) {
    return host(root(), mounts, parts(resolved));
  }

  /**
   * Like {@link #resolve} but a missing path is Docker's 404, naming the container as
   * {@code asked} (the name or ID the user gave).
   */
  public Path existing(String containerPath, boolean followLast, String asked) {
    Path p = resolve(containerPath, followLast);
    String trailing = containerPath.endsWith("/.") ? "/." : containerPath.endsWith("/") ? "/" : "";
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      // the daemon's lstat says ENOTDIR when the path goes through a file, ENOENT otherwise
      for (Path up = p.getParent(); up != null && up.startsWith(root()); up = up.getParent()) {
        if (Files.exists(up, LinkOption.NOFOLLOW_LINKS)) {
          if (!Files.isDirectory(up, LinkOption.NOFOLLOW_LINKS)) {
            throw new SystemException("lstat " + p + trailing + ": not a directory");
          }
          break;
        }
      }
      throw new NotFoundException("Could not find the file " + containerPath + " in container " + asked);
    }
    if (!trailing.isEmpty() && !Files.isDirectory(p)) {
      throw new SystemException("lstat " + p + trailing + ": not a directory");
    }
    return p;
  }

  /** {@link #existing(String, boolean, String)} naming the container by its name. */
  public Path existing(String containerPath, boolean followLast) {
    return existing(containerPath, followLast, container.name());
  }

  /**
   * Refuses to write into the resolved container directory {@code resolved} when it lies on a
   * read-only mount, or outside any mount of a container with a read-only root filesystem.
   */
  public void checkWritable(String resolved) {
    checkWritable(mounts, readOnlyRootfs, resolved);
  }

  static void checkWritable(List<Mount> mounts, boolean readOnlyRootfs, String resolved) {
    Mount m = mountOf(mounts, parts(resolved));
    if (m != null && !m.rw()) {
      throw new dev.berth.errors.SystemException("mounted volume is marked read-only"); // plain errors: 500
    }
    if (m == null && readOnlyRootfs) {
      throw new dev.berth.errors.SystemException("container rootfs is marked read-only");
    }
  }

  /** Resolves {@code path} under {@code root} as if {@code root} were "/" (no mounts). */
  static Path inScope(Path root, String path, boolean followLast) {
    return host(root, List.of(), resolveParts(root, List.of(), path, followLast));
  }

  /** Resolves {@code path} under {@code root} with {@code mounts} over it. */
  static Path inScope(Path root, List<Mount> mounts, String path, boolean followLast) {
    return host(root, mounts, resolveParts(root, mounts, path, followLast));
  }

  /** The components of the container path {@code path} resolves to. */
  static List<String> resolveParts(Path root, List<Mount> mounts, String path, boolean followLast) {
    Deque<String> todo = new ArrayDeque<>(parts(path));
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
      Path here = host(root, mounts, done);
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
      List<String> t = parts(target);
      for (int i = t.size() - 1; i >= 0; i--) {
        todo.addFirst(t.get(i));
      }
    }
    return done;
  }

  /** Go's {@code filepath.Clean} of an absolute container path ("/" for an empty one). */
  public static String cleanPath(String path) {
    return dev.berth.units.GoPath.clean("/" + path);
  }

  /** The non-empty components of {@code path}, "." dropped. */
  static List<String> parts(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        out.add(part);
      }
    }
    return out;
  }

  /** The mount {@code parts} lies on (the deepest whose destination is a prefix), else null. */
  static Mount mountOf(List<Mount> mounts, List<String> parts) {
    Mount best = null;
    int depth = -1;
    for (Mount m : mounts) {
      List<String> d = m.parts();
      if (d.size() > depth && d.size() <= parts.size() && parts.subList(0, d.size()).equals(d)) {
        best = m;
        depth = d.size();
      }
    }
    return best;
  }

  private static Path host(Path root, List<Mount> mounts, List<String> parts) {
    Mount m = mountOf(mounts, parts);
    Path p = m == null ? root : m.source();
    for (String s : parts.subList(m == null ? 0 : m.parts().size(), parts.size())) {
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
