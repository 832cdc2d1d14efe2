package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.NotFoundException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec §1.2 (GetImage), §3.2 (ID mode) and §3.9, against a small in-memory store. */
class ImageResolverTest {
  static final String A45 = "sha256:a45ee71d4299ed8eab1f21f9019d8a87f7a9f1a435960b8123ca083c745cca8e";
  static final String B66 = "sha256:b66efd1740bec8a23da88a56b28045cdba2f10ea877336212804691b85625741";
  static final String C376 = "sha256:376c72399bfae8c4c836b6d1a00f47758d12c61e5a1d1d8a18c36da157cc5444";
  static final String N1950 = "sha256:1950c8d9f0000000000000000000000000000000000000000000000000000000";
  static final String N199D = "sha256:199db405f0000000000000000000000000000000000000000000000000000000";
  static final String SRC = "sha256:1c9cab38ee9eb59da061853601328cc2072ace67e86ca3f1eed29bd445b9c773";
  static final String DG = "sha256:ed1351acae7e0000000000000000000000000000000000000000000000000000";
  static final String MANIFEST = "sha256:3f0e4e9eb6b0d7ee2a3a83a652678f21ea7ea5abd9dc43c183f96b6fd868bc9c";
  static final String Z64 = "0".repeat(64);

  private InMemoryImageIndex store() {
    return new InMemoryImageIndex()
        .image(A45, "p6:x")
        .image(B66, "p1:x")
        .image(C376, "p17:x")
        .image(N1950)
        .image(N199D)
        .image(SRC, "src:1", "localhost:5000/x/y:other")
        .image(DG, "localhost:5731/dg@" + MANIFEST);
  }

  static Stream<Arguments> found() {
    return Stream.of(
        Arguments.of("p6:x", A45),
        Arguments.of("a", A45), // no tag a:latest: hex prefix of the only ID starting with "a"
        Arguments.of("3", C376),
        Arguments.of("1c9", SRC),
        Arguments.of("1c9cab38ee9e", SRC),
        Arguments.of("sha256:1c9cab38", SRC),
        Arguments.of(SRC, SRC),
        Arguments.of(SRC.substring(7), SRC),
        Arguments.of("src:1", SRC),
        Arguments.of("docker.io/library/src:1", SRC),
        Arguments.of("index.docker.io/library/src:1", SRC),
        Arguments.of("localhost:5000/x/y:other", SRC),
        Arguments.of("localhost:5731/dg@" + MANIFEST, DG),
        Arguments.of("localhost:5731/dg:ignored@" + MANIFEST, DG), // tag ignored beside a digest
        Arguments.of("ed1351acae7e", DG));
  }

  @ParameterizedTest
  @MethodSource("found")
  void resolves(String argument, String id) {
    ResolvedImage r = ImageResolver.resolve(argument, store());
    assertThat(r.imageId()).isEqualTo(id);
    assertThat(r.argument()).isEqualTo(argument);
  }

  static Stream<Arguments> notFound() {
    return Stream.of(
        Arguments.of("nosuch", "No such image: nosuch:latest"),
        Arguments.of("nosuch:tag", "No such image: nosuch:tag"),
        Arguments.of("nosuch:1", "No such image: nosuch:1"),
        Arguments.of("1", "No such image: 1:latest"), // ambiguous prefix reads as missing
        Arguments.of("19", "No such image: 19:latest"),
        Arguments.of("sha256:1", "No such image: sha256:1"),
        Arguments.of("sha256:abc", "No such image: sha256:abc"),
        Arguments.of("sha256:" + Z64, "No such image: sha256:" + Z64),
        Arguments.of(Z64, "No such image: sha256:" + Z64),
        Arguments.of("docker.io/library/a:1", "No such image: a:1"),
        Arguments.of("localhost:5000/x/y:z", "No such image: localhost:5000/x/y:z"),
        Arguments.of("x@sha256:" + Z64, "No such image: x@sha256:" + Z64),
        Arguments.of("x:tag@sha256:" + Z64, "No such image: x:tag@sha256:" + Z64),
        Arguments.of("sha512:" + Z64 + Z64, "No such image: sha512:" + Z64 + Z64),
        Arguments.of("md5:" + "a".repeat(32), "No such image: md5:" + "a".repeat(32)),
        Arguments.of("sha256:" + "A".repeat(64), "No such image: sha256:" + "A".repeat(64)),
        Arguments.of("Localhost:5000/x", "No such image: Localhost:5000/x:latest"),
        Arguments.of("a_b.c/y", "No such image: a_b.c/y:latest"),
        Arguments.of("docker.io/library/a", "No such image: a:latest"), // prefix search uses the text as typed
        Arguments.of("a" + "0".repeat(64), "No such image: a" + "0".repeat(64) + ":latest"),
        Arguments.of("a_b", "No such image: a_b:latest"),
        Arguments.of("p6:y", "No such image: p6:y"));
  }

  @ParameterizedTest
  @MethodSource("notFound")
  void reportsDockersNotFoundText(String argument, String message) {
    assertThatThrownBy(() -> ImageResolver.resolve(argument, store()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("Nosuch", "invalid reference format: repository name must be lowercase"),
        Arguments.of("ABC", "invalid reference format: repository name must be lowercase"),
        Arguments.of("bad::x", "invalid reference format"),
        Arguments.of("x@sha256:abc", "invalid reference format"),
        Arguments.of("x@sha256:" + "A".repeat(64), "invalid checksum digest format"),
        Arguments.of("x@sha256:" + "a".repeat(32), "invalid checksum digest length"),
        Arguments.of("x@md5:" + "a".repeat(32), "unsupported digest algorithm"),
        Arguments.of("x@Sha256:" + "a".repeat(32), "invalid reference format: repository name must be lowercase"),
        Arguments.of("x@sha256", "invalid reference format"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void badArgumentsAre400(String argument, String message) {
    assertThatThrownBy(() -> ImageResolver.resolve(argument, store()))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((InvalidReferenceException) e).httpStatus()).isEqualTo(400));
  }

  @Test
  void aTagWinsOverAnIdPrefix() {
    InMemoryImageIndex index = store();
    assertThat(ImageResolver.resolve("a", index).imageId()).isEqualTo(A45);
    index.image(B66, "a:latest");
    assertThat(ImageResolver.resolve("a", index).imageId()).isEqualTo(B66);
  }

  @Test
  void onlyHexCanReachThePrefixSearch() {
    InMemoryImageIndex index = store();
    assertThatThrownBy(() -> ImageResolver.resolve("a_b", index)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ImageResolver.resolve("docker.io/library/a", index))
        .isInstanceOf(NotFoundException.class);
    assertThat(index.prefixQueries).isEmpty();
    ImageResolver.resolve("sha256:a4", index);
    assertThat(index.prefixQueries).containsExactly("a4");
  }

  @Test
  void inspectWrapsEveryLookupError() {
    assertThatThrownBy(() -> ImageResolver.resolveForInspect("nosuch", store()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no such image: nosuch: No such image: nosuch:latest");
    assertThatThrownBy(() -> ImageResolver.resolveForInspect("sha256:abc", store()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no such image: sha256:abc: No such image: sha256:abc");
    assertThatThrownBy(() -> ImageResolver.resolveForInspect("Nosuch", store()))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessage("no such image: Nosuch: invalid reference format: repository name must be lowercase");
    assertThatThrownBy(() -> ImageResolver.resolveForInspect("bad::x", store()))
        .hasMessage("no such image: bad::x: invalid reference format");
    assertThatThrownBy(() -> ImageResolver.resolveForInspect("x@sha256:abc", store()))
        .hasMessage("no such image: x@sha256:abc: invalid reference format");
    assertThatThrownBy(() -> ImageResolver.resolveForInspect(" ", store()))
        .hasMessage("no such image:  : invalid reference format");
    assertThat(ImageResolver.resolveForInspect("p6:x", store()).imageId()).isEqualTo(A45);
  }

  @Test
  void resolvedReferenceIsKeptForRmi() {
    assertThat(ImageResolver.resolve("p6:x", store()).reference().orElseThrow().familiarString())
        .isEqualTo("p6:x");
    assertThat(ImageResolver.resolve("a", store()).reference().orElseThrow().familiarString()).isEqualTo("a");
    assertThat(ImageResolver.resolve(SRC, store()).reference()).isEmpty();
    assertThat(ImageResolver.resolve(SRC.substring(7), store()).reference()).isEmpty();
  }

  static Stream<Arguments> idMode() {
    return Stream.of(
        Arguments.of("1c9cab38ee9e", true),
        Arguments.of("1c9", true),
        Arguments.of("sha256:1c9cab38", true),
        Arguments.of(SRC, true),
        Arguments.of(SRC.substring(7), true),
        Arguments.of("src:1", false),
        Arguments.of("localhost:5000/x/y:other", false));
  }

  @ParameterizedTest
  @MethodSource("idMode")
  void rmiIdMode(String argument, boolean idMode) {
    assertThat(ImageResolver.resolve(argument, store()).idMode()).isEqualTo(idMode);
  }

  @Test
  void tagNamedLikeItsOwnIdPrefixIsIdMode() {
    // §3.9: "docker tag hx:1 ed8940" then "docker rmi ed8940" is ID mode, "ed8940:latest" is not.
    String hx = "sha256:ed8940fa2d24" + "0".repeat(52);
    InMemoryImageIndex index = new InMemoryImageIndex().image(hx, "hx:1", "ed8940");
    assertThat(ImageResolver.resolve("ed8940", index).idMode()).isTrue();
    assertThat(ImageResolver.resolve("ed8940:latest", index).idMode()).isFalse();
    // Plain string prefixes of "sha256:..." count too, as in Docker's isImageIDPrefix.
    assertThat(ImageResolver.isImageIdPrefix(hx, "s")).isTrue();
    assertThat(ImageResolver.isImageIdPrefix(hx, "sha256")).isTrue();
    assertThat(ImageResolver.isImageIdPrefix(hx, "ed8941")).isFalse();
  }

  @Test
  void referencesAreKeyedByTheirFamiliarString() {
    // Seen on the daemon: after tagging repo=docker.io/a.a/a, "rmi a.a/a" untags "a.a/a:latest".
    InMemoryImageIndex index = new InMemoryImageIndex().image(A45, "docker.io/a.a/a");
    assertThat(ImageResolver.resolve("a.a/a", index).imageId()).isEqualTo(A45);
    assertThat(ImageResolver.resolve("docker.io/a.a/a", index).imageId()).isEqualTo(A45);
  }

  @Test
  void blankDeleteNames() {
    for (String blank : new String[] {"", " ", "\t \n", "\u00a0"}) {
      assertThatThrownBy(() -> ImageResolver.requireNonBlankForDelete(blank))
          .isExactlyInstanceOf(dev.berth.errors.InvalidArgumentException.class)
          .hasMessage("image name cannot be blank");
    }
    ImageResolver.requireNonBlankForDelete(" a ");
  }

  @Test
  void emptyStoreFindsNothing() {
    assertThatThrownBy(() -> ImageResolver.resolve("a", new InMemoryImageIndex()))
        .hasMessage("No such image: a:latest");
  }
}
