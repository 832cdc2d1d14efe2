package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Parsing and the two string forms; examples from spec §1.1, §1.3, §5.2 and the 20.10 daemon. */
class ReferenceTest {
  static final String Z64 = "0".repeat(64);
  static final String ID = "1c9cab38ee9eb59da061853601328cc2072ace67e86ca3f1eed29bd445b9c773";

  static Stream<Arguments> valid() {
    // input, normalizedString, familiarString, familiarName, repository
    return Stream.of(
        Arguments.of("busybox", "docker.io/library/busybox", "busybox", "busybox", "docker.io/library/busybox"),
        Arguments.of("busybox:latest", "docker.io/library/busybox:latest", "busybox:latest", "busybox", "docker.io/library/busybox"),
        Arguments.of("docker.io/library/app:1", "docker.io/library/app:1", "app:1", "app", "docker.io/library/app"),
        Arguments.of("docker.io/library/t3:v3", "docker.io/library/t3:v3", "t3:v3", "t3", "docker.io/library/t3"),
        Arguments.of("index.docker.io/t4", "docker.io/library/t4", "t4", "t4", "docker.io/library/t4"),
        Arguments.of("docker.io/someone/t5:x", "docker.io/someone/t5:x", "someone/t5:x", "someone/t5", "docker.io/someone/t5"),
        Arguments.of("localhost:5000/t6", "localhost:5000/t6", "localhost:5000/t6", "localhost:5000/t6", "localhost:5000/t6"),
        Arguments.of("Localhost:5000/t7:x", "Localhost:5000/t7:x", "Localhost:5000/t7:x", "Localhost:5000/t7", "Localhost:5000/t7"),
        Arguments.of("my.registry.example.com:443/a/b/c:d_e.f-g", "my.registry.example.com:443/a/b/c:d_e.f-g", "my.registry.example.com:443/a/b/c:d_e.f-g", "my.registry.example.com:443/a/b/c", "my.registry.example.com:443/a/b/c"),
        Arguments.of("localhost/q3", "localhost/q3", "localhost/q3", "localhost/q3", "localhost/q3"),
        Arguments.of("library/q4/z", "docker.io/library/q4/z", "library/q4/z", "library/q4/z", "docker.io/library/q4/z"),
        Arguments.of("library/x", "docker.io/library/x", "x", "x", "docker.io/library/x"),
        Arguments.of("docker.io/x", "docker.io/library/x", "x", "x", "docker.io/library/x"),
        Arguments.of("Ab.C/q8", "Ab.C/q8", "Ab.C/q8", "Ab.C/q8", "Ab.C/q8"),
        // Not a valid host name but a valid path: Docker keeps it with an empty domain.
        Arguments.of("a_b.c/x", "a_b.c/x", "a_b.c/x", "a_b.c/x", "a_b.c/x"),
        Arguments.of("a__b:1", "docker.io/library/a__b:1", "a__b:1", "a__b", "docker.io/library/a__b"),
        Arguments.of("a---b:1", "docker.io/library/a---b:1", "a---b:1", "a---b", "docker.io/library/a---b"),
        Arguments.of("1c9cab38ee9e", "docker.io/library/1c9cab38ee9e", "1c9cab38ee9e", "1c9cab38ee9e", "docker.io/library/1c9cab38ee9e"),
        Arguments.of("sha256:abc", "docker.io/library/sha256:abc", "sha256:abc", "sha256", "docker.io/library/sha256"),
        Arguments.of("x@sha256:" + Z64, "docker.io/library/x@sha256:" + Z64, "x@sha256:" + Z64, "x", "docker.io/library/x"),
        Arguments.of("x:tag@sha256:" + Z64, "docker.io/library/x:tag@sha256:" + Z64, "x:tag@sha256:" + Z64, "x", "docker.io/library/x"),
        Arguments.of("localhost:5000/x/y:z", "localhost:5000/x/y:z", "localhost:5000/x/y:z", "localhost:5000/x/y", "localhost:5000/x/y"),
        Arguments.of("x:" + "a".repeat(128), "docker.io/library/x:" + "a".repeat(128), "x:" + "a".repeat(128), "x", "docker.io/library/x"),
        Arguments.of("x:UPPER_tag", "docker.io/library/x:UPPER_tag", "x:UPPER_tag", "x", "docker.io/library/x"),
        Arguments.of("x@sha384:" + Z64 + "a".repeat(32), "docker.io/library/x@sha384:" + Z64 + "a".repeat(32), "x@sha384:" + Z64 + "a".repeat(32), "x", "docker.io/library/x"));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void parsesLikeTheDaemon(String input, String normalized, String familiar, String familiarName, String repository) {
    Reference ref = Reference.parse(input);
    assertThat(ref.normalizedString()).isEqualTo(normalized);
    assertThat(ref.toString()).isEqualTo(normalized);
    assertThat(ref.familiarString()).isEqualTo(familiar);
    assertThat(ref.familiarName()).isEqualTo(familiarName);
    assertThat(ref.repository()).isEqualTo(repository);
    assertThat(Reference.parse(normalized)).isEqualTo(ref);
    assertThat(Reference.parse(familiar)).isEqualTo(ref);
  }

  @Test
  void partsAndDefaultTag() {
    Reference ref = Reference.parse("busybox");
    assertThat(ref.domain()).isEqualTo("docker.io");
    assertThat(ref.path()).isEqualTo("library/busybox");
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.digest()).isEmpty();
    assertThat(ref.isNameOnly()).isTrue();
    assertThat(ref.withDefaultTag().normalizedString()).isEqualTo("docker.io/library/busybox:latest");
    assertThat(ref.withDefaultTag().familiarString()).isEqualTo("busybox:latest");

    Reference digested = Reference.parse("x@sha256:" + Z64);
    assertThat(digested.isDigest()).isTrue();
    assertThat(digested.digest()).contains("sha256:" + Z64);
    assertThat(digested.withDefaultTag()).isEqualTo(digested);

    Reference both = Reference.parse("x:tag@sha256:" + Z64);
    assertThat(both.tag()).contains("tag");
    assertThat(both.lookupKey().familiarString()).isEqualTo("x@sha256:" + Z64);
    assertThat(both.nameOnly().familiarString()).isEqualTo("x");
    assertThat(both.withTag("z").familiarString()).isEqualTo("x:z");
    assertThat(Reference.parse("app").lookupKey().familiarString()).isEqualTo("app:latest");
    assertThat(Reference.parse("app:1").lookupKey().familiarString()).isEqualTo("app:1");
    assertThat(Reference.parse("app:1").withDefaultTag().familiarString()).isEqualTo("app:1");
    assertThat(Reference.parse("app").withDigest("sha256:" + Z64).familiarString()).isEqualTo("app@sha256:" + Z64);
  }

  static Stream<Arguments> invalid() {
    String upper = "invalid reference format: repository name must be lowercase";
    String format = "invalid reference format";
    String tooLong = "repository name must not be more than 255 characters";
    return Stream.of(
        Arguments.of("Nosuch", upper),
        Arguments.of("UPPER:1", upper),
        Arguments.of("example.com/UP", upper),
        Arguments.of("Foo/bar", upper),
        Arguments.of("LOCALHOST/q5", upper),
        Arguments.of("ABC", upper),
        Arguments.of("A".repeat(64), upper),
        Arguments.of("x@Sha256:" + "a".repeat(32), upper),
        // Upper case found only by the library's whole-string retry has the shorter text.
        Arguments.of("A_b.c/x", "repository name must be lowercase"),
        Arguments.of("x.com/a:\u212a", "repository name must be lowercase"),
        Arguments.of("\u212a", upper),
        Arguments.of("bad::x", format),
        Arguments.of("", format),
        Arguments.of(" ", format),
        Arguments.of("a//b", format),
        Arguments.of("a/", format),
        Arguments.of("-a", format),
        Arguments.of("a..b", format),
        Arguments.of("a___b:1", format),
        Arguments.of("x:bad tag", format),
        Arguments.of("x:-bad", format),
        Arguments.of("x:.bad", format),
        Arguments.of("x:" + "a".repeat(129), format),
        Arguments.of("x:", format),
        Arguments.of("sha256:", format),
        Arguments.of("x@sha256", format),
        Arguments.of("x@sha256:abc", format),
        Arguments.of("[::1]:5000/q6", format),
        Arguments.of("a-.b/q7", format),
        Arguments.of("a_b.c:5000/x", format),
        Arguments.of("x@sha256:" + "A".repeat(64), "invalid checksum digest format"),
        Arguments.of("x@sha256:" + "a".repeat(32), "invalid checksum digest length"),
        Arguments.of("x@sha512:" + Z64, "invalid checksum digest length"),
        Arguments.of("x@md5:" + "a".repeat(32), "unsupported digest algorithm"),
        Arguments.of("x@foo:" + "a".repeat(32), "unsupported digest algorithm"),
        Arguments.of("x@sha1:" + Z64, "unsupported digest algorithm"),
        Arguments.of("x:t@Sha256:" + Z64, "invalid checksum digest format"),
        Arguments.of(ID, "invalid repository name (" + ID + "), cannot specify 64-byte hexadecimal strings"),
        Arguments.of("a".repeat(256), tooLong),
        Arguments.of("a".repeat(255), tooLong),
        Arguments.of("a".repeat(238), tooLong),
        Arguments.of("x.y/" + "a".repeat(252), tooLong));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsWithTheDaemonsText(String input, String message) {
    assertThatThrownBy(() -> Reference.parse(input))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((InvalidReferenceException) e).httpStatus()).isEqualTo(400));
    assertThat(Reference.tryParse(input)).isEmpty();
  }

  @Test
  void hugeInputsCostLittle() {
    assertThatThrownBy(() -> Reference.parse("a".repeat(1_000_000)))
        .hasMessage("repository name must not be more than 255 characters");
    assertThatThrownBy(() -> Reference.parse("a/".repeat(500_000))).hasMessage("invalid reference format");
    assertThatThrownBy(() -> Reference.parse("a.".repeat(500_000) + "a/b")).hasMessage("repository name must not be more than 255 characters");
    assertThatThrownBy(() -> Reference.parse("x@" + "a.".repeat(500_000) + "a:" + "0".repeat(64)))
        .hasMessage("unsupported digest algorithm");
  }

  @Test
  void lengthLimitCountsTheNormalisedName() {
    assertThat(Reference.parse("a".repeat(237)).normalizedString()).hasSize(255);
    assertThat(Reference.parse("x.y/" + "a".repeat(251)).normalizedString()).hasSize(255);
  }

  static Stream<Arguments> cliDialect() {
    return Stream.of(
        Arguments.of("UPPER:1", "invalid reference format: repository name (library/UPPER) must be lowercase"),
        Arguments.of("Nosuch", "invalid reference format: repository name (library/Nosuch) must be lowercase"),
        Arguments.of("\u212a", "invalid reference format: repository name (library/\u212a) must be lowercase"),
        Arguments.of("x/\u0130", "invalid reference format: repository name (x/\u0130) must be lowercase"),
        Arguments.of("A_b.c/x", "repository name must be lowercase"),
        Arguments.of("a".repeat(248), "repository name must not be more than 255 characters"),
        Arguments.of("x@sha256:" + "a".repeat(32), "invalid checksum digest length"));
  }

  @ParameterizedTest
  @MethodSource("cliDialect")
  void cliDialectTexts(String input, String message) {
    assertThatThrownBy(() -> Reference.parse(input, ReferenceDialect.CLI_28)).hasMessage(message);
  }

  @Test
  void cliDialectAcceptsWhatTheDaemonRefuses() {
    // Seen with docker CLI 28.2.2: accepted locally, refused by the 20.10 daemon.
    assertThat(Reference.parse("Foo/bar", ReferenceDialect.CLI_28).repository()).isEqualTo("Foo/bar");
    assertThat(Reference.parse("[::1]:5000/x", ReferenceDialect.CLI_28).domain()).isEqualTo("[::1]:5000");
    assertThat(Reference.parse("a".repeat(240), ReferenceDialect.CLI_28).path()).hasSize(248);
  }

  @Test
  void naturalOrderIsTheNormalisedString() {
    // §1.3 and the RepoTags of §5.2.
    List<String> familiar =
        Stream.of("my.registry.example.com:443/a/b/c:d_e.f-g", "localhost:5000/t6:latest", "someone/t5:x",
                "t4:latest", "t3:v3", "t2:v2", "t1:latest", "src:1", "Localhost:5000/t7:x")
            .map(Reference::parse).sorted().map(Reference::familiarString).toList();
    assertThat(familiar)
        .containsExactly("Localhost:5000/t7:x", "src:1", "t1:latest", "t2:v2", "t3:v3", "t4:latest",
            "someone/t5:x", "localhost:5000/t6:latest", "my.registry.example.com:443/a/b/c:d_e.f-g");
    List<String> apps =
        Stream.of("localhost:5731/ns/app:3", "other/app:2.0", "app:latest", "app:1", "app@sha256:" + Z64)
            .map(Reference::parse).sorted().map(Reference::familiarString).toList();
    assertThat(apps)
        .containsExactly("app:1", "app:latest", "app@sha256:" + Z64, "other/app:2.0", "localhost:5731/ns/app:3");
    // Seen on the daemon: RepoTags of one image after the §1.1 probes.
    assertThat(Stream.of("src:1", "q:latest", "localhost/q3:latest", "library/q4/z:latest", "q2:latest",
                "a_b.c/x:latest", "Ab.C/q8:latest")
            .map(Reference::parse).sorted().map(Reference::familiarString).toList())
        .containsExactly("Ab.C/q8:latest", "a_b.c/x:latest", "q2:latest", "library/q4/z:latest", "q:latest",
            "src:1", "localhost/q3:latest");
  }

  @Test
  void canonicalIsWhatTheFamiliarKeyParsesTo() {
    // Seen on the daemon: repo=docker.io/a.a/a is listed as "a.a/a:latest", and "rmi a.a/a" removes it.
    Reference hub = Reference.parse("docker.io/a.a/a");
    assertThat(hub.familiarString()).isEqualTo("a.a/a");
    assertThat(hub.canonical()).isEqualTo(Reference.parse("a.a/a"));
    assertThat(hub.canonical().domain()).isEqualTo("a.a");
    assertThat(Reference.parse("docker.io/localhost/b").familiarString()).isEqualTo("localhost/b");
    assertThat(Reference.parse("app:1").canonical()).isEqualTo(Reference.parse("app:1"));
    // docker.io/library/<64 hex> parses, but its familiar form does not.
    String hex = "ab".repeat(32);
    Reference hexName = Reference.parse("docker.io/library/" + hex);
    assertThat(hexName.familiarString()).isEqualTo(hex);
    assertThat(hexName.canonical()).isEqualTo(hexName);
  }

  @Test
  void withTagRejectsBadTags() {
    Reference x = Reference.parse("x");
    assertThatThrownBy(() -> x.withTag("bad tag")).hasMessage("invalid tag format");
    assertThatThrownBy(() -> x.withTag("-bad")).hasMessage("invalid tag format");
    assertThatThrownBy(() -> x.withTag("a".repeat(129))).hasMessage("invalid tag format");
    assertThatThrownBy(() -> x.withTag("")).hasMessage("invalid tag format");
    assertThat(x.withTag("a".repeat(128)).tag()).contains("a".repeat(128));
  }
}
