package dev.berth.container;

import dev.berth.errors.SystemException;
import dev.berth.image.ImageStore;
import dev.berth.image.LayerRecord;
import dev.berth.store.StorePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * dockerd creates the working directory when it creates the container and refuses a path that the
 * image holds as a file, symlinks followed inside the image ({@code -w /bin/cat}: {@code Cannot
 * mkdir: /bin/cat is not a directory}). berth leaves the creation to runc at start, so it only
 * makes this check, from the image's layers (topmost entry wins; a whiteout ends the look).
 */
final class WorkingDirCheck {
  private static final int MAX_LINKS = 255;

  private final List<Path> layersTopFirst;

  private WorkingDirCheck(List<Path> layersTopFirst) {
    this.layersTopFirst = layersTopFirst;
  }

  static void check(Connection c, StorePaths paths, String topLayer, String workingDir) throws SQLException {
    if (workingDir.isEmpty() || topLayer == null) {
      return;
    }
    List<Path> layers = new ArrayList<>();
    for (LayerRecord layer : ImageStore.chain(c, topLayer)) {
      layers.add(paths.layerDiff(layer.chainId()));
    }
    BasicFileAttributes found = new WorkingDirCheck(layers).resolve(workingDir);
    if (found != null && found.isRegularFile()) {
      throw new SystemException("Cannot mkdir: " + workingDir + " is not a directory");
    }
  }

  /** What {@code path} names after following its symlinks inside the image, or null when absent. */
  private BasicFileAttributes resolve(String path) {
    Deque<String> todo = new ArrayDeque<>(parts(path));
    Deque<String> done = new ArrayDeque<>();
    int links = 0;
    BasicFileAttributes current = null;
    while (!todo.isEmpty()) {
      String part = todo.pollFirst();
      if (part.equals("..")) {
        done.pollLast();
        continue;
      }
      done.addLast(part);
      Path entry = top(String.join("/", done));
      if (entry == null) {
        return null;
      }
      try {
        current = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (current.isSymbolicLink()) {
          if (++links > MAX_LINKS) {
            return null;
          }
          String target = Files.readSymbolicLink(entry).toString();
          done.pollLast();
          if (target.startsWith("/")) {
            done.clear();
          }
          List<String> next = parts(target);
          for (int i = next.size() - 1; i >= 0; i--) {
            todo.addFirst(next.get(i));
          }
          current = null;
        }
      } catch (IOException e) {
        return null;
      }
    }
    return current;
  }

  // the topmost layer's entry for a relative path, or null (absent, or a whiteout on top)
  private Path top(String rel) {
    for (Path layer : layersTopFirst) {
      Path p = layer.resolve(rel);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        try {
          if (Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
            return null; // an overlay whiteout (0/0 character device)
          }
        } catch (IOException e) {
          return null;
        }
        return p;
      }
    }
    return null;
  }

  private static List<String> parts(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        out.add(part);
      }
    }
    return out;
  }
}
