package dev.berth.errors;

/** An error the Docker daemon answers with HTTP 409. */
public class ConflictException extends BerthException {
  public ConflictException(String message) {
    super(ErrorKind.CONFLICT, message);
  }

  public ConflictException(String message, Throwable cause) {
    super(ErrorKind.CONFLICT, message, cause);
  }
}
