package dev.berth.errors;

/** An error the Docker daemon answers with HTTP 400. */
public class InvalidArgumentException extends BerthException {
  public InvalidArgumentException(String message) {
    super(ErrorKind.INVALID_ARGUMENT, message);
  }

  public InvalidArgumentException(String message, Throwable cause) {
    super(ErrorKind.INVALID_ARGUMENT, message, cause);
  }
}
