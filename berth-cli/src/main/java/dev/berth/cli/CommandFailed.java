package dev.berth.cli;

/** A command that already printed its errors and ends with {@code exitCode}. */
public final class CommandFailed extends RuntimeException {
  private final int exitCode;

  public CommandFailed(int exitCode) {
    super(null, null, false, false);
    this.exitCode = exitCode;
  }

  public CommandFailed(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
