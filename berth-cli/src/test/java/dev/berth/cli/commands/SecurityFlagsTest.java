package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityFlagsTest {
  @TempDir
  Path dir;

  @Test
  void seccompFileIsSentCompacted() throws Exception {
    Path p = dir.resolve("p.json");
    Files.writeString(p, "{\n\t\"defaultAction\": \"SCMP_ACT_ALLOW\",\n \"x\": \"a b\\\" c\" }\n");
    assertThat(SecurityFlags.securityOpts(List.of("seccomp=" + p, "no-new-privileges", "apparmor:x")))
        .containsExactly("seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\",\"x\":\"a b\\\" c\"}", "no-new-privileges",
            "apparmor:x");
  }

  @Test
  void cliErrors() throws Exception {
    assertThatThrownBy(() -> SecurityFlags.securityOpts(List.of("seccomp"))).hasMessage("Invalid --security-opt: \"seccomp\"");
    assertThatThrownBy(() -> SecurityFlags.securityOpts(List.of("label="))).hasMessage("Invalid --security-opt: \"label=\"");
    assertThatThrownBy(() -> SecurityFlags.securityOpts(List.of("seccomp=" + dir.resolve("none"))))
        .hasMessage("opening seccomp profile (" + dir.resolve("none") + ") failed: open " + dir.resolve("none")
            + ": no such file or directory");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{} x");
    assertThatThrownBy(() -> SecurityFlags.securityOpts(List.of("seccomp=" + bad)))
        .hasMessage("compacting json for seccomp profile (" + bad + ") failed: invalid character 'x' after top-level value");
  }

  @Test
  void labelFile() throws Exception {
    Path f = dir.resolve("labels");
    Files.write(f, "\uFEFFa=1\n  # c\nb\n\nc=x y \n".getBytes(StandardCharsets.UTF_8));
    assertThat(SecurityFlags.keyValueFile(f.toString())).containsExactly("a=1", "c=x y ");
    Files.writeString(f, "a b=1\n");
    assertThatThrownBy(() -> SecurityFlags.keyValueFile(f.toString()))
        .hasMessage("invalid env file (" + f + "): variable 'a b' contains whitespaces");
  }

  @Test
  void gpus() {
    assertThat(SecurityFlags.gpuRequest("all").toString()).isEqualTo("{\"Driver\":\"\",\"Count\":-1,\"DeviceIDs\":null,"
        + "\"Capabilities\":[[\"gpu\"]],\"Options\":{}}");
  }
}
