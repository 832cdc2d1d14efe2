package dev.berth.bench;

import dev.berth.content.Digest;
import dev.berth.layer.LayerTarWriter;
import dev.berth.layer.LayerUnpacker;
import dev.berth.layer.TarEntry;
import dev.berth.layer.TarStreamReader;
import dev.berth.store.BerthStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tar entry parsing ({@link TarStreamReader}) and tar-split reassembly ({@link LayerTarWriter},
 * the heart of {@code save}) over a layer of 2,000 small files (1-4 KiB) held in memory / on disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TarBench {
  private static final int FILES = 2000;

  private byte[] layer;
  private byte[] record;
  private Path dir;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    Random rnd = new Random(7);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int d = 0; d < 20; d++) {
        TarArchiveEntry e = new TarArchiveEntry("files/d" + d + "/");
        e.setModTime(1_700_000_000_000L);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
      }
      for (int i = 0; i < FILES; i++) {
        byte[] body = new byte[1024 + rnd.nextInt(3072)];
        rnd.nextBytes(body);
        TarArchiveEntry e = new TarArchiveEntry("files/d" + (i % 20) + "/f" + i);
        e.setSize(body.length);
        e.setModTime(1_700_000_000_000L);
        tar.putArchiveEntry(e);
        tar.write(body);
        tar.closeArchiveEntry();
      }
    }
    layer = bytes.toByteArray();
    dir = Files.createTempDirectory("berth-jmh-tar");
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    new LayerUnpacker(LayerUnpacker.Options.forCurrentUser()).unpack(new ByteArrayInputStream(layer), dir, rec, null);
    record = rec.toByteArray();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BerthStore.deleteTree(dir);
  }

  /** Headers and bodies of every entry, as load reads them (bodies drained, not written). */
  @Benchmark
  public long parseEntries(Blackhole bh) throws IOException {
    TarStreamReader reader = new TarStreamReader(new ByteArrayInputStream(layer), Long.MAX_VALUE);
    byte[] buf = new byte[8192];
    long n = 0;
    TarEntry e;
    while ((e = reader.next()) != null) {
      bh.consume(e);
      InputStream body = reader.body();
      int r;
      while ((r = body.read(buf)) > 0) {
        n += r;
      }
      bh.consume(reader.drainRaw());
    }
    return n;
  }

  /** The exact layer tar regenerated from the unpacked files and the record (save). */
  @Benchmark
  public Digest reassemble() throws IOException {
    return LayerTarWriter.write(dir, new ByteArrayInputStream(record), OutputStream.nullOutputStream());
  }
}
