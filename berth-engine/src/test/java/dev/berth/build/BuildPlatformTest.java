package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import org.junit.jupiter.api.Test;

/** {@code build --platform}: the daemon's specifier errors, the host's platform accepted, others refused. */
class BuildPlatformTest {
  @Test
  void unreadableSpecifiersAreInvalidArgumentsWithTheDaemonsMessages() {
    assertThatThrownBy(() -> BuildPlatform.check("foobar")).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("\"foobar\": unknown operating system or architecture: invalid argument");
    assertThatThrownBy(() -> BuildPlatform.check("linux/foobar/x/y"))
        .hasMessage("\"linux/foobar/x/y\": cannot parse platform specifier: invalid argument");
    assertThatThrownBy(() -> BuildPlatform.check("linux/*"))
        .hasMessage("\"linux/*\": wildcards not yet supported: invalid argument");
    assertThatThrownBy(() -> BuildPlatform.check("linux/am.d64")).hasMessage("\"am.d64\" is an invalid component of"
        + " \"linux/am.d64\": platform specifier component must match \"^[A-Za-z0-9_-]+$\": invalid argument");
  }

  @Test
  void theHostsPlatformInAnySpellingIsAcceptedAndAnotherIsRefused() {
    String arch = BuildPlatform.hostArch();
    BuildPlatform.check(null);
    BuildPlatform.check("");
    BuildPlatform.check("linux");
    BuildPlatform.check(arch);
    BuildPlatform.check("linux/" + arch);
    BuildPlatform.check("Linux/" + arch.toUpperCase(java.util.Locale.ROOT));
    assertThat(BuildPlatform.parse("x86_64")).isEqualTo("linux/amd64");
    assertThat(BuildPlatform.parse("linux/foobar")).isEqualTo("linux/foobar");
    assertThatThrownBy(() -> BuildPlatform.check("windows")).isInstanceOf(NotSupportedException.class);
    assertThatThrownBy(() -> BuildPlatform.check("linux/s390x")).isInstanceOf(NotSupportedException.class);
  }
}
