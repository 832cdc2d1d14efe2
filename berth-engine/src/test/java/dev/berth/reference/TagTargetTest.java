package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.BerthException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.SystemException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec §5: `docker tag` and POST /images/{name}/tag, checked by the CLI and by the daemon. */
class TagTargetTest {
  static final String Z64 = "0".repeat(64);
  static final String ID = "1c9cab38ee9eb59da061853601328cc2072ace67e86ca3f1eed29bd445b9c773";

  static Stream<Arguments> apiAccepted() {
    return Stream.of(
        Arguments.of("apitag", "v1", "apitag:v1"),
        Arguments.of("apitag:embedded", "", "apitag:embedded"),
        Arguments.of("apitag:embedded", "override", "apitag:override"),
        Arguments.of("x", "", "x:latest"),
        Arguments.of("x", null, "x:latest"),
        Arguments.of("x:y", "z", "x:z"),
        Arguments.of("x@sha256:" + Z64, "z", "x:z"), // a tag parameter drops the digest
        Arguments.of("Localhost:5000/ab", "", "Localhost:5000/ab:latest"),
        Arguments.of("a".repeat(237), "", "a".repeat(237) + ":latest"),
        Arguments.of("x.y/" + "a".repeat(251), "", "x.y/" + "a".repeat(251) + ":latest"),
        Arguments.of("docker.io/library/t3", "v3", "t3:v3"),
        Arguments.of("1c9cab38ee9e", "", "1c9cab38ee9e:latest"),
        Arguments.of("localhost/sha256", "", "localhost/sha256:latest"),
        Arguments.of("a_b.c/x", "", "a_b.c/x:latest"),
        Arguments.of("x", "a".repeat(128), "x:" + "a".repeat(128)));
  }

  @ParameterizedTest
  @MethodSource("apiAccepted")
  void apiAccepts(String repo, String tag, String familiar) {
    Reference ref = TagTarget.forApi(repo, tag);
    assertThat(ref.familiarString()).isEqualTo(familiar);
    assertThat(ref.isTagged()).isTrue();
    assertThat(ref.isDigest()).isFalse();
  }

  static Stream<Arguments> apiRejected() {
    return Stream.of(
        Arguments.of("UPPER", "1", 500, "invalid reference format: repository name must be lowercase"),
        Arguments.of("example.com/UP", "", 500, "invalid reference format: repository name must be lowercase"),
        Arguments.of("Foo/bar", "", 500, "invalid reference format: repository name must be lowercase"),
        Arguments.of("A_b.c/x", "", 500, "repository name must be lowercase"),
        Arguments.of("x", "bad tag", 500, "invalid tag format"),
        Arguments.of("x", "-bad", 500, "invalid tag format"),
        Arguments.of("x", "a".repeat(129), 500, "invalid tag format"),
        Arguments.of("x", "a@b", 500, "invalid tag format"),
        Arguments.of("x:bad tag", "ok", 500, "invalid reference format"),
        Arguments.of("a//b", "", 500, "invalid reference format"),
        Arguments.of("", "v1", 500, "invalid reference format"),
        Arguments.of("[::1]:5000/q6", "", 500, "invalid reference format"),
        Arguments.of(ID, "", 500, "invalid repository name (" + ID + "), cannot specify 64-byte hexadecimal strings"),
        Arguments.of("a".repeat(256), "", 500, "repository name must not be more than 255 characters"),
        Arguments.of("a".repeat(238), "", 500, "repository name must not be more than 255 characters"),
        Arguments.of("x.y/" + "a".repeat(252), "", 500, "repository name must not be more than 255 characters"),
        Arguments.of("x@sha256:" + "a".repeat(32), "", 500, "invalid checksum digest length"),
        Arguments.of("x@md5:" + "a".repeat(32), "", 500, "unsupported digest algorithm"),
        Arguments.of("sha256", "x", 400, "refusing to create an ambiguous tag using digest algorithm as name"),
        Arguments.of("sha256", "", 400, "refusing to create an ambiguous tag using digest algorithm as name"),
        Arguments.of("sha256:abc", "", 400, "refusing to create an ambiguous tag using digest algorithm as name"),
        Arguments.of("library/sha256", "", 400, "refusing to create an ambiguous tag using digest algorithm as name"),
        Arguments.of("x@sha256:" + Z64, "", 400, "refusing to create a tag with a digest reference"),
        Arguments.of("sha256@sha256:" + Z64, "", 400, "refusing to create a tag with a digest reference"));
  }

  @ParameterizedTest
  @MethodSource("apiRejected")
  void apiRejects(String repo, String tag, int status, String message) {
    assertThatThrownBy(() -> TagTarget.forApi(repo, tag))
        .isInstanceOf(status == 500 ? SystemException.class : InvalidArgumentException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((BerthException) e).httpStatus()).isEqualTo(status));
  }

  static Stream<Arguments> cliAccepted() {
    // target, repo sent, tag sent
    return Stream.of(
        Arguments.of("t1", "docker.io/library/t1", "latest"),
        Arguments.of("t2:v2", "docker.io/library/t2", "v2"),
        Arguments.of("docker.io/library/t3:v3", "docker.io/library/t3", "v3"),
        Arguments.of("index.docker.io/t4", "docker.io/library/t4", "latest"),
        Arguments.of("docker.io/someone/t5:x", "docker.io/someone/t5", "x"),
        Arguments.of("localhost:5000/t6", "localhost:5000/t6", "latest"),
        Arguments.of("Localhost:5000/t7:x", "Localhost:5000/t7", "x"),
        Arguments.of("my.registry.example.com:443/a/b/c:d_e.f-g", "my.registry.example.com:443/a/b/c", "d_e.f-g"),
        Arguments.of("1c9cab38ee9e", "docker.io/library/1c9cab38ee9e", "latest"),
        Arguments.of("a__b:1", "docker.io/library/a__b", "1"),
        Arguments.of("a---b:1", "docker.io/library/a---b", "1"),
        Arguments.of("x:" + "a".repeat(128), "docker.io/library/x", "a".repeat(128)),
        Arguments.of("sha256:abc", "docker.io/library/sha256", "abc"),
        // The CLI lets these through; the daemon then refuses them (see cliThenDaemon).
        Arguments.of("Foo/bar", "Foo/bar", "latest"),
        Arguments.of("[::1]:5000/x", "[::1]:5000/x", "latest"),
        Arguments.of("a".repeat(240), "docker.io/library/" + "a".repeat(240), "latest"));
  }

  @ParameterizedTest
  @MethodSource("cliAccepted")
  void cliSends(String target, String repo, String tag) {
    assertThat(TagTarget.forCli("src:1", target)).isEqualTo(new TagTarget.ApiParameters(repo, tag));
  }

  static Stream<Arguments> cliRejected() {
    String prefix = "Error parsing reference: ";
    String suffix = " is not a valid repository/tag: ";
    return Stream.of(
        Arguments.of("src:1", "UPPER:1", prefix + "\"UPPER:1\"" + suffix + "invalid reference format: repository name (library/UPPER) must be lowercase"),
        Arguments.of("src:1", "x:bad tag", prefix + "\"x:bad tag\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "x:-bad", prefix + "\"x:-bad\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "x:" + "a".repeat(129), prefix + "\"x:" + "a".repeat(129) + "\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", ID, prefix + "\"" + ID + "\"" + suffix + "invalid repository name (" + ID + "), cannot specify 64-byte hexadecimal strings"),
        Arguments.of("src:1", "a//b", prefix + "\"a//b\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "a/", prefix + "\"a/\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "-a", prefix + "\"-a\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "a..b", prefix + "\"a..b\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "a___b:1", prefix + "\"a___b:1\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "a".repeat(256), prefix + "\"" + "a".repeat(256) + "\"" + suffix + "repository name must not be more than 255 characters"),
        Arguments.of("src:1", "a".repeat(255), prefix + "\"" + "a".repeat(255) + "\"" + suffix + "repository name must not be more than 255 characters"),
        Arguments.of("src:1", "", prefix + "\"\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "a\tb", prefix + "\"a\\tb\"" + suffix + "invalid reference format"),
        Arguments.of("src:1", "A_b.c/x", prefix + "\"A_b.c/x\"" + suffix + "repository name must be lowercase"),
        Arguments.of("src:1", "x@sha256:" + "A".repeat(64), prefix + "\"x@sha256:" + "A".repeat(64) + "\"" + suffix + "invalid checksum digest format"),
        Arguments.of("src:1", "x@sha256:" + "a".repeat(32), prefix + "\"x@sha256:" + "a".repeat(32) + "\"" + suffix + "invalid checksum digest length"),
        Arguments.of("src:1", "x@md5:" + "a".repeat(32), prefix + "\"x@md5:" + "a".repeat(32) + "\"" + suffix + "unsupported digest algorithm"),
        Arguments.of("src:1", "x@sha256:" + Z64, "refusing to create a tag with a digest reference"),
        Arguments.of("src:1", "x:tag@sha256:" + Z64, "refusing to create a tag with a digest reference"),
        // The source is checked first, by the CLI too.
        Arguments.of("Nosuch", "x", prefix + "\"Nosuch\"" + suffix + "invalid reference format: repository name (library/Nosuch) must be lowercase"),
        Arguments.of("bad::", "x", prefix + "\"bad::\"" + suffix + "invalid reference format"),
        Arguments.of("sha256:abc\"", "x", prefix + "\"sha256:abc\\\"\"" + suffix + "invalid reference format"),
        Arguments.of("nosuch", "UPPER", prefix + "\"UPPER\"" + suffix + "invalid reference format: repository name (library/UPPER) must be lowercase"));
  }

  @ParameterizedTest
  @MethodSource("cliRejected")
  void cliRefuses(String source, String target, String message) {
    assertThatThrownBy(() -> TagTarget.forCli(source, target))
        .isInstanceOf(ClientReferenceException.class)
        .hasMessage(message);
  }

  @Test
  void cliLetsIdsAndDigestsThroughAsSources() {
    assertThat(TagTarget.forCli(ID, "y").repo()).isEqualTo("docker.io/library/y");
    assertThat(TagTarget.forCli("sha256:" + "A".repeat(64), "y").tag()).isEqualTo("latest");
    assertThat(TagTarget.forCli("x@sha256:" + Z64, "y").tag()).isEqualTo("latest");
  }

  @Test
  void cliThenDaemon() {
    // docker tag src:1 Foo/bar -> "Error response from daemon: invalid reference format: ..."
    TagTarget.ApiParameters foo = TagTarget.forCli("src:1", "Foo/bar");
    assertThatThrownBy(() -> TagTarget.forApi(foo.repo(), foo.tag()))
        .isInstanceOf(SystemException.class)
        .hasMessage("invalid reference format: repository name must be lowercase");
    TagTarget.ApiParameters ipv6 = TagTarget.forCli("src:1", "[::1]:5000/x");
    assertThatThrownBy(() -> TagTarget.forApi(ipv6.repo(), ipv6.tag())).hasMessage("invalid reference format");
    TagTarget.ApiParameters long240 = TagTarget.forCli("src:1", "a".repeat(240));
    assertThatThrownBy(() -> TagTarget.forApi(long240.repo(), long240.tag()))
        .hasMessage("repository name must not be more than 255 characters");
    // docker tag src:1 sha256 / sha256:abc -> daemon 400
    TagTarget.ApiParameters sha = TagTarget.forCli("src:1", "sha256:abc");
    assertThatThrownBy(() -> TagTarget.forApi(sha.repo(), sha.tag()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("refusing to create an ambiguous tag using digest algorithm as name");
  }

  @Test
  void parseTagTargetRunsBothSteps() {
    assertThat(Reference.parseTagTarget("Localhost:5000/t7:x").familiarString()).isEqualTo("Localhost:5000/t7:x");
    assertThat(Reference.parseTagTarget("t1").familiarString()).isEqualTo("t1:latest");
    assertThat(Reference.parseTagTarget("my.registry.example.com:443/a/b/c:d_e.f-g").normalizedString())
        .isEqualTo("my.registry.example.com:443/a/b/c:d_e.f-g");
    assertThatThrownBy(() -> Reference.parseTagTarget("UPPER:1")).isInstanceOf(ClientReferenceException.class);
    assertThatThrownBy(() -> Reference.parseTagTarget("Foo/bar")).isInstanceOf(SystemException.class);
    assertThatThrownBy(() -> Reference.parseTagTarget("sha256"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("refusing to create an ambiguous tag using digest algorithm as name");
  }
}
