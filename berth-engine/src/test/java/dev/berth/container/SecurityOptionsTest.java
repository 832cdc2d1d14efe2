package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import org.junit.jupiter.api.Test;

class SecurityOptionsTest {
  private static SecurityOptions parse(String... opts) {
    var a = ImageConfig.MAPPER.createArrayNode();
    for (String o : opts) {
      a.add(o);
    }
    return SecurityOptions.parse(a);
  }

  @Test
  void daemonReading() {
    assertThat(parse("no-new-privileges").noNewPrivileges()).isTrue();
    assertThat(parse("no-new-privileges=true", "no-new-privileges:0").noNewPrivileges()).isFalse();
    assertThat(parse("seccomp=unconfined", "apparmor:p", "label=disable", "disable"))
        .isEqualTo(new SecurityOptions(false, "unconfined", "p"));
    assertThat(parse("seccomp={\"a\":1}").seccomp()).isEqualTo("{\"a\":1}");
  }

  @Test
  void daemonErrors() {
    assertThatThrownBy(() -> parse("foo")).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid --security-opt 1: \"foo\"");
    assertThatThrownBy(() -> parse("foo=bar")).hasMessage("invalid --security-opt 2: \"foo=bar\"");
    assertThatThrownBy(() -> parse("no-new-privileges=yes")).hasMessage("invalid --security-opt 2: \"no-new-privileges=yes\"");
  }

  @Test
  void createAddsLabelDisableAndDefaultPaths() {
    ObjectNode config = ImageConfig.MAPPER.createObjectNode();
    config.putObject(HostSettings.CONFIG_KEY).put("Privileged", true);
    SecurityOptions.applyAtCreate(config);
    assertThat(config.path(HostSettings.CONFIG_KEY).toString()).isEqualTo("{\"Privileged\":true,"
        + "\"SecurityOpt\":[\"label=disable\"]}");
    ObjectNode plain = ImageConfig.MAPPER.createObjectNode();
    plain.putObject(HostSettings.CONFIG_KEY).put("IpcMode", "host").putArray("SecurityOpt").add("label=user:u");
    SecurityOptions.applyAtCreate(plain);
    assertThat(plain.path(HostSettings.CONFIG_KEY).path("SecurityOpt").toString()).isEqualTo("[\"label=user:u\"]");
    assertThat(plain.path(HostSettings.CONFIG_KEY).path("MaskedPaths").size()).isEqualTo(10);
    assertThat(plain.path(HostSettings.CONFIG_KEY).path("ReadonlyPaths").size()).isEqualTo(5);
  }
}
