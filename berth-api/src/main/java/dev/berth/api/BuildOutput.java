package dev.berth.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the classic builder's text output into the daemon's JSON message stream: one
 * {@code {"stream":...}} per flushed write, the step header and its newline as two messages (as the
 * daemon prints them), and {@code {"aux":{"ID":...}}} just before {@code Successfully built}. With
 * {@code q=1} the messages are kept back: success sends only the image ID, failure sends them all.
 */
final class BuildOutput extends OutputStream {
  private static final Pattern STEP = Pattern.compile("Step [0-9]+/[0-9]+ : .*\n", Pattern.DOTALL);
  private static final Pattern BUILT = Pattern.compile("Successfully built [0-9a-f]{12}\n");

  private final OutputStream sink;
  private final boolean quiet;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final List<byte[]> afterBuilt = new ArrayList<>();
  private boolean built;
  private boolean sent;

  /** @param sink the answer, started by its first write */
  BuildOutput(OutputStream sink, boolean quiet) {
    this.sink = sink;
    this.quiet = quiet;
  }

  @Override
  public synchronized void write(int b) {
    pending.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    pending.write(b, off, len);
  }

  @Override
  public synchronized void flush() throws IOException {
    if (pending.size() == 0) {
      return;
    }
    String text = pending.toString(StandardCharsets.UTF_8);
    pending.reset();
    if (STEP.matcher(text).matches()) {
      emit(GoJsonText.stream(text.substring(0, text.length() - 1)));
      emit(GoJsonText.stream("\n"));
      return;
    }
    if (BUILT.matcher(text).matches()) {
      built = true;
    }
    emit(GoJsonText.stream(text));
  }

  private void emit(byte[] message) throws IOException {
    if (built) {
      afterBuilt.add(message);
    } else if (quiet) {
      kept.write(message);
    } else {
      send(message);
    }
  }

  private void send(byte[] message) throws IOException {
    sent = true;
    sink.write(message);
  }

  /** The build produced {@code imageId}: the aux record, then what followed {@code Successfully built}. */
  synchronized void succeed(String imageId) throws IOException {
    flush();
    if (quiet) {
      send(GoJsonText.stream(imageId + "\n"));
    } else {
      send(GoJsonText.message(GoJsonText.object().raw("aux", GoJsonText.object().string("ID", imageId).end()).end()));
      for (byte[] m : afterBuilt) {
        send(m);
      }
    }
    sink.close();
  }

  /**
   * The build failed: before any output the error is rethrown (the daemon's HTTP error); after it,
   * the kept messages and then the error message end the stream.
   */
  synchronized void fail(RuntimeException error, Integer code) throws IOException {
    flush();
    if (kept.size() > 0) {
      send(kept.toByteArray());
    }
    for (byte[] m : afterBuilt) {
      send(m);
    }
    if (!sent) {
      throw error;
    }
    send(GoJsonText.error(error.getMessage(), code));
    sink.close();
  }
}
