package dev.berth.errors;

/** An error the Docker daemon answers with HTTP 500. */
public class SystemException extends BerthException {
  public SystemException(String message) {
    super(ErrorKind.SYSTEM, message);
  }

  public SystemException(String message, Throwable cause) {
    super(ErrorKind.SYSTEM, message, cause);
  }
}
