package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuncTest {
  @TempDir Path runRoot;
  private Runc runc;

  /** A stand-in runc that knows every container: it always prints a running state. */
  @BeforeEach
  void fakeRunc() throws Exception {
    Path script = runRoot.resolve("fake-runc");
    Files.writeString(script, "#!/bin/sh\necho '{\"id\":\"abc\",\"pid\":42,\"status\":\"running\"}'\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    runc = new Runc(new RuntimeConfig(runRoot, script, Path.of("/usr/bin/conmon"), "/berth"));
  }

  @Test
  void aContainerWithoutAStateDirectoryIsUnknownWithoutAskingRunc() {
    assertThat(runc.state("abc")).isEmpty();
  }

  @Test
  void withAStateDirectoryRuncIsAsked() throws Exception {
    Files.createDirectories(runRoot.resolve("runc/abc"));
    assertThat(runc.state("abc")).contains(new RuncState("abc", 42, "running"));
  }
}
