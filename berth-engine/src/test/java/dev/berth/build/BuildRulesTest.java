package dev.berth.build;

import dev.berth.units.GoDuration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.layer.NativeFs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic builder's rules without containers: COPY/ADD cache keys (expected checksums are the
 * real dockerd 20.10's for the same files, see oracle Build_CopyChecksums), .dockerignore patterns,
 * Go formatting of durations and runes, and the parse-time checks with Docker's messages.
 */
class BuildRulesTest {
  @TempDir Path dir;

  /** The context of the daemon experiment: f.txt, d/a, d/sub/b, lnk -> f.txt and the Dockerfile. */
  private Path context() throws Exception {
    Path c = dir.resolve("ctx");
    Files.createDirectories(c.resolve("d/sub"));
    Files.writeString(c.resolve("f.txt"), "hello\n");
    Files.writeString(c.resolve("d/a"), "x");
    Files.writeString(c.resolve("d/sub/b"), "yy");
    Files.createSymbolicLink(c.resolve("lnk"), Path.of("f.txt"));
    Files.writeString(c.resolve("Dockerfile"),
        "FROM busybox\nCOPY f.txt /f\nCOPY d /d\nCOPY f.txt d /m/\nCOPY lnk /l\nCOPY . /all\n");
    for (String f : List.of("f.txt", "d/a", "d/sub/b", "Dockerfile")) {
      NativeFs.chmod(c.resolve(f), 0644);
    }
    for (String d : List.of("d", "d/sub")) {
      NativeFs.chmod(c.resolve(d), 0755);
    }
    return c;
  }

  private static String key(BuildContext ctx, String... srcs) {
    return CopyPlan.of("COPY", ctx, List.of(srcs), "/dst/", null).hash();
  }

  @Test
  void copyCacheKeysAreTheDaemonsChecksums() throws Exception {
    BuildContext ctx = new BuildContext(context());
    assertThat(key(ctx, "f.txt")).isEqualTo("file:99dab1a7a2dd5d9f985450ffe99777fca12ef0bdae5ec5e071c7846d31930e6d");
    assertThat(key(ctx, "d")).isEqualTo("dir:5548bb48a08b801530c385c4617057dd1de0b2c56f2545cd7c61a57ffc6f8494");
    assertThat(key(ctx, "f.txt", "d"))
        .isEqualTo("multi:3fa591ed996d5b2322aeb41b9a7a99be1689d6941ea9f2ba29a9c59aabca11f5");
    assertThat(key(ctx, "lnk")).as("a symlink is hashed as its target").isEqualTo(key(ctx, "f.txt"));
    assertThat(key(ctx, ".")).isEqualTo("dir:d8ad6fed310e8e1b089fa86be9f20a847576f8d061a638ef6aa72d8471b8f1b2");
    assertThat(key(ctx, "./f.txt")).isEqualTo(key(ctx, "/f.txt"));
  }

  @Test
  void contentAndModeChangeTheKeyButTimesDoNot() throws Exception {
    Path c = context();
    String before = key(new BuildContext(c), "d");
    Files.setLastModifiedTime(c.resolve("d/a"), java.nio.file.attribute.FileTime.fromMillis(981173106000L));
    assertThat(key(new BuildContext(c), "d")).isEqualTo(before);
    Files.writeString(c.resolve("d/sub/b"), "changed");
    String changed = key(new BuildContext(c), "d");
    assertThat(changed).isNotEqualTo(before);
    NativeFs.chmod(c.resolve("d/a"), 0600);
    assertThat(key(new BuildContext(c), "d")).isNotEqualTo(changed);
  }

  @Test
  void missingAndOutsideSourcesFailWithDockersMessages() throws Exception {
    BuildContext ctx = new BuildContext(context());
    assertThatThrownBy(() -> key(ctx, "nothere"))
        .hasMessage("COPY failed: file not found in build context or excluded by .dockerignore: stat nothere: file "
            + "does not exist");
    assertThatThrownBy(() -> key(ctx, "../x")).hasMessage("COPY failed: forbidden path outside the build context: ../x ()");
    assertThatThrownBy(() -> CopyPlan.of("COPY", ctx, List.of("f.txt", "d/a"), "/dst", null))
        .hasMessage("When using COPY with more than one source file, the destination must be a directory and end "
            + "with a /");
    assertThatThrownBy(() -> CopyPlan.of("COPY", ctx, List.of("http://x/y"), "/dst", null))
        .hasMessage("COPY failed: source can't be a URL for COPY");
  }

  @Test
  void downloadedFilesAreHashedAsFilesOnDiskWithOwnerNames() throws Exception {
    assumeTrue(NativeFs.geteuid() == 0 && Owners.hostName(false, 0).equals("root"), "needs root named root");
    Path d = Files.createDirectories(dir.resolve("dl"));
    Files.writeString(d.resolve("data.txt"), "downloaded\n");
    NativeFs.chmod(d.resolve("data.txt"), 0600);
    // The daemon's ADD of the same download (oracle experiment): ADD 1dd82b2a... in /e
    assertThat(new ImageRootSource(d).hash("data.txt"))
        .isEqualTo("1dd82b2a6746ed98dc6fe606493678e902acc273da5e444acb07d1afa5ad787f");
  }

  @Test
  void dockerignoreFollowsTheClisPatternRules() {
    DockerIgnore ig = DockerIgnore.parse("# comment\n*.log\n!logs/keep.log\n**/*.tmp\nsub/../skip.*\n");
    assertThat(ig.excluded("skip.log")).isTrue();
    assertThat(ig.excluded("logs/a.log")).as("* stays within one path element").isFalse();
    assertThat(ig.excluded("deep/x/y/z.tmp")).isTrue();
    assertThat(ig.excluded("deep/x/y/ok")).isFalse();
    assertThat(ig.excluded("skip.txt")).isTrue();
    DockerIgnore dirs = DockerIgnore.parse("logs\n!logs/keep.log\n");
    assertThat(dirs.excluded("logs/a.log")).as("a parent directory match excludes the file").isTrue();
    assertThat(dirs.excluded("logs/keep.log")).isFalse();
    assertThat(dirs.skipsDirectory("logs")).isFalse();
    assertThat(DockerIgnore.parse("logs\n").skipsDirectory("logs")).isTrue();
  }

  @Test
  void dockerignoreSkipsALeadingByteOrderMarkAndRefusesALoneExclamationMark() {
    DockerIgnore bom = DockerIgnore.parse("\uFEFF./Dockerfile\n");
    assertThat(bom.excluded("Dockerfile")).isTrue();
    assertThat(DockerIgnore.parse("a\n\uFEFFb\n").excluded("b")).isFalse();
    assertThatThrownBy(() -> DockerIgnore.parse("x\n!\n"))
        .isInstanceOf(DockerIgnore.IllegalPattern.class)
        .hasMessage("illegal exclusion pattern: \"!\"");
    assertThatThrownBy(() -> DockerIgnore.parse(" ! \n")).isInstanceOf(DockerIgnore.IllegalPattern.class);
  }

  @Test
  void scopedResolutionFollowsLinksOfAnyTreeWithoutLeavingTheRoot() {
    java.util.Map<String, String> links = java.util.Map.of(
        "symlink2", "/../../../../",
        "symlink", "symlink2/tmp/target",
        "bar", "/foo",
        "foo/up", "../../..");
    java.util.function.Function<String, String> read = links::get;
    assertThat(ScopedPath.resolve("symlink", read)).isEqualTo("tmp/target");
    assertThat(ScopedPath.resolve("bar/x", read)).isEqualTo("foo/x");
    assertThat(ScopedPath.resolve("bar/up/etc", read)).isEqualTo("etc");
    assertThat(ScopedPath.resolve("plain/dir", read)).isEqualTo("plain/dir");
  }

  @Test
  void copyDestinationFollowsTheImagesSymlinks() throws Exception {
    BuildContext ctx = new BuildContext(context());
    int uid = (Integer) Files.getAttribute(ctx.root(), "unix:uid");
    int gid = (Integer) Files.getAttribute(ctx.root(), "unix:gid");
    CopyPlan.Identity same = new CopyPlan.Identity(uid, gid, true);
    // the image has /foo (a directory), /bar -> /foo and /esc -> /../../../tmp/t (missing)
    java.util.function.Function<String, CopyPlan.Existing> existing =
        abs -> abs.equals("/foo") ? CopyPlan.Existing.DIRECTORY
            : abs.equals("/bar") || abs.equals("/esc") ? CopyPlan.Existing.OTHER : CopyPlan.Existing.NONE;
    java.util.function.Function<String, String> links =
        abs -> abs.equals("/bar") ? "/foo" : abs.equals("/esc") ? "/../../../tmp/t" : null;
    Path upper = Files.createDirectory(dir.resolve("upper"));
    CopyPlan plan = CopyPlan.of("ADD", ctx, List.of("f.txt"), "/bar/", null);
    plan.imageLinks(links);
    plan.materialize(upper, "", same, true, existing);
    CopyPlan plain = CopyPlan.of("COPY", ctx, List.of("f.txt"), "/bar", null);
    plain.imageLinks(links);
    plain.materialize(upper, "", same, false, existing);
    CopyPlan esc = CopyPlan.of("COPY", ctx, List.of("d"), "/esc/", null);
    esc.imageLinks(links);
    esc.materialize(upper, "", same, false, existing);
    assertThat(upper.resolve("foo/f.txt")).hasContent("hello\n");
    assertThat(upper.resolve("bar")).doesNotExist();
    assertThat(upper.resolve("tmp/t/a")).hasContent("x");
    assertThat(upper.resolve("tmp/t/sub/b")).hasContent("yy");
  }

  @Test
  void goFormattingOfDurationsRunesAndHealthchecks() {
    assertThat(GoDuration.format(60_000_000_000L)).isEqualTo("1m0s");
    assertThat(GoDuration.format(1_500_000_000L)).isEqualTo("1.5s");
    assertThat(GoDuration.format(0)).isEqualTo("0s");
    assertThat(GoDuration.format(3_723_000_000_000L)).isEqualTo("1h2m3s");
    assertThat(GoDuration.parse("1500ms")).isEqualTo(1_500_000_000L);
    assertThat(GoDuration.parse("1m30s")).isEqualTo(90_000_000_000L);
    assertThatThrownBy(() -> GoDuration.parse("1x")).hasMessage("time: unknown unit \"x\" in duration \"1x\"");
    assertThat(GoQuote.rune(4)).isEqualTo("'\\x04'");
    assertThat(GoQuote.rune(65)).isEqualTo("'A'");
    assertThat(GoQuote.rune(0)).isEqualTo("'\\x00'");
    Instruction hc = DockerfileParser.parse(
        "HEALTHCHECK --interval=5s --timeout=3s --start-period=1m --retries=4 CMD wget -q localhost || exit 1\n")
        .getFirst();
    assertThat(Healthcheck.parse(hc).comment())
        .isEqualTo("&{[\"CMD-SHELL\" \"wget -q localhost || exit 1\"] \"5s\" \"3s\" \"1m0s\" '\\x04'}");
  }

  @Test
  void parseTimeChecksUseDockersMessages() {
    assertThatThrownBy(() -> check("FROM busybox\nCOPY --bogus=1 a /b\n"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("dockerfile parse error line 2: Unknown flag: bogus");
    assertThatThrownBy(() -> check("FROM busybox\nONBUILD ONBUILD RUN true\n"))
        .hasMessage("dockerfile parse error line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    assertThatThrownBy(() -> check("FROM busybox\nHEALTHCHECK NONE extra\n"))
        .hasMessage("dockerfile parse error line 2: HEALTHCHECK NONE takes no arguments");
    assertThatThrownBy(() -> check("FROM busybox AS 1bad\n")).hasMessage("dockerfile parse error line 1: invalid name "
        + "for build stage: \"1bad\", name can't start with a number or contain symbols");
    assertThatThrownBy(() -> check("FROM busybox\nSHELL /bin/sh -c\n"))
        .hasMessage("dockerfile parse error line 2: SHELL requires the arguments to be in JSON form");
    assertThatThrownBy(() -> check("# only a comment\n\n"))
        .hasMessage("failed to parse Dockerfile: file with no instructions");
    assertThatThrownBy(() -> check("RUN true\n")).hasMessage("no build stage in current context");
  }

  @Test
  void parserSplitsArgumentsPerInstruction() {
    List<Instruction> in = DockerfileParser.parse(
        "ENV A=1 B=\"two words\"\nLABEL legacy label value\nCOPY --chown=1:2 a b /c/\nRUN [\"echo\", \"x\"]\n");
    assertThat(in.get(0).args()).containsExactly("A", "1", "B", "\"two words\"");
    assertThat(in.get(1).args()).containsExactly("legacy", "label value");
    assertThat(in.get(2).flags()).containsExactly("--chown=1:2");
    assertThat(in.get(2).args()).containsExactly("a", "b", "/c/");
    assertThat(in.get(3).json()).isTrue();
    assertThat(in.get(3).args()).containsExactly("echo", "x");
  }

  @Test
  void goGlobMatchesWithinOnePathElement() {
    assertThat(GoGlob.matches("*.txt", "f.txt")).isTrue();
    assertThat(GoGlob.matches("*.txt", "d/f.txt")).isFalse();
    assertThat(GoGlob.matches("d/sub/*", "d/sub/b")).isTrue();
    assertThat(GoGlob.matches("f[a-c]?", "fb1")).isTrue();
    assertThat(GoGlob.matches("f[^a-c]", "fb")).isFalse();
  }

  private static void check(String dockerfile) {
    DockerfileParser.validate(DockerfileParser.parse(dockerfile));
  }
}
