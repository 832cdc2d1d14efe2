package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecProcessTest {
  @TempDir Path dir;

  private List<String> env(boolean containerTty, boolean execTty) throws Exception {
    ContainerDirs dirs = new ContainerDirs(dir);
    Files.createDirectories(dirs.bundle());
    String env = containerTty ? "[\"PATH=/bin\",\"HOSTNAME=h\",\"TERM=xterm\",\"HOME=/root\"]"
        : "[\"PATH=/bin\",\"HOSTNAME=h\",\"HOME=/root\"]";
    Files.writeString(dirs.bundle().resolve("config.json"),
        "{\"process\":{\"terminal\":" + containerTty + ",\"env\":" + env + ",\"cwd\":\"/\",\"user\":{\"uid\":0,\"gid\":0}}}");
    JsonNode p = ExecProcess.spec(dirs, ExecRequest.of("sh"), execTty);
    List<String> out = new ArrayList<>();
    p.path("env").forEach(e -> out.add(e.asText()));
    return out;
  }

  @Test
  void termFollowsTheExecsTerminalNotTheContainers() throws Exception {
    assertThat(env(true, false)).containsExactly("PATH=/bin", "HOSTNAME=h", "HOME=/root");
    assertThat(env(true, true)).containsExactly("PATH=/bin", "HOSTNAME=h", "TERM=xterm", "HOME=/root");
    assertThat(env(false, true)).containsExactly("PATH=/bin", "HOSTNAME=h", "TERM=xterm", "HOME=/root");
    assertThat(env(false, false)).containsExactly("PATH=/bin", "HOSTNAME=h", "HOME=/root");
  }

  @Test
  void privilegedGivesEveryKernelCapabilityAndNothingElseChanges() throws Exception {
    ContainerDirs dirs = new ContainerDirs(dir);
    Files.createDirectories(dirs.bundle());
    Files.writeString(dirs.bundle().resolve("config.json"), "{\"process\":{\"terminal\":false,\"env\":[\"PATH=/bin\"],"
        + "\"cwd\":\"/w\",\"user\":{\"uid\":0,\"gid\":0},\"capabilities\":{\"bounding\":[],\"effective\":[],"
        + "\"permitted\":[],\"inheritable\":[]}}}");
    JsonNode plain = ExecProcess.spec(dirs, ExecRequest.of("sh"), false);
    assertThat(plain.path("capabilities").path("bounding")).isEmpty();
    JsonNode p = ExecProcess.spec(dirs, ExecRequest.of("sh").withPrivileged(true).withEnv(List.of("A=1")), false);
    List<String> kernel = Capabilities.kernel();
    for (String set : List.of("bounding", "effective", "permitted")) {
      List<String> caps = new ArrayList<>();
      p.path("capabilities").path(set).forEach(c -> caps.add(c.asText()));
      assertThat(caps).as(set).containsExactlyElementsOf(kernel);
    }
    assertThat(p.path("capabilities").has("inheritable")).isFalse();
    assertThat(p.path("cwd").asText()).isEqualTo("/w");
    assertThat(p.path("env").toString()).isEqualTo("[\"PATH=/bin\",\"A=1\"]");
  }
}
