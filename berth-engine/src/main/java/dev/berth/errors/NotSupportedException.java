package dev.berth.errors;

/** A feature berth does not have yet: said plainly instead of faking a result. */
public class NotSupportedException extends BerthException {
  public NotSupportedException(String what) {
    super(ErrorKind.NOT_IMPLEMENTED, what + ": not supported yet by berth");
  }
}
