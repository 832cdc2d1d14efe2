package dev.berth.store;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which processes have the store open: each writes {@code sessions/<unique name>} holding its pid and
 * start time and deletes it on close. A file whose process is gone means that process was killed
 * while it had the store open, so the next one to open the store repairs what a kill can leave
 * (see {@code StoreCheck.repair}). Repair is safe at any time; the sessions only say when it is
 * worth its cost.
 */
public final class StoreSessions {
  private final Path dir;
  private final Path own;

  private StoreSessions(Path dir, Path own) {
    this.dir = dir;
    this.own = own;
  }

  static StoreSessions begin(Path dir) {
    ProcessHandle self = ProcessHandle.current();
    Path own = dir.resolve(dev.berth.content.TempNames.unique());
    try {
      Files.createDirectories(dir);
      Files.writeString(own, self.pid() + " " + startMillis(self).orElse(0L) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SystemException("recording store session " + own + ": " + e.getMessage(), e);
    }
    return new StoreSessions(dir, own);
  }

  /** Session files of processes that no longer run. */
  public List<Path> dead() {
    List<Path> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.equals(own) && !alive(f)) {
          out.add(f);
        }
      }
    } catch (IOException e) {
      throw new SystemException("listing store sessions: " + e.getMessage(), e);
    }
    return out;
  }

  /** Forgets the sessions of dead processes once what they left has been repaired. */
  public void forget(List<Path> dead) {
    for (Path f : dead) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        throw new SystemException("removing store session " + f + ": " + e.getMessage(), e);
      }
    }
  }

  void end() {
    try {
      Files.deleteIfExists(own);
    } catch (IOException e) {
      throw new SystemException("removing store session " + own + ": " + e.getMessage(), e);
    }
  }

  private static boolean alive(Path session) {
    String text;
    try {
      text = Files.readString(session, StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      return true; // ended meanwhile, or another process is forgetting it
    } catch (IOException e) {
      return true;
    }
    String[] parts = text.split(" ");
    if (parts.length != 2) {
      // a process killed between creating and writing its file; its creation time tells its age
      return isRecent(session);
    }
    try {
      long pid = Long.parseLong(parts[0]);
      long start = Long.parseLong(parts[1]);
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      return p.isPresent() && p.get().isAlive() && startMillis(p.get()).map(s -> s == start).orElse(true);
    } catch (NumberFormatException e) {
      return isRecent(session);
    }
  }

  private static boolean isRecent(Path session) {
    try {
      return Files.getLastModifiedTime(session).toMillis() > System.currentTimeMillis() - 60_000;
    } catch (IOException e) {
      return true;
    }
  }

  private static Optional<Long> startMillis(ProcessHandle p) {
    return p.info().startInstant().map(Instant::toEpochMilli);
  }
}
