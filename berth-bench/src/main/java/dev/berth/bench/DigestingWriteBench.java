package dev.berth.bench;

import dev.berth.content.Digest;
import dev.berth.layer.DigestingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * sha256 of 16 MiB written in 64 KiB pieces (save's inner loop): {@link DigestingOutputStream}, which
 * hashes on a companion thread, against hashing inline before each write. The sink is free
 * ({@code null}) or a file in java.io.tmpdir ({@code file}, page-cache writes): the companion thread
 * can only win when writing costs something, and the {@code null} rows show its hand-off overhead.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DigestingWriteBench {
  private static final int PIECE = 64 << 10;

  @Param({"null", "file"})
  public String sink;

  private byte[] data;
  private Path file;

  @Setup
  public void setup() throws IOException {
    data = new byte[16 << 20];
    new Random(1).nextBytes(data);
    file = Files.createTempFile("digesting-write-bench", ".bin");
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  private OutputStream open() throws IOException {
    return sink.equals("file") ? Files.newOutputStream(file) : OutputStream.nullOutputStream();
  }

  /** Ops/s times 16 MiB = bytes/s. */
  @Benchmark
  public Object companionThread() throws IOException {
    try (OutputStream target = open(); DigestingOutputStream out = new DigestingOutputStream(target)) {
      for (int off = 0; off < data.length; off += PIECE) {
        out.write(data, off, PIECE);
      }
      return out.digest();
    }
  }

  @Benchmark
  public Object inline() throws IOException {
    MessageDigest sha256 = Digest.newSha256();
    try (OutputStream out = open()) {
      for (int off = 0; off < data.length; off += PIECE) {
        sha256.update(data, off, PIECE);
        out.write(data, off, PIECE);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
