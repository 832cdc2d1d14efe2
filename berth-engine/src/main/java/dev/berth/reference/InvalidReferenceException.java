package dev.berth.reference;

import dev.berth.errors.InvalidArgumentException;

/**
 * A string that is not a valid image reference. The message is the daemon's text for the problem
 * (for example {@code invalid reference format}); it is a 400 wherever the daemon resolves an image
 * argument. Callers that Docker answers with another status (the tag endpoint: 500) rethrow the
 * message with their own kind.
 */
public class InvalidReferenceException extends InvalidArgumentException {
  public InvalidReferenceException(String message) {
    super(message);
  }
}
