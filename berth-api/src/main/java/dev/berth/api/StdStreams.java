package dev.berth.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A container's stdout and stderr written onto one connection. Without a TTY the daemon
 * multiplexes them: every write becomes a frame of an 8-byte header (stream type 1 = stdout,
 * 2 = stderr, three zero bytes, the payload length as a big-endian uint32) and the payload. With a
 * TTY there is one raw stream.
 */
final class StdStreams {
  static final int STDOUT = 1;
  static final int STDERR = 2;

  private final OutputStream sink;
  private final boolean multiplexed;

  StdStreams(OutputStream sink, boolean multiplexed) {
    this.sink = sink;
    this.multiplexed = multiplexed;
  }

  OutputStream stdout() {
    return stream(STDOUT);
  }

  OutputStream stderr() {
    return stream(STDERR);
  }

  /** The stream of one type; writes from several threads do not interleave within a frame. */
  OutputStream stream(int type) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return;
        }
        synchronized (sink) {
          if (multiplexed) {
            sink.write(header(type, len));
          }
          sink.write(b, off, len);
          sink.flush();
        }
      }

      @Override
      public void flush() throws IOException {
        synchronized (sink) {
          sink.flush();
        }
      }
    };
  }

  static byte[] header(int type, int length) {
    return new byte[] {(byte) type, 0, 0, 0,
        (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
  }
}
