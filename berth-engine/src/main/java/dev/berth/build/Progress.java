package dev.berth.build;

import dev.berth.errors.SystemException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The build's output stream as the classic builder writes it: whole lines, the RUN container's
 * stdout as is and its stderr wrapped in {@code ESC[91m ... ESC[0m}. Writes are serialised because
 * the container's two streams are pumped by different threads.
 */
final class Progress {
  private static final byte[] RED = "\u001b[91m".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RESET = "\u001b[0m".getBytes(StandardCharsets.US_ASCII);
  private final OutputStream out;
  private final java.io.ByteArrayOutputStream pendingErr = new java.io.ByteArrayOutputStream();

  Progress(OutputStream out) {
    this.out = out;
  }

  synchronized void line(String text) {
    write((text + "\n").getBytes(StandardCharsets.UTF_8), 0, -1, false);
  }

  private synchronized void write(byte[] b, int off, int len, boolean red) {
    try {
      if (red) {
        out.write(RED);
      }
      out.write(b, off, len < 0 ? b.length : len);
      if (red) {
        out.write(RESET);
      }
      out.flush();
    } catch (IOException e) {
      throw new SystemException("writing build output: " + e.getMessage(), e);
    }
  }

  /** Stderr is wrapped per whole line (the container's writes may split a line). */
  private synchronized void writeErr(byte[] b, int off, int len) {
    pendingErr.write(b, off, len);
    byte[] all = pendingErr.toByteArray();
    int last = -1;
    for (int i = all.length - 1; i >= 0; i--) {
      if (all[i] == '\n') {
        last = i;
        break;
      }
    }
    if (last >= 0) {
      write(all, 0, last + 1, true);
      pendingErr.reset();
      pendingErr.write(all, last + 1, all.length - last - 1);
    }
  }

  /** Writes a trailing partial stderr line once the container has exited. */
  synchronized void finishStderr() {
    if (pendingErr.size() > 0) {
      byte[] rest = pendingErr.toByteArray();
      pendingErr.reset();
      write(rest, 0, rest.length, true);
    }
  }

  OutputStream stdout() {
    return stream(false);
  }

  OutputStream stderr() {
    return stream(true);
  }

  private OutputStream stream(boolean red) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (len > 0 && red) {
          writeErr(b, off, len);
        } else if (len > 0) {
          Progress.this.write(b, off, len, false);
        }
      }
    };
  }
}
