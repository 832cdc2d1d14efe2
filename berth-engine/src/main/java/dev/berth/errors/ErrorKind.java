package dev.berth.errors;

/**
 * The one table that maps berth's error kinds to the HTTP status codes the Docker daemon answers
 * with. The API server uses {@link #httpStatus()}; the CLI prints the message the same way the
 * docker CLI prints a daemon error.
 */
public enum ErrorKind {
  INVALID_ARGUMENT(400),
  FORBIDDEN(403),
  NOT_FOUND(404),
  CONFLICT(409),
  NOT_IMPLEMENTED(501),
  UNAVAILABLE(503),
  /** Errors Docker reports as 500 (including some that are really bad input, as Docker does). */
  SYSTEM(500);

  private final int httpStatus;

  ErrorKind(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
