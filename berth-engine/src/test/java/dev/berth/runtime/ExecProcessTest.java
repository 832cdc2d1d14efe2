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
}
