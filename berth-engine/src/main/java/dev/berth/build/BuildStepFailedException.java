package dev.berth.build;

import dev.berth.errors.BerthException;
import dev.berth.errors.ErrorKind;

/**
 * A build that failed after it started: Docker reports it inside the build's output stream (not as
 * a daemon error response), and a failing RUN makes the client exit with the command's code.
 */
public final class BuildStepFailedException extends BerthException {
  private final int exitCode;

  public BuildStepFailedException(String message, int exitCode) {
    super(ErrorKind.SYSTEM, message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
