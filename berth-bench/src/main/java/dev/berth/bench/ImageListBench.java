package dev.berth.bench;

import dev.berth.engine.Engine;
import dev.berth.image.Filters;
import dev.berth.image.ImageLoader;
import dev.berth.image.LayerStaging;
import dev.berth.image.StagedLayer;
import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.openjdk.jmh.annotations.*;

/**
 * {@code ImageService.list} (the query behind {@code images}) over a store of 5,000 images, a
 * tenth of them dangling, all on one tiny layer, each with one label (like bench/images-list.sh).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class ImageListBench {
  @Param({"5000"})
  public int images;

  private Path root;
  private Engine engine;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    root = Files.createTempDirectory("berth-jmh-list");
    engine = Engine.open(new StorePaths(root.resolve("root"), root.resolve("run")));
    ByteArrayOutputStream layer = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(layer)) {
      TarArchiveEntry e = new TarArchiveEntry("etc/bench");
      e.setSize(6);
      tar.putArchiveEntry(e);
      tar.write("bench\n".getBytes(StandardCharsets.UTF_8));
      tar.closeArchiveEntry();
    }
    StagedLayer staged = new LayerStaging(engine.store()).stage(new ByteArrayInputStream(layer.toByteArray()), null);
    List<ImageLoader.ArchiveImage> all = new ArrayList<>();
    for (int i = 0; i < images; i++) {
      String config = "{\"architecture\":\"amd64\",\"config\":{\"Labels\":{\"bench\":\"img-" + i + "\"}},"
          + "\"created\":\"2023-11-14T22:13:20Z\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
          + staged.diffId() + "\"]}}";
      List<String> tags = i < images - images / 10 ? List.of("bench/img:" + i) : List.of();
      all.add(new ImageLoader.ArchiveImage(config.getBytes(StandardCharsets.UTF_8), tags, List.of(staged.diffId()), null));
    }
    new ImageLoader(engine.store()).commit(all, Map.of(staged.diffId(), staged));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
    BerthStore.deleteTree(root);
  }

  @Benchmark
  public Object listAll() {
    return engine.images().list(false, Filters.empty());
  }

  @Benchmark
  public Object listDangling() {
    return engine.images().list(false, Filters.empty().with("dangling", "true"));
  }

  @Benchmark
  public Object listReference() {
    return engine.images().list(false, Filters.empty().with("reference", "bench/img:4*"));
  }
}
