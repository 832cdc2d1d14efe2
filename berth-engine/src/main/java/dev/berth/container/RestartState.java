package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What the restart policy needs to remember between two runs of a container, kept in its directory
 * (no daemon holds it in memory): how often it was restarted since the user last started it, the last
 * delay, whether the user stopped or killed it ({@code unless-stopped}), whether the user cancelled
 * the restarts (stop, or a kill with SIGKILL or the stop signal), and which process waits out the
 * delay to start it again ({@code waiter}, 0 for none).
 */
public record RestartState(int count, Duration delay, boolean manuallyStopped, boolean cancelled, long waiter) {
  static final RestartState FRESH = new RestartState(0, Duration.ZERO, false, false, 0);
  private static final String FILE = "restart-state";

  RestartState cancel() {
    return new RestartState(count, delay, true, true, waiter);
  }

  RestartState stoppedByUser() {
    return new RestartState(count, delay, true, cancelled, waiter);
  }

  RestartState waitedOnBy(long pid) {
    return new RestartState(count, delay, manuallyStopped, cancelled, pid);
  }

  /** Whether the process that was to restart the container still runs. */
  boolean waiterAlive() {
    return waiter != 0 && ProcessHandle.of(Math.abs(waiter)).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Whether the waiter is past its delay and starting the container (it records itself as {@code -pid}). */
  boolean starting() {
    return waiter < 0 && waiterAlive();
  }

  static RestartState read(Path containerDir) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(containerDir.resolve(FILE));
    } catch (NoSuchFileException e) {
      return FRESH;
    } catch (IOException e) {
      throw new SystemException("cannot read the restart state of " + containerDir.getFileName() + ": " + e.getMessage(), e);
    }
    try {
      JsonNode n = ImageConfig.MAPPER.readTree(bytes);
      return new RestartState(n.path("count").asInt(0), Duration.ofMillis(n.path("delayMillis").asLong(0)),
          n.path("manuallyStopped").asBoolean(false), n.path("cancelled").asBoolean(false), n.path("waiter").asLong(0));
    } catch (IOException e) {
      return FRESH; // a torn write (killed mid-way) only forgets the count
    }
  }

  /** Written whole or not at all (temp file, rename). */
  void write(Path containerDir) {
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.put("count", count);
    n.put("delayMillis", delay.toMillis());
    n.put("manuallyStopped", manuallyStopped);
    n.put("cancelled", cancelled);
    n.put("waiter", waiter);
    try {
      // a name of its own: a monitor and a stop may write at the same moment (the last rename wins)
      Path tmp = containerDir.resolve(FILE + "." + dev.berth.content.TempNames.unique() + ".tmp");
      Files.write(tmp, ImageConfig.MAPPER.writeValueAsBytes(n));
      Files.move(tmp, containerDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SystemException("cannot write the restart state of " + containerDir.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** A start by the user: counting begins again. */
  static void reset(Path containerDir) {
    try {
      Files.deleteIfExists(containerDir.resolve(FILE));
    } catch (IOException e) {
      throw new SystemException("cannot reset the restart state of " + containerDir.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
