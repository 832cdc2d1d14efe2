package dev.berth.bench;

import dev.berth.reference.Reference;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** {@link Reference#parse} over the shapes the CLI sees: short names, tags, registries, digests. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ReferenceParseBench {
  @Param({
    "busybox",
    "bench/img:4711",
    "registry.example.com:5000/team/app:v1.2.3",
    "ubuntu@sha256:45b23dee08af5e43a7fea6c4cf9c25ccf269ee113168c19722f87876677c5cb2"
  })
  public String reference;

  @Benchmark
  public void parse(Blackhole bh) {
    bh.consume(Reference.parse(reference));
  }

  @Benchmark
  public void parseAndNormalize(Blackhole bh) {
    bh.consume(Reference.parse(reference).withDefaultTag().normalizedString());
  }
}
