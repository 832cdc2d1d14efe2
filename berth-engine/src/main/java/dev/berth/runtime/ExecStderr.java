package dev.berth.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stderr of {@code runc exec}: the process's stderr, except that when runc cannot start the
 * process it prints its own {@code exec failed: ...} line there too. Docker shows that failure
 * once, as the daemon's error, so a first line that looks like runc's is held back until the exec
 * is known to have run ({@link #release}) or failed ({@link #discard}).
 */
final class ExecStderr extends OutputStream {
  private static final byte[] RUNC_PREFIX = "exec failed: ".getBytes(StandardCharsets.UTF_8);

  private final OutputStream sink;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private boolean passing;

  ExecStderr(OutputStream sink) {
    this.sink = sink;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    if (passing) {
      sink.write(b, off, len);
      return;
    }
    held.write(b, off, len);
    byte[] sofar = held.toByteArray();
    for (int i = 0; i < Math.min(sofar.length, RUNC_PREFIX.length); i++) {
      if (sofar[i] != RUNC_PREFIX[i]) {
        release();
        return;
      }
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (passing) {
      sink.flush();
    }
  }

  /** The exec ran: whatever was held is the process's own output. */
  synchronized void release() throws IOException {
    passing = true;
    sink.write(held.toByteArray());
    held.reset();
    sink.flush();
  }

  /** runc failed to start the process: the held line was its error. */
  synchronized void discard() {
    held.reset();
  }
}
