package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Engine;
import dev.berth.errors.BerthException;
import dev.berth.image.Filters;
import dev.berth.image.ImageImporter;
import dev.berth.image.ImageSummary;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's invariants hold after normal work, concurrent work and bad input. */
class StoreInvariantsTest {
  @TempDir Path dir;

  static byte[] tar(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.write(body);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  StorePaths paths() {
    return new StorePaths(dir.resolve("root"), dir.resolve("run"));
  }

  @Test
  void storeChecksCleanAfterImportsTagsRemovalsAndPrune() throws IOException {
    try (Engine e = Engine.open(paths())) {
      ImageImporter importer = new ImageImporter(e.store());
      importer.importTar(new ByteArrayInputStream(tar("one")), "a:1", null);
      importer.importTar(new ByteArrayInputStream(tar("two")), "a:1", null);
      importer.importTar(new ByteArrayInputStream(tar("one")), "b:1", null);
      e.images().tag("b:1", "docker.io/library/c", "1");
      e.containers().create("c:1", "holder", "{\"Cmd\":[\"true\"]}");
      e.images().remove("b:1", false, false);
      e.images().prune(Filters.empty().with("dangling", "true"));
      assertThat(new StoreCheck(e.store()).run()).isEmpty();
    }
  }

  @Test
  void hostileLayerLeavesTheStoreUnchanged() throws IOException {
    try (Engine e = Engine.open(paths())) {
      new ImageImporter(e.store()).importTar(new ByteArrayInputStream(tar("ok")), "ok:1", null);
      List<ImageSummary> before = e.images().list(true, Filters.empty());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
        TarArchiveEntry escape = new TarArchiveEntry("../../escaped");
        escape.setSize(1);
        tar.putArchiveEntry(escape);
        tar.write('x');
        tar.closeArchiveEntry();
      }
      try {
        new ImageImporter(e.store()).importTar(new ByteArrayInputStream(bytes.toByteArray()), "bad:1", null);
      } catch (BerthException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      assertThat(e.images().list(true, Filters.empty())).isEqualTo(before);
      assertThat(Files.exists(dir.resolve("escaped"))).isFalse();
      assertThat(Files.exists(dir.resolve("root/escaped"))).isFalse();
      try (var staged = Files.list(e.store().paths().staging())) {
        assertThat(staged).isEmpty();
      }
      assertThat(new StoreCheck(e.store()).run()).isEmpty();
    }
  }

  @Test
  void concurrentEnginesOnOneStoreLoseNoTag() throws Exception {
    try (Engine setup = Engine.open(paths())) {
      new ImageImporter(setup.store()).importTar(new ByteArrayInputStream(tar("base")), "base:1", null);
    }
    int workers = 4;
    int tagsEach = 25;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      futures.add(pool.submit(() -> {
        // each worker is its own engine = its own database connection, as separate processes are
        try (Engine e = Engine.open(paths())) {
          for (int i = 0; i < tagsEach; i++) {
            e.images().tag("base:1", "docker.io/library/w" + worker, "t" + i);
            if (i % 2 == 1) {
              e.images().remove("w" + worker + ":t" + i, false, false);
            }
            if (i % 10 == 0) {
              e.images().prune(Filters.empty().with("dangling", "true"));
            }
          }
        } catch (RuntimeException ex) {
          errors.add(ex.toString());
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(errors).isEmpty();
    try (Engine e = Engine.open(paths())) {
      List<String> tags = e.images().list(false, Filters.empty()).get(0).repoTags();
      assertThat(tags).hasSize(1 + workers * ((tagsEach + 1) / 2));
      assertThat(new StoreCheck(e.store()).run()).isEmpty();
    }
  }
}
