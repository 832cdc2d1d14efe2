package dev.berth.store;

import dev.berth.content.ContentStore;
import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An open berth store: the metadata database, the content store and the directories of layers
 * and containers. Deleting follows invariant 2: the row change commits first, then the directory
 * is renamed into {@code trash/} and removed; start-up sweeps what a crash left there.
 */
public final class BerthStore implements AutoCloseable {
  private final StorePaths paths;
  private final Database db;
  private final ContentStore content;
  private final StoreSessions sessions;

  private BerthStore(StorePaths paths, Database db, StoreSessions sessions) {
    this.paths = paths;
    this.db = db;
    this.content = new ContentStore(paths.blobs(), paths.ingest());
    this.sessions = sessions;
  }

  public static BerthStore open(StorePaths paths) {
    try {
      Files.createDirectories(paths.root());
      Files.createDirectories(paths.trash());
      Files.createDirectories(paths.layers());
      Files.createDirectories(paths.staging());
    } catch (IOException e) {
      throw new SystemException("creating store " + paths.root() + ": " + e.getMessage(), e);
    }
    BerthStore store = new BerthStore(paths, Database.open(paths.database()), StoreSessions.begin(paths.sessions()));
    store.sweepTrash();
    store.sweepStaging();
    store.content().sweepIngest();
    return store;
  }

  public StorePaths paths() {
    return paths;
  }

  public Database db() {
    return db;
  }

  public ContentStore content() {
    return content;
  }

  public StoreSessions sessions() {
    return sessions;
  }

  public static long nowNs() {
    java.time.Instant i = java.time.Instant.now();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  /** Moves {@code dir} into trash and deletes it; a crash half-way leaves it for the next sweep. */
  public void discard(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path target = paths.trash().resolve(dev.berth.content.TempNames.unique());
    try {
      Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.NoSuchFileException e) {
      return; // another process (a repair) discarded it first
    } catch (IOException e) {
      throw new SystemException("moving " + dir + " to trash: " + e.getMessage(), e);
    }
    deleteTree(target);
  }

  /** Removes everything in trash/ (left by crashed deletions). */
  public void sweepTrash() {
    try (var entries = Files.list(paths.trash())) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new SystemException("sweeping trash: " + e.getMessage(), e);
    }
  }

  /**
   * Removes staging directories abandoned by crashed loads and imports. A live process keeps
   * touching its staging directory while it unpacks, so only old ones are taken.
   */
  public void sweepStaging() {
    long cutoff = System.currentTimeMillis() - 6 * 3600_000L;
    try (var entries = Files.list(paths.staging())) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      throw new SystemException("sweeping staging: " + e.getMessage(), e);
    }
  }

  public static void deleteTree(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              // Make read-only directories writable so their entries can be removed.
              dir.toFile().setWritable(true, true);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Files.deleteIfExists(file); // another process sweeping trash may be removing it too
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new SystemException("removing " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } finally {
      sessions.end();
    }
  }
}
