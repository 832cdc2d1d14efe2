package dev.berth.errors;

/** An error the Docker daemon answers with HTTP 404. */
public class NotFoundException extends BerthException {
  public NotFoundException(String message) {
    super(ErrorKind.NOT_FOUND, message);
  }

  public NotFoundException(String message, Throwable cause) {
    super(ErrorKind.NOT_FOUND, message, cause);
  }
}
