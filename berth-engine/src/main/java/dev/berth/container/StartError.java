package dev.berth.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The error of a container's last failed start ({@code State.Error}), kept in a file of the
 * container's directory; a successful start clears it, as the daemon does.
 */
final class StartError {
  private static final String FILE = "start-error";

  private StartError() {}

  static void write(Path containerDir, String message) {
    try {
      Files.createDirectories(containerDir);
      Files.writeString(containerDir.resolve(FILE), message == null ? "" : message, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // State.Error is informative: the start error itself still reaches the caller
    }
  }

  static void clear(Path containerDir) {
    try {
      Files.deleteIfExists(containerDir.resolve(FILE));
    } catch (IOException e) {
      // a stale message only shows in inspect until the next start
    }
  }

  static String read(Path containerDir) {
    try {
      return Files.readString(containerDir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      return "";
    }
  }
}
