package dev.berth.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The exec instances running in a container ({@code ExecIDs} of inspect), across berth processes:
 * one file per instance in the container's {@code execs/} directory naming the process that keeps
 * it alive (the berth process running it, then the exec process itself). An entry whose process is
 * gone (killed berth, ended detached exec) is not live, whatever is left on disk.
 */
public final class LiveExecs {
  private static final String DIR = "execs";

  private LiveExecs() {}

  /** Records (or re-points) instance {@code execId} as kept alive by process {@code pid}. */
  public static void put(Path containerDir, String execId, long pid) {
    Path dir = containerDir.resolve(DIR);
    try {
      Files.createDirectories(dir);
      String holder = pid + " " + startOf(pid).map(Instant::toString).orElse("-");
      Path tmp = dir.resolve("." + execId + ".tmp");
      Files.writeString(tmp, holder, StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(execId), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // inspect then just does not list it; the exec itself is unaffected
    }
  }

  /** The instance ended. */
  public static void remove(Path containerDir, String execId) {
    try {
      Files.deleteIfExists(containerDir.resolve(DIR).resolve(execId));
    } catch (IOException e) {
      // a leftover entry is not live once its process is gone
    }
  }

  /** IDs of the live instances, oldest first; stale entries are removed on the way. */
  public static List<String> list(Path containerDir) {
    Path dir = containerDir.resolve(DIR);
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> !p.getFileName().toString().startsWith("."))) {
      ds.forEach(entries::add);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      return List.of();
    }
    List<Path> live = new ArrayList<>();
    for (Path p : entries) {
      if (alive(p)) {
        live.add(p);
      } else {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // left for the next look
        }
      }
    }
    live.sort(Comparator.comparing(LiveExecs::modified));
    return live.stream().map(p -> p.getFileName().toString()).toList();
  }

  private static boolean alive(Path entry) {
    String[] holder;
    try {
      holder = Files.readString(entry, StandardCharsets.UTF_8).strip().split(" ");
    } catch (IOException e) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder[0]);
      Optional<Instant> start = startOf(pid);
      // the same pid with another start time is a reused pid
      return start.isPresent() && (holder.length < 2 || holder[1].equals("-") || holder[1].equals(start.get().toString()));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<Instant> startOf(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(h -> h.info().startInstant());
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }
}
