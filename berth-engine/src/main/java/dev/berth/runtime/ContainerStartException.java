package dev.berth.runtime;

import dev.berth.errors.SystemException;

/**
 * The OCI runtime could not start the container's process. The message is the Docker daemon's
 * text; {@link #exitStatus()} is what {@code docker run} exits with: 127 (command not found), 126
 * (not executable) or 125 (any other failure).
 */
public final class ContainerStartException extends SystemException {
  private final int exitStatus;

  public ContainerStartException(String message, int exitStatus) {
    super(message);
    this.exitStatus = exitStatus;
  }

  public int exitStatus() {
    return exitStatus;
  }

  /** Builds Docker's error from runc's create error text (a logrus line or a bare message). */
  static ContainerStartException fromRuncCreateError(String runcOutput) {
    String msg = runcMessage(runcOutput);
    int status = 125;
    if (msg.contains("executable file not found") || msg.contains("no such file or directory")) {
      status = 127;
    } else if (msg.contains("permission denied")) {
      status = 126;
    }
    return new ContainerStartException(
        "failed to create shim task: OCI runtime create failed: " + msg + ": unknown", status);
  }

  // runc logs `time="..." level=error msg="..."`; take the last msg value, unescaped.
  static String runcMessage(String output) {
    String text = output.strip();
    int at = text.lastIndexOf("msg=\"");
    if (at < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = at + 5; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        sb.append(text.charAt(++i));
      } else if (c == '"') {
        break;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
