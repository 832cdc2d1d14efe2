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
        Progress.this.write(new byte[] {(byte) b}, 0, 1, red);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (len > 0) {
          Progress.this.write(b, off, len, red);
        }
      }
    };
  }
}
