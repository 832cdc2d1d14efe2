package dev.berth.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Turns conmon's k8s-file log ({@code <RFC3339Nano> <stdout|stderr> <F|P> <payload>}) into
 * {@code docker logs} output. Partial ({@code P}) records are joined with the rest of their line,
 * as Docker's log copier only cuts lines at newlines.
 */
public final class LogReader {
  private static final DateTimeFormatter DOCKER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path logFile;

  public LogReader(Path logFile) {
    this.logFile = logFile;
  }

  /** Docker's {@code -t} prefix format: RFC3339 with 9 fraction digits, UTC. */
  public static String dockerTimestamp(Instant t) {
    return DOCKER_TIME.format(t);
  }

  /** Every complete line in the log so far (a trailing partial line included, incomplete). */
  public List<LogLine> lines() {
    Parser parser = new Parser();
    try {
      if (Files.exists(logFile)) {
        parser.feed(Files.readAllBytes(logFile));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LogLine> out = new ArrayList<>(parser.complete);
    parser.flushPartials(out);
    return out;
  }

  /**
   * Writes the log to {@code out}/{@code err}. With {@code follow}, keeps reading until {@code
   * finished} is true (checked before each final read, so nothing written before is missed).
   */
  public void copy(LogOptions opts, OutputStream out, OutputStream err, BooleanSupplier finished)
      throws IOException {
    copyFrom(0, opts, out, err, finished);
  }

  /** The log's current size: a start offset for output that is yet to come. */
  public long size() throws IOException {
    return Files.exists(logFile) ? Files.size(logFile) : 0;
  }

  /** As {@link #copy}, starting at byte {@code start} (a record boundary, e.g. {@link #size}). */
  public void copyFrom(long start, LogOptions opts, OutputStream out, OutputStream err,
      BooleanSupplier finished) throws IOException {
    copyFrom(start, opts, out, err, finished, true);
  }

  /**
   * The complete lines of a running container's log, without its unfinished last line: what the
   * daemon's log copier has written so far (it holds a line until its newline comes), as an
   * attachment with {@code logs=1} replays it.
   */
  public void copyCompleteLines(LogOptions opts, OutputStream out, OutputStream err) throws IOException {
    copyFrom(0, opts, out, err, () -> true, false);
  }

  private void copyFrom(long start, LogOptions opts, OutputStream out, OutputStream err,
      BooleanSupplier finished, boolean partialsAtEnd) throws IOException {
    Parser parser = new Parser();
    long offset = start;
    boolean first = true;
    while (true) {
      boolean done = !opts.follow() || finished.getAsBoolean();
      long before = offset;
      offset = readFrom(offset, parser);
      // a read stops at CHUNK bytes: the tail is counted over everything there is, and the end
      // comes only once the log is read to its end
      while (first && opts.tail() >= 0 && offset - before == CHUNK) {
        before = offset;
        offset = readFrom(offset, parser);
      }
      boolean more = offset - before == CHUNK;
      done = done && !more;
      List<LogLine> ready = new ArrayList<>(parser.complete);
      parser.complete.clear();
      if (done && partialsAtEnd) {
        parser.flushPartials(ready);
      }
      if (first && opts.tail() >= 0) {
        ready = ready.subList(Math.max(0, ready.size() - opts.tail()), ready.size());
      }
      first = false;
      for (LogLine line : ready) {
        if (opts.until() != null && line.time().isAfter(opts.until())) {
          return;
        }
        if (opts.since() != null && line.time().isBefore(opts.since())) {
          continue;
        }
        if (line.stderr() ? !opts.stderr() : !opts.stdout()) {
          continue;
        }
        write(line, opts, line.stderr() ? err : out);
      }
      if (done) {
        return;
      }
      if (more) {
        continue;
      }
      if (!pause()) {
        return;
      }
    }
  }

  /**
   * A terminal's output as it was written: every record from byte {@code start}, stdout and
   * stderr alike, partial ones at once (a prompt has no newline), until {@code finished} is true
   * (checked before each final read, so nothing written before is missed).
   */
  public void followRaw(long start, OutputStream out, BooleanSupplier finished) throws IOException {
    Parser parser = new Parser(true);
    long offset = start;
    while (true) {
      boolean done = finished.getAsBoolean();
      long before = offset;
      offset = readFrom(offset, parser);
      boolean more = offset - before == CHUNK;
      done = done && !more;
      for (LogLine line : parser.complete) {
        out.write(line.text());
        if (line.complete()) {
          out.write('\n');
        }
      }
      if (!parser.complete.isEmpty()) {
        out.flush();
      }
      parser.complete.clear();
      if (done) {
        return;
      }
      if (more) {
        continue;
      }
      if (!pause()) {
        return;
      }
    }
  }

  /**
   * An attachment's output without a terminal: every record from byte {@code start} as it was
   * written, partial ones at once (the daemon streams each write of the container, newline or
   * not), one write per record to {@code out} (stdout) or {@code err} (stderr), each only when
   * wanted, until {@code finished} is true (checked before each final read).
   */
  public void followRecords(long start, OutputStream out, OutputStream err, boolean stdout, boolean stderr,
      BooleanSupplier finished) throws IOException {
    Parser parser = new Parser(true);
    long offset = start;
    while (true) {
      boolean done = finished.getAsBoolean();
      long before = offset;
      offset = readFrom(offset, parser);
      // a full read may have left more: the end comes only once the log is read to its end
      boolean more = offset - before == CHUNK;
      done = done && !more;
      for (LogLine line : parser.complete) {
        if (line.stderr() ? !stderr : !stdout) {
          continue;
        }
        OutputStream sink = line.stderr() ? err : out;
        byte[] text = line.text();
        byte[] b = line.complete() ? java.util.Arrays.copyOf(text, text.length + 1) : text;
        if (line.complete()) {
          b[text.length] = '\n';
        }
        sink.write(b);
        sink.flush();
      }
      parser.complete.clear();
      if (done) {
        return;
      }
      if (!more && !pause()) {
        return;
      }
    }
  }

  /** Waits a little for the log to grow; false when interrupted. */
  private static boolean pause() {
    try {
      Thread.sleep(20);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // One write per line: a multiplexing sink makes each write one frame, as Docker frames lines.
  private static void write(LogLine line, LogOptions opts, OutputStream sink)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(line.text().length + 40);
    if (opts.timestamps()) {
      b.write((dockerTimestamp(line.time()) + " ").getBytes(StandardCharsets.US_ASCII));
    }
    if (opts.details() != null) {
      b.write((opts.details() + " ").getBytes(StandardCharsets.UTF_8));
    }
    b.write(line.text());
    if (line.complete()) {
      b.write('\n');
    }
    sink.write(b.toByteArray());
    sink.flush();
  }

  /** The most one read takes from the log file. */
  static final int CHUNK = 1 << 20;

  private long readFrom(long offset, Parser parser) throws IOException {
    if (!Files.exists(logFile)) {
      return offset;
    }
    try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
      long len = f.length();
      if (len <= offset) {
        return offset;
      }
      byte[] buf = new byte[(int) Math.min(len - offset, CHUNK)];
      f.seek(offset);
      f.readFully(buf);
      parser.feed(buf);
      return offset + buf.length;
    }
  }

  /** Incremental parser: bytes in, lines out; keeps an unfinished record and partial lines. */
  private static final class Parser {
    final List<LogLine> complete = new ArrayList<>();
    /** Each record as it is (partial ones included), without joining lines. */
    private final boolean raw;

    Parser() {
      this(false);
    }

    Parser(boolean raw) {
      this.raw = raw;
    }

    private final ByteArrayOutputStream record = new ByteArrayOutputStream();
    private final Partial[] partial = {new Partial(), new Partial()};

    private static final class Partial {
      Instant time;
      final ByteArrayOutputStream text = new ByteArrayOutputStream();
    }

    void feed(byte[] bytes) {
      for (byte b : bytes) {
        if (b == '\n') {
          parseRecord(record.toByteArray());
          record.reset();
        } else {
          record.write(b);
        }
      }
    }

    void flushPartials(List<LogLine> out) {
      Deque<LogLine> pending = new ArrayDeque<>();
      for (int s = 0; s < 2; s++) {
        Partial p = partial[s];
        if (p.time != null) {
          pending.add(new LogLine(p.time, s == 1, p.text.toByteArray(), false));
          p.time = null;
          p.text.reset();
        }
      }
      pending.stream().sorted((a, b) -> a.time().compareTo(b.time())).forEach(out::add);
    }

    private void parseRecord(byte[] rec) {
      int s1 = indexOf(rec, 0);
      int s2 = s1 < 0 ? -1 : indexOf(rec, s1 + 1);
      if (s2 < 0 || s2 + 2 > rec.length) {
        return; // not a k8s-file record
      }
      Instant time;
      try {
        time = OffsetDateTime.parse(new String(rec, 0, s1, StandardCharsets.US_ASCII)).toInstant();
      } catch (RuntimeException e) {
        return;
      }
      boolean stderr = new String(rec, s1 + 1, s2 - s1 - 1, StandardCharsets.US_ASCII)
          .equals("stderr");
      boolean full = rec[s2 + 1] == 'F';
      int start = Math.min(rec.length, s2 + 3);
      if (raw) {
        complete.add(new LogLine(time, stderr, java.util.Arrays.copyOfRange(rec, start, rec.length), full));
        return;
      }
      Partial p = partial[stderr ? 1 : 0];
      if (p.time == null) {
        p.time = time;
      }
      p.text.write(rec, start, rec.length - start);
      if (full) {
        complete.add(new LogLine(p.time, stderr, p.text.toByteArray(), true));
        p.time = null;
        p.text.reset();
      }
    }

    private static int indexOf(byte[] a, int from) {
      for (int i = from; i < a.length; i++) {
        if (a[i] == ' ') {
          return i;
        }
      }
      return -1;
    }
  }
}
