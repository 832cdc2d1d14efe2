package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReaderTest {
  static final String LOG =
      "2026-11-28T01:28:18.656852074+00:00 stderr F err\n"
          + "2026-11-28T01:28:18.656907426+00:00 stdout F hi\n"
          + "2026-11-28T01:40:24.421093357+00:00 stdout P no-newline-yet\n"
          + "2026-11-28T01:40:24.718902892+00:00 stdout F  ...done\n"
          + "2026-11-28T01:40:25.000000000+00:00 stdout F \n"
          + "2026-11-28T01:40:26.100000000+00:00 stdout F tab\there\r\n"
          + "2026-11-28T01:40:27.000000000+00:00 stdout P partial\n";

  @TempDir Path dir;

  private String[] copy(LogOptions opts) throws Exception {
    Path log = dir.resolve("ctr.log");
    Files.writeString(log, LOG);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new LogReader(log).copy(opts, out, err, () -> true);
    return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void streamsAreSeparatedAndPartialsJoined() throws Exception {
    String[] r = copy(LogOptions.all());
    assertThat(r[0]).isEqualTo("hi\nno-newline-yet ...done\n\ntab\there\r\npartial");
    assertThat(r[1]).isEqualTo("err\n");
  }

  @Test
  void aRunningContainersReplayLeavesItsUnfinishedLineOut() throws Exception {
    Path log = dir.resolve("replay.log");
    Files.writeString(log, LOG);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new LogReader(log).copyCompleteLines(LogOptions.all(), out, err);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi\nno-newline-yet ...done\n\ntab\there\r\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
  }

  @Test
  void attachedFollowingWritesEachRecordAtOnceToItsStream() throws Exception {
    Path log = dir.resolve("attach.log");
    Files.writeString(log, LOG);
    java.util.List<String> writes = new java.util.ArrayList<>();
    java.io.OutputStream out = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("one write per record");
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(new String(b, off, len, StandardCharsets.UTF_8));
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new LogReader(log).followRecords(0, out, err, true, false, () -> true);
    assertThat(writes).containsExactly("hi\n", "no-newline-yet", " ...done\n", "\n", "tab\there\r\n", "partial");
    assertThat(err.size()).isZero(); // stderr not wanted
  }

  @Test
  void rawFollowingPassesEveryRecordAtOnceInOrder() throws Exception {
    Path log = dir.resolve("exec.log");
    Files.writeString(log, LOG);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.util.List<String> writes = new java.util.ArrayList<>();
    java.io.OutputStream recording = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        out.write(b);
      }

      @Override
      public void flush() {
        writes.add(out.toString(StandardCharsets.UTF_8));
      }
    };
    new LogReader(log).followRaw(0, recording, () -> true);
    // a terminal's bytes: one stream, a partial record passed on without waiting for its line
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("err\nhi\nno-newline-yet ...done\n\ntab\there\r\npartial");
    assertThat(writes).isNotEmpty();
  }

  @Test
  void timestampsUseDockersFormatAndTheFirstChunksTime() throws Exception {
    String[] r = copy(LogOptions.all().withTimestamps(true).withTail(3));
    assertThat(r[0]).isEqualTo("2026-11-28T01:40:25.000000000Z \n"
        + "2026-11-28T01:40:26.100000000Z tab\there\r\n"
        + "2026-11-28T01:40:27.000000000Z partial");
    assertThat(r[1]).isEmpty();
    assertThat(copy(LogOptions.all().withTimestamps(true))[1])
        .isEqualTo("2026-11-28T01:28:18.656852074Z err\n");
  }

  @Test
  void tailCountsLinesOfBothStreams() throws Exception {
    assertThat(copy(LogOptions.all().withTail(0))).containsExactly("", "");
    String[] r = copy(LogOptions.all().withTail(5));
    assertThat(r[1]).isEqualTo("");
    assertThat(r[0]).startsWith("hi\n");
  }

  @Test
  void sinceAndUntilFilterByTime() throws Exception {
    String[] r = copy(LogOptions.all()
        .withSince(Instant.parse("2026-11-28T01:40:24.421093357Z"))
        .withUntil(Instant.parse("2026-11-28T01:40:25Z")));
    assertThat(r[0]).isEqualTo("no-newline-yet ...done\n\n");
    assertThat(r[1]).isEmpty();
  }

  @Test
  void lines() throws Exception {
    Files.writeString(dir.resolve("ctr.log"), LOG);
    assertThat(new LogReader(dir.resolve("ctr.log")).lines()).hasSize(6);
  }

  @Test
  void aLogLongerThanOneReadIsReadToItsEndOnceFinished() throws Exception {
    Path log = dir.resolve("big.log");
    StringBuilder b = new StringBuilder();
    int lines = 3 * LogReader.CHUNK / 48 + 7;
    for (int i = 0; i < lines; i++) {
      b.append("2026-11-28T01:28:18.656907426+00:00 stdout F X\n");
    }
    Files.writeString(log, b);
    LogOptions follow = new LogOptions(true, true, -1, false, null, null, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // the container is already gone: the follower still writes every line there is
    new LogReader(log).copy(follow, out, new ByteArrayOutputStream(), () -> true);
    assertThat(out.size()).isEqualTo(2 * lines);
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    new LogReader(log).copy(LogOptions.all().withTail(2), tail, new ByteArrayOutputStream(), () -> true);
    assertThat(tail.toString(StandardCharsets.UTF_8)).isEqualTo("X\nX\n");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    new LogReader(log).followRaw(0, raw, () -> true);
    assertThat(raw.size()).isEqualTo(2 * lines);
  }
}
