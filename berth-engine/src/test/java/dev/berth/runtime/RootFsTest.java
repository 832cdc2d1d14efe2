package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay mounts and the copy fallback over layers with overlay-style whiteouts (root only). */
class RootFsTest {
  @TempDir Path tmp;

  private static void sh(String... argv) throws Exception {
    Process p = new ProcessBuilder(argv).inheritIO().start();
    assertThat(p.waitFor()).as(String.join(" ", argv)).isZero();
  }

  private static void write(Path layer, String rel, String content) throws IOException {
    Path f = layer.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
  }

  /** Three layers, top first: deletions, an opaque dir and type changes (runtime.md §1.2). */
  private List<Path> layers(RootFs.XattrNamespace ns) throws Exception {
    String opaque = ns == RootFs.XattrNamespace.USER ? "user.overlay.opaque"
        : "trusted.overlay.opaque";
    Path l1 = tmp.resolve("layers/l1");
    write(l1, "data/a.txt", "a");
    write(l1, "data/b.txt", "b");
    write(l1, "opq/old.txt", "old");
    write(l1, "etc/motd", "motd");
    Files.createDirectories(l1.resolve("tmp"));
    sh("chmod", "1777", l1.resolve("tmp").toString());
    Path l2 = tmp.resolve("layers/l2");
    Files.createDirectories(l2.resolve("data"));
    sh("mknod", l2.resolve("data/a.txt").toString(), "c", "0", "0");
    write(l2, "opq/new.txt", "new");
    Xattrs.set(l2.resolve("opq"), opaque, "y");
    Path l3 = tmp.resolve("layers/l3");
    write(l3, "data/c.txt", "c");
    sh("mknod", l3.resolve("data/b.txt").toString(), "c", "0", "0");
    write(l3, "etc/motd/inside", "now a dir");
    return List.of(l3, l2, l1);
  }

  /** path → type, mode, owner, size or link target: what the container would see. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid,size",
            LinkOption.NOFOLLOW_LINKS);
        String what = Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
            : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : "size " + a.get("size");
        out.put(root.relativize(p).toString(), Integer.toOctalString((Integer) a.get("mode"))
            + " " + a.get("uid") + ":" + a.get("gid") + " " + what);
      }
    }
    return out;
  }

  private static void assertMergedView(Path merged) throws IOException {
    try (Stream<Path> data = Files.list(merged.resolve("data"))) {
      assertThat(data.map(p -> p.getFileName().toString())).containsExactly("c.txt");
    }
    try (Stream<Path> opq = Files.list(merged.resolve("opq"))) {
      assertThat(opq.map(p -> p.getFileName().toString())).containsExactly("new.txt");
    }
    assertThat(Files.readString(merged.resolve("etc/motd/inside"))).isEqualTo("now a dir");
    assertThat(tree(merged).get("tmp")).startsWith("41777 ");
  }

  @Test
  void overlayAndCopyFallbackShowTheSameTree() throws Exception {
    List<Path> layers = layers(RootFs.XattrNamespace.TRUSTED);
    RootFs overlay = RootFs.mount(layers, tmp.resolve("c1"), RootFs.Strategy.OVERLAY,
        RootFs.XattrNamespace.TRUSTED);
    RootFs copy = RootFs.mount(layers, tmp.resolve("c2"), RootFs.Strategy.COPY,
        RootFs.XattrNamespace.TRUSTED);
    try {
      assertThat(overlay.kind()).isEqualTo(RootFs.Kind.OVERLAY);
      assertThat(copy.kind()).isEqualTo(RootFs.Kind.COPY);
      assertThat(MountTable.isMountPoint(overlay.path())).isTrue();
      assertMergedView(overlay.path());
      assertMergedView(copy.path());
      assertThat(tree(copy.path())).isEqualTo(tree(overlay.path()));
    } finally {
      overlay.unmount();
      copy.unmount();
    }
    assertThat(MountTable.isMountPoint(overlay.path())).isFalse();
    // Writes went to the container's upper dir, not into the layers.
    assertThat(RootFs.upper(tmp.resolve("c1"))).isDirectory();
  }

  @Test
  void aDisposableContainerIsMountedVolatileAndMountsAgainAfterItsUnmount() throws Exception {
    List<Path> layers = layers(RootFs.XattrNamespace.TRUSTED);
    Path dir = tmp.resolve("rm");
    for (int run = 0; run < 2; run++) { // a restart mounts over the volatile marker left behind
      RootFs overlay = RootFs.mount(layers, dir, RootFs.Strategy.OVERLAY,
          RootFs.XattrNamespace.TRUSTED, true);
      try {
        String options = Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
            .filter(l -> l.split(" ")[4].equals(overlay.path().toString())).findFirst().orElseThrow();
        assertThat(options).contains("volatile");
        assertMergedView(overlay.path());
      } finally {
        overlay.unmount();
      }
    }
  }

  @Test
  void userXattrLayersMountWithUserxattr() throws Exception {
    RootFs overlay = RootFs.mount(layers(RootFs.XattrNamespace.USER), tmp.resolve("c"),
        RootFs.Strategy.OVERLAY, RootFs.XattrNamespace.USER);
    try {
      assertMergedView(overlay.path());
    } finally {
      overlay.unmount();
    }
  }

  @Test
  void autoFallsBackToACopyWhenTheUpperDirIsOnOverlay() throws Exception {
    List<Path> layers = layers(RootFs.XattrNamespace.TRUSTED);
    // A store that itself lives on overlayfs (a nested engine): overlay refuses such an upperdir.
    Path outer = tmp.resolve("outer");
    for (String d : List.of("lower", "upper", "work", "merged")) {
      Files.createDirectories(outer.resolve(d));
    }
    sh("mount", "-t", "overlay", "overlay", "-o", "lowerdir=" + outer.resolve("lower")
        + ",upperdir=" + outer.resolve("upper") + ",workdir=" + outer.resolve("work"),
        outer.resolve("merged").toString());
    try {
      Path containerDir = outer.resolve("merged/containers/c");
      RootFs rootfs = RootFs.mount(layers, containerDir, RootFs.Strategy.AUTO,
          RootFs.XattrNamespace.TRUSTED);
      assertThat(rootfs.kind()).isEqualTo(RootFs.Kind.COPY);
      assertThat(MountTable.isMountPoint(rootfs.path())).isFalse();
      assertMergedView(rootfs.path());
      // Mounting the same container again reuses its copy (and its changes).
      Files.writeString(rootfs.path().resolve("changed"), "x");
      RootFs again = RootFs.mount(layers, containerDir, RootFs.Strategy.AUTO,
          RootFs.XattrNamespace.TRUSTED);
      assertThat(again.path().resolve("changed")).exists();
    } finally {
      sh("umount", outer.resolve("merged").toString());
    }
  }

  @Test
  void manyLongLayerPathsStillMount() throws Exception {
    // 60 layers with long paths exceed the one-page option limit unless the short links are used.
    List<Path> layers = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Path l = tmp.resolve("layers-with-a-rather-long-directory-name-to-exceed-the-page/"
          + "sha256-0123456789abcdef0123456789abcdef0123456789abcdef-" + i);
      write(l, "f" + i, Integer.toString(i));
      layers.add(l);
    }
    RootFs rootfs = RootFs.mount(layers, tmp.resolve("c"), RootFs.Strategy.OVERLAY,
        RootFs.XattrNamespace.TRUSTED);
    try {
      assertThat(Files.readString(rootfs.path().resolve("f0"))).isEqualTo("0");
      assertThat(Files.readString(rootfs.path().resolve("f59"))).isEqualTo("59");
    } finally {
      rootfs.unmount();
    }
  }
}
