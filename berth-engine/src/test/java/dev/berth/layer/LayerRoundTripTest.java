package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.berth.content.Digest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** unpack -> regenerate gives the identical tar, for random trees (seeded QuickTheories). */
class LayerRoundTripTest {
  @TempDir Path tmp;

  private static final boolean ROOT = NativeFs.geteuid() == 0;
  private static final boolean UTF8_PATHS =
      Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(java.nio.charset.StandardCharsets.UTF_8);

  /** What a generated tree must look like on disk after unpacking. */
  record Expected(Map<String, byte[]> files, Map<String, String> symlinks, Map<String, Integer> modes,
      Set<String> whiteouts, Set<String> opaqueDirs, long size) {}

  @Test
  void randomTreesRoundTripPlain() {
    roundTrips(WhiteoutFormat.PLAIN, 11L);
  }

  @Test
  void randomTreesRoundTripOverlay() {
    org.junit.jupiter.api.Assumptions.assumeTrue(ROOT, "overlay whiteouts need root");
    roundTrips(WhiteoutFormat.OVERLAY, 12L);
  }

  private void roundTrips(WhiteoutFormat format, long seed) {
    qt().withFixedSeed(seed).withExamples(40).forAll(longs().all()).checkAssert(s -> {
      try {
        check(s, format);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void check(long seed, WhiteoutFormat format) throws IOException {
    Random r = new Random(seed);
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> symlinks = new LinkedHashMap<>();
    Map<String, Integer> modes = new LinkedHashMap<>();
    Set<String> whiteouts = new HashSet<>();
    Set<String> opaque = new HashSet<>();
    Set<String> used = new HashSet<>();
    List<String> dirs = new ArrayList<>(List.of(""));
    long size = 0;
    TestTars.Builder tar = new TestTars.Builder(r.nextBoolean());
    int count = 1 + r.nextInt(30);
    for (int i = 0; i < count; i++) {
      String parent = dirs.get(r.nextInt(dirs.size()));
      String name = (parent.isEmpty() ? "" : parent + "/") + name(r);
      if (!used.add(name) || used.contains(whiteoutTarget(name))) {
        continue;
      }
      int op = r.nextInt(10);
      switch (op) {
        case 0, 1 -> {
          int mode = new int[] {0755, 0700, 01777, 02755}[r.nextInt(4)];
          if (r.nextInt(5) > 0) {
            tar.dir(name, mode);
            modes.put(name, mode);
          }
          dirs.add(name);
        }
        case 2, 3, 4 -> {
          byte[] data = new byte[r.nextInt(4) == 0 ? 0 : r.nextInt(3000)];
          r.nextBytes(data);
          int mode = new int[] {0644, 0755, 04755, 02711, 0600}[r.nextInt(5)];
          tar.file(name, data, mode);
          files.put(name, data);
          modes.put(name, mode);
          size += data.length;
        }
        case 5 -> {
          String target = r.nextBoolean() ? "../../etc/passwd" : "/bin/" + name(r);
          tar.symlink(name, target);
          symlinks.put(name, target);
        }
        case 6 -> {
          if (!files.isEmpty()) {
            String target = new ArrayList<>(files.keySet()).get(r.nextInt(files.size()));
            tar.hardlink(name, target);
            files.put(name, files.get(target));
          }
        }
        case 7 -> {
          String hidden = (parent.isEmpty() ? "" : parent + "/") + "gone" + i;
          if (used.add(hidden)) {
            String marker = (parent.isEmpty() ? "" : parent + "/") + ".wh.gone" + i;
            used.add(marker);
            tar.file(marker, new byte[0], 0644);
            whiteouts.add(format == WhiteoutFormat.OVERLAY ? hidden : marker);
          }
        }
        case 8 -> {
          String marker = (parent.isEmpty() ? "" : parent + "/") + ".wh..wh..opq";
          if (used.add(marker)) {
            tar.file(marker, new byte[0], 0644);
            opaque.add(format == WhiteoutFormat.OVERLAY ? parent : marker);
          }
        }
        default -> {
          tar.file(name, new byte[0], 0644);
          files.put(name, new byte[0]);
        }
      }
    }
    byte[] original = tar.build();
    Expected expected = new Expected(files, symlinks, modes, whiteouts, opaque, size);
    Path dir = Files.createDirectories(tmp.resolve("l" + Long.toHexString(seed)));
    try {
      roundTrip(original, dir, format, expected);
    } finally {
      delete(dir);
    }
  }

  private void roundTrip(byte[] original, Path dir, WhiteoutFormat format, Expected expected) throws IOException {
    LayerUnpacker unpacker = new LayerUnpacker(LayerUnpacker.Options.forCurrentUser().withWhiteouts(format));
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    LayerUnpacker.Result result =
        unpacker.unpack(new ByteArrayInputStream(original), dir, record, Digest.of(original));

    assertThat(result.diffId()).isEqualTo(Digest.of(original));
    assertThat(result.tarLength()).isEqualTo(original.length);
    assertThat(result.size()).isEqualTo(expected.size());
    for (Map.Entry<String, byte[]> f : expected.files().entrySet()) {
      assertThat(dir.resolve(f.getKey())).binaryContent().isEqualTo(f.getValue());
    }
    for (Map.Entry<String, String> l : expected.symlinks().entrySet()) {
      assertThat(Files.readSymbolicLink(dir.resolve(l.getKey())).toString()).isEqualTo(l.getValue());
    }
    for (Map.Entry<String, Integer> m : expected.modes().entrySet()) {
      int mode = (Integer) Files.getAttribute(dir.resolve(m.getKey()), "unix:mode", LinkOption.NOFOLLOW_LINKS);
      assertThat(mode & 07777).as(m.getKey()).isEqualTo(m.getValue());
    }
    for (String w : expected.whiteouts()) {
      int mode = (Integer) Files.getAttribute(dir.resolve(w), "unix:mode", LinkOption.NOFOLLOW_LINKS);
      if (format == WhiteoutFormat.OVERLAY) {
        assertThat(mode & 0170000).as(w).isEqualTo(NativeFs.S_IFCHR);
        assertThat(((Number) Files.getAttribute(dir.resolve(w), "unix:rdev", LinkOption.NOFOLLOW_LINKS)).longValue())
            .isZero();
      } else {
        assertThat(Files.isRegularFile(dir.resolve(w), LinkOption.NOFOLLOW_LINKS)).isTrue();
      }
    }
    for (String o : expected.opaqueDirs()) {
      if (format == WhiteoutFormat.OVERLAY) {
        assertThat(NativeFs.lgetxattr(dir.resolve(o.isEmpty() ? "." : o), "trusted.overlay.opaque"))
            .isEqualTo(new byte[] {'y'});
      } else {
        assertThat(Files.isRegularFile(dir.resolve(o), LinkOption.NOFOLLOW_LINKS)).isTrue();
      }
    }

    ByteArrayOutputStream regenerated = new ByteArrayOutputStream();
    Digest digest = LayerTarWriter.write(dir, new ByteArrayInputStream(record.toByteArray()), regenerated);
    assertThat(regenerated.toByteArray()).isEqualTo(original);
    assertThat(digest).isEqualTo(result.diffId());
    assertThat(LayerTarWriter.length(new ByteArrayInputStream(record.toByteArray()))).isEqualTo(original.length);
  }

  private static String whiteoutTarget(String name) {
    int slash = name.lastIndexOf('/');
    return name.substring(0, slash + 1) + ".wh." + name.substring(slash + 1);
  }

  private static String name(Random r) {
    String alphabet = UTF8_PATHS ? "abcdefgxyz0123_-. éü日本" : "abcdefgxyz0123_-.";
    int length = r.nextInt(8) == 0 ? 100 + r.nextInt(60) : 1 + r.nextInt(12);
    StringBuilder b = new StringBuilder("n");
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
