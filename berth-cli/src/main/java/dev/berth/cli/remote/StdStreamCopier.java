package dev.berth.cli.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A container's output as the daemon sends it (attach, exec, logs): without a TTY, frames of an
 * 8-byte header (stream 1 = stdout, 2 = stderr, 3 = the daemon's error; the payload length as a
 * big-endian uint32) and their payload; with a TTY one raw stream, all of it stdout.
 */
final class StdStreamCopier {
  private StdStreamCopier() {}

  /** Copies until the daemon ends the stream; a frame of stream 3 is thrown as the daemon's error. */
  static void copy(InputStream in, boolean multiplexed, OutputStream out, OutputStream err) throws IOException {
    if (!multiplexed) {
      byte[] buf = new byte[32 * 1024];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        out.flush();
      }
      return;
    }
    byte[] header = new byte[8];
    while (true) {
      int got = in.readNBytes(header, 0, 8);
      if (got < 8) {
        return;
      }
      int length = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
          | (header[7] & 0xff);
      byte[] payload = in.readNBytes(length);
      switch (header[0]) {
        case 0, 1 -> {
          out.write(payload);
          out.flush();
        }
        case 2 -> {
          err.write(payload);
          err.flush();
        }
        case 3 -> throw new IOException(new String(payload, StandardCharsets.UTF_8));
        default -> throw new IOException("Unrecognized input header: " + header[0]);
      }
      if (payload.length < length) {
        return;
      }
    }
  }
}
