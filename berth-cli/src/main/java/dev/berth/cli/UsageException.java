package dev.berth.cli;

/** A command-line usage error; {@code exitCode} is 1 for argument counts and 125 for flags. */
public final class UsageException extends RuntimeException {
  private final int exitCode;

  public UsageException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
