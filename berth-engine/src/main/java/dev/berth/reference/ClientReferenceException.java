package dev.berth.reference;

import dev.berth.errors.InvalidArgumentException;

/**
 * A reference the docker CLI itself refuses before it contacts the daemon, such as {@code Error
 * parsing reference: "UPPER:1" is not a valid repository/tag: ...}. The CLI prints the message as
 * it is, without the {@code Error response from daemon: } prefix, and exits 1.
 */
public class ClientReferenceException extends InvalidArgumentException {
  public ClientReferenceException(String message) {
    super(message);
  }
}
