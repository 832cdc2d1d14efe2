package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.layer.NativeFs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layer tars as dockerd 20.10.24 (vfs, classic builder) writes them. Every expected diff ID was
 * recorded from a real daemon: the Dockerfiles in the comments were built with
 * {@code DOCKER_BUILDKIT=0 docker build}, the layers read back with {@code docker save}, and each
 * test rebuilds the layer's files (and the parent's) with the times the daemon's tar shows, then
 * asks berth for the tar. Equal diff IDs mean byte-identical tars.
 */
class UpperDirTarTest {
  /** 2021-03-04 05:06:07 UTC, the context files' time in the recorded builds. */
  private static final long CTX = 014020065277L;
  /** The host's names of the owners these layers use (dockerd writes the host's names). */
  private static final HostAccounts ACCOUNTS = new HostAccounts(Map.of(0, "root", 33, "www-data"),
      Map.of(0, "root", 33, "www-data"));
  private static final String LONG_DIR = "d".repeat(60);
  private static final String LONG_NAME = "n".repeat(120);

  @TempDir Path tmp;

  @BeforeEach
  void needsRoot() {
    assumeTrue(NativeFs.geteuid() == 0, "owner 0, whiteout devices and trusted xattrs need root");
  }

  /** The context of the second recorded build (a hard link, a symlink, long and non-ASCII names). */
  private static void context(Tree t, String base) throws IOException {
    t.file(base + "Dockerfile", "FROM scratch\nCOPY . /\n", 0644, CTX);
    t.file(base + "Dockerfile.2", "FROM busybox\nCOPY . /ctx/\nRUN ln /ctx/a/b /ctx/hl && rm -rf /ctx/deep\n", 0644,
        CTX);
    t.dir(base + "a", 0755, CTX);
    t.file(base + "a/b", "b\n", 0644, CTX);
    t.file(base + "a-b", "ab\n", 0644, CTX);
    t.dir(base + "deep", 0755, CTX);
    t.dir(base + "deep/" + LONG_DIR, 0755, CTX);
    t.file(base + "deep/" + LONG_DIR + "/" + LONG_NAME, "long\n", 0644, CTX);
    t.dir(base + "emptydir", 0755, CTX);
    t.symlink(base + "l", "a/b", CTX);
    t.file(base + "x", "x\n", 0755, CTX);
    t.hardlink(base + "y", base + "x");
    t.file(base + "\u00fc.txt", "u\n", 0644, CTX);
  }

  // FROM scratch / COPY . /   (a first layer: the whole tree in walk order, "a/b" before "a-b")
  @Test
  void firstLayerIsTheWholeTreeInWalkOrder() throws Exception {
    Tree upper = new Tree(tmp.resolve("upper"));
    context(upper, "");
    upper.finish();
    assertThat(diffId(upper.root, null, Instant.EPOCH))
        .isEqualTo("sha256:4b61e9d2dbb215b4c1175d8a4c3569f2deb999a06331613f9258fbd384583de9");
  }

  // FROM busybox / COPY . /ctx/   (changes sorted by path: "ctx/a-b" before "ctx/a/b"; y a hard link to x)
  @Test
  void copyOnAParentIsTheSortedChanges() throws Exception {
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("ctx", 0755, 015302546702L);
    context(upper, "ctx/");
    upper.finish();
    Tree lower = busybox(tmp.resolve("lower"));
    assertThat(diffId(upper.root, new LowerView(List.of(lower.root)), Instant.EPOCH))
        .isEqualTo("sha256:e718e4293700e9ec69a168058b296ebbe583317f4b2da486edb504fe08da0533");
  }

  // RUN ln /ctx/a/b /ctx/hl && rm -rf /ctx/deep   (overlay copied up ctx/a and ctx/a/b unchanged:
  // not a change; the deleted directory is one whiteout with the commit time; hl is a plain file)
  @Test
  void runLayerHasWhiteoutsStampedNowAndSkipsUnchangedCopyUps() throws Exception {
    Tree lower = new Tree(tmp.resolve("lower"));
    lower.dir("ctx", 0755, 015302546702L);
    context(lower, "ctx/");
    lower.finish();
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("ctx", 0755, 015302546705L);
    upper.dir("ctx/a", 0755, CTX);
    upper.file("ctx/a/b", "b\n", 0644, CTX);
    upper.hardlink("ctx/hl", "ctx/a/b");
    upper.whiteout("ctx/deep");
    upper.finish();
    Instant commit = Instant.ofEpochSecond(015302546707L, 123_000_000);
    assertThat(diffId(upper.root, new LowerView(List.of(lower.root, busybox(tmp.resolve("bb")).root)), commit))
        .isEqualTo("sha256:0718dd3a8444294df91a0f4a0340469ca7460d6eb8246ea5d56ade4798a9088b");
  }

  // RUN rm -rf /ctx/a && mkdir /ctx/a && echo c > /ctx/a/c && chmod 600 /ctx/x && chown 33:33 /ctx/a-b
  //     && ln -s /qqq...(110) /ctx/longlink && touch -d '2022-01-01 00:00:00' /ctx/Dockerfile
  // (an opaque directory's hidden entries become whiteouts; a long link target is a PAX record;
  // owner 33 is written with the host's name)
  @Test
  void opaqueDirectoriesOwnersAndLongLinks() throws Exception {
    Tree l1 = new Tree(tmp.resolve("l1"));
    l1.dir("ctx", 0755, 015302546702L);
    context(l1, "ctx/");
    l1.finish();
    Tree l2 = new Tree(tmp.resolve("l2"));
    l2.dir("ctx", 0755, 015302546705L);
    l2.whiteout("ctx/deep");
    l2.file("ctx/hl", "b\n", 0644, CTX);
    l2.finish();
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("ctx", 0755, 015302546743L);
    upper.file("ctx/Dockerfile", "FROM scratch\nCOPY . /\n", 0644, 014163714600L);
    upper.dir("ctx/a", 0755, 015302546743L);
    upper.opaque("ctx/a");
    upper.file("ctx/a/c", "c\n", 0644, 015302546743L);
    upper.file("ctx/a-b", "ab\n", 0644, CTX);
    upper.chown("ctx/a-b", 33);
    upper.symlink("ctx/longlink", "/" + "q".repeat(110), 015302546743L);
    // vfs keeps x and y one inode, so the chmod shows on both names
    upper.file("ctx/x", "x\n", 0600, CTX);
    upper.hardlink("ctx/y", "ctx/x");
    upper.finish();
    Instant commit = Instant.ofEpochSecond(015302546743L, 700_000_000);
    assertThat(diffId(upper.root, new LowerView(List.of(l2.root, l1.root)), commit))
        .isEqualTo("sha256:3a77cd3aeae643cceb516c63d62352cf557aa84f4d77b8c97c2b480f68d411a5");
  }

  // FROM busybox / COPY a.txt link hard.txt a-b /files/   (a new directory stamped with the copy's time)
  @Test
  void copyOfFilesIntoANewDirectory() throws Exception {
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("files", 0755, 015302546154L);
    for (String name : List.of("a-b", "a.txt", "hard.txt", "link")) {
      upper.file("files/" + name, name.equals("a-b") ? "x\n" : "hello\n", 0644, 013603256645L);
    }
    upper.finish();
    assertThat(diffId(upper.root, new LowerView(List.of(busybox(tmp.resolve("bb")).root)), Instant.EPOCH))
        .isEqualTo("sha256:36f4eb2a79679d453a5e4a46b6f243c7afba2b440e8d6e57b7f4a491e6162f84");
  }

  // ... / COPY a.txt /a.txt   (no directory: the diff ID is the same in every build)
  @Test
  void copyOfOneFileToTheRoot() throws Exception {
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.file("a.txt", "hello\n", 0644, 013603256645L);
    upper.finish();
    assertThat(diffId(upper.root, new LowerView(List.of(busybox(tmp.resolve("bb")).root)), Instant.EPOCH))
        .isEqualTo("sha256:b289c5f7d62199c7d7126fc3a04b7865d34ce5383769f09b7872d35920af54b9");
  }

  // ... / RUN rm /files/a-b && mkdir -p /tmp/new && echo n > /tmp/new/f
  @Test
  void runThatDeletesAFileAndCreatesADirectory() throws Exception {
    Tree files = new Tree(tmp.resolve("files"));
    files.dir("files", 0755, 015302546154L);
    for (String name : List.of("a-b", "a.txt", "hard.txt", "link")) {
      files.file("files/" + name, name.equals("a-b") ? "x\n" : "hello\n", 0644, 013603256645L);
    }
    files.finish();
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("files", 0755, 015302546157L);
    upper.whiteout("files/a-b");
    upper.dir("tmp", 01777, 015302546157L);
    upper.dir("tmp/new", 0755, 015302546157L);
    upper.file("tmp/new/f", "n\n", 0644, 015302546157L);
    upper.finish();
    Instant commit = Instant.ofEpochSecond(015302546157L, 600_000_000); // rounds up to ...160 (octal)
    assertThat(diffId(upper.root, new LowerView(List.of(files.root, busybox(tmp.resolve("bb")).root)), commit))
        .isEqualTo("sha256:0bb179919d7e0b4b7a64c30715a1d3bfde042b198e6b5f8bf083601901981c46");
  }

  @Test
  void aChangeThatLeavesNothingDifferentIsAnEmptyLayer() throws Exception {
    Tree lower = busybox(tmp.resolve("bb"));
    Tree upper = new Tree(tmp.resolve("upper"));
    upper.dir("tmp", 01777, 015302546157L); // a directory's time alone is no change
    upper.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int entries = UpperDirTar.write(upper.root, new LowerView(List.of(lower.root)), out, Set.of(), Instant.EPOCH,
        ACCOUNTS);
    assertThat(entries).isZero();
    assertThat(out.toByteArray()).hasSize(1024).containsOnly(0);
  }

  /** The parts of the busybox fixture the recorded builds touch (its root directories). */
  private static Tree busybox(Path root) throws IOException {
    Tree t = new Tree(root);
    long fixture = 1577836800L; // 2020-01-01
    t.dir("bin", 0755, fixture);
    t.dir("etc", 0755, fixture);
    t.dir("tmp", 01777, fixture);
    t.dir("usr", 0755, fixture);
    t.finish();
    return t;
  }

  private static String diffId(Path upper, LowerView lower, Instant now) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UpperDirTar.write(upper, lower, out, Set.of(), now, ACCOUNTS);
    return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
  }

  /** Builds a directory tree with exact modes, owners and times (times applied last, deepest first). */
  private static final class Tree {
    final Path root;
    private final List<Map.Entry<Path, Long>> times = new ArrayList<>();
    private final Map<Path, Integer> owners = new java.util.HashMap<>();

    Tree(Path root) throws IOException {
      this.root = root;
      Files.createDirectories(root);
    }

    void dir(String rel, int mode, long mtime) throws IOException {
      Path p = root.resolve(rel);
      Files.createDirectories(p);
      NativeFs.chmod(p, mode);
      times.add(Map.entry(p, mtime));
    }

    void file(String rel, String content, int mode, long mtime) throws IOException {
      Path p = root.resolve(rel);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      NativeFs.chmod(p, mode);
      times.add(Map.entry(p, mtime));
    }

    void symlink(String rel, String target, long mtime) throws IOException {
      Path p = root.resolve(rel);
      Files.createSymbolicLink(p, Path.of(target));
      times.add(Map.entry(p, mtime));
    }

    void hardlink(String rel, String existing) throws IOException {
      Files.createLink(root.resolve(rel), root.resolve(existing));
    }

    void whiteout(String rel) throws IOException {
      NativeFs.mknod(root.resolve(rel), NativeFs.S_IFCHR, 0, 0, 0);
    }

    void opaque(String rel) throws IOException {
      NativeFs.lsetxattr(root.resolve(rel), "trusted.overlay.opaque", new byte[] {'y'});
    }

    /** Owner {@code id}:{@code id} instead of root's. */
    void chown(String rel, int id) {
      owners.put(root.resolve(rel), id);
    }

    void finish() throws IOException {
      try (var walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          int id = owners.getOrDefault(p, 0);
          Files.setAttribute(p, "unix:uid", id, java.nio.file.LinkOption.NOFOLLOW_LINKS);
          Files.setAttribute(p, "unix:gid", id, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
      }
      for (int i = times.size() - 1; i >= 0; i--) {
        NativeFs.lutimes(times.get(i).getKey(), times.get(i).getValue(), 0);
      }
    }
  }
}
