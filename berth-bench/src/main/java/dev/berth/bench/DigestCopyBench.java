package dev.berth.bench;

import dev.berth.layer.DigestingInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/** sha256 while copying 16 MiB through {@link DigestingInputStream} (load's inner loop). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DigestCopyBench {
  @Param({"8192", "65536"})
  public int bufferSize;

  private byte[] data;
  private byte[] buf;

  @Setup
  public void setup() {
    data = new byte[16 << 20];
    new Random(1).nextBytes(data);
    buf = new byte[bufferSize];
  }

  /** Ops/s times 16 MiB = bytes/s. */
  @Benchmark
  public Object digestWhileCopying() throws IOException {
    DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(data));
    OutputStream out = OutputStream.nullOutputStream();
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
    }
    return in.digest();
  }
}
