package dev.berth.errors;

/**
 * Base of every error the engine reports to a user. The message is exactly the text the Docker
 * daemon puts into its {@code {"message": ...}} error body.
 */
public class BerthException extends RuntimeException {
  private final ErrorKind kind;

  public BerthException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public BerthException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }

  public int httpStatus() {
    return kind.httpStatus();
  }
}
