package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerEnvTest {
  static final List<String> BUSYBOX_ENV = List.of(ContainerEnv.DEFAULT_PATH);

  @Test
  void dockerRunEnvOrder() {
    // docker run -e FOO=1 busybox env → PATH, HOSTNAME, FOO=1, HOME=/root
    List<String> merged = ContainerEnv.merge(BUSYBOX_ENV, List.of("FOO=1"));
    assertThat(ContainerEnv.forProcess(merged, "f301bc0aadb4", false, "/root"))
        .containsExactly(ContainerEnv.DEFAULT_PATH, "HOSTNAME=f301bc0aadb4", "FOO=1",
            "HOME=/root");
  }

  @Test
  void userValuesOverrideImageValuesInPlace() {
    List<String> merged =
        ContainerEnv.merge(List.of("A=image", "PATH=/img", "B=image"), List.of("B=user", "C=3"));
    assertThat(merged).containsExactly("B=user", "C=3", "A=image", "PATH=/img");
    assertThat(ContainerEnv.forProcess(merged, "h", true, "/"))
        .containsExactly("PATH=/img", "HOSTNAME=h", "TERM=xterm", "B=user", "C=3", "A=image",
            "HOME=/");
  }

  @Test
  void imageHomeWins() {
    assertThat(ContainerEnv.forProcess(List.of("HOME=/x"), "h", false, "/root"))
        .containsExactly(ContainerEnv.DEFAULT_PATH, "HOSTNAME=h", "HOME=/x");
  }

  @Test
  void aBareNameUnsetsTheVariable() {
    // unset FOO HOSTNAME; docker run -e FOO -e HOSTNAME busybox env → PATH, HOME only
    List<String> merged = ContainerEnv.merge(BUSYBOX_ENV, List.of("FOO", "HOSTNAME"));
    assertThat(merged).containsExactly("FOO", "HOSTNAME", ContainerEnv.DEFAULT_PATH);
    assertThat(ContainerEnv.forProcess(merged, "h", false, "/root"))
        .containsExactly(ContainerEnv.DEFAULT_PATH, "HOME=/root");
  }

  @Test
  void linkedVariablesFollowTheDefaultsAndAContainerVariableReplacesOneInPlace() {
    List<String> env = ContainerEnv.withLinked(List.of("A_NAME=/p/a", "A_ENV_x=1"),
        List.of(ContainerEnv.DEFAULT_PATH, "A_NAME=mine", "A_ENV_x", "e=2"));
    assertThat(ContainerEnv.forProcess(env, "h", false, "/root"))
        .containsExactly(ContainerEnv.DEFAULT_PATH, "HOSTNAME=h", "A_NAME=mine", "e=2", "HOME=/root");
    assertThat(ContainerEnv.withLinked(List.of(), List.of("e=2"))).containsExactly("e=2");
  }
}
