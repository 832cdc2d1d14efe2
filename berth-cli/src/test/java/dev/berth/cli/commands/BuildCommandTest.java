package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth build}'s client side: which Dockerfile is used; expected texts are the docker CLI 28's. */
class BuildCommandTest {
  @TempDir Path dir;
  CliHarness berth;

  @BeforeEach
  void setUp() throws Exception {
    berth = new CliHarness(dir);
    berth.importBusybox();
  }

  @AfterEach
  void tearDown() {
    berth.removeAll();
  }

  @Test
  void squashIsRefusedAsOnADaemonWithoutExperimentalFeatures() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("sq"));
    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\n");
    CliHarness.Result r = berth.run("build", "--squash", "--iidfile", dir.resolve("iid").toString(), "-t", "sq", ctx.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).endsWith("\"--squash\" is only supported on a Docker daemon with experimental features enabled\n");
    assertThat(dir.resolve("iid")).doesNotExist();
    assertThat(berth.run("image", "inspect", "sq").exit()).isEqualTo(1);
  }

  @Test
  void aLowercaseDockerfileIsUsedOnlyWhenDockerfileIsMissing() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("Dockerfile"));
    Files.writeString(ctx.resolve("dockerfile"), "FROM busybox\nLABEL from=lower\n");
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("dockerfile"));
    CliHarness.Result lower = berth.run("build", "-t", "t1", ctx.toString());
    assertThat(lower.exit()).as(lower.err()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.Config.Labels.from}}", "t1").out()).isEqualTo("lower\n");

    Files.writeString(ctx.resolve("Dockerfile"), "FROM busybox\nLABEL from=upper\n");
    assertThat(BuildCommand.defaultDockerfile(ctx)).isEqualTo(ctx.resolve("Dockerfile"));
    CliHarness.Result upper = berth.run("build", "-t", "t1", ctx.toString());
    assertThat(upper.exit()).as(upper.err()).isZero();
    assertThat(berth.run("inspect", "--format", "{{.Config.Labels.from}}", "t1").out()).isEqualTo("upper\n");
  }

  @Test
  void addHostValuesAreCheckedLikeTheDockerCli() {
    assertThat(BuildCommand.validateExtraHost("foo:127.0.0.1")).isEqualTo("foo:127.0.0.1");
    assertThat(BuildCommand.validateExtraHost("foo=[::1]")).isEqualTo("foo:::1");
    assertThat(BuildCommand.validateExtraHost("gw:host-gateway")).isEqualTo("gw:host-gateway");
    assertThatThrownBy(() -> BuildCommand.validateExtraHost("foo"))
        .hasMessage("bad format for add-host: \"foo\"");
    assertThatThrownBy(() -> BuildCommand.validateExtraHost(":127.0.0.1"))
        .hasMessage("bad format for add-host: \":127.0.0.1\"");
    assertThatThrownBy(() -> BuildCommand.validateExtraHost("foo:"))
        .hasMessage("invalid IP address in add-host: \"\"");
    assertThatThrownBy(() -> BuildCommand.validateExtraHost("foo:101.10.2"))
        .hasMessage("invalid IP address in add-host: \"101.10.2\"");
    assertThatThrownBy(() -> BuildCommand.validateExtraHost("foo:2001::1::3F"))
        .hasMessage("invalid IP address in add-host: \"2001::1::3F\"");
    assertThat(BuildCommand.isIpLiteral("256.1.1.1")).isFalse();
    assertThat(BuildCommand.isIpLiteral("01.1.1.1")).isFalse();
    assertThat(BuildCommand.isIpLiteral("2001:db8::1")).isTrue();
    assertThat(BuildCommand.isIpLiteral("fe80::1%eth0")).isFalse();
    CliHarness.Result r = berth.run("build", "--add-host=foo:101.10.2", dir.toString());
    assertThat(r.exit()).isEqualTo(125);
    assertThat(r.err()).as("after the legacy-builder notice").contains("invalid argument \"foo:101.10.2\" for \"--add-host\" flag: invalid IP address in"
        + " add-host: \"101.10.2\"\n\nUsage:  berth build [OPTIONS] PATH | URL | -\n");
  }

  @Test
  void aDockerfileOnStdinWithDashFIsAmbiguous() {
    CliHarness.Result r = berth.runWithInput("FROM busybox\n".getBytes(StandardCharsets.UTF_8),
        "build", "-t", "t1", "-f", "baz", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as("after the legacy-builder notice").endsWith(
        "unable to prepare context: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles\n");
  }

  @Test
  void remoteContextProgressIsTheCliProgressBar() {
    // docker build http://127.0.0.1:18116/testD (CLI 28, no terminal): 55B downloaded of 55B
    assertThat(BuildCommand.progressBar(55, 55))
        .isEqualTo("[==================================================>]      55B/55B");
    assertThat(BuildCommand.progressBar(4096, 10240)).isEqualTo("[====================>"
        + " ".repeat(30) + "]  4.096kB/10.24kB");
    assertThat(BuildCommand.progressBar(2048, -1)).isEqualTo(" 2.048kB");
    assertThat(BuildCommand.progressBar(0, 0)).isEmpty();
  }

  @Test
  void resourceFlagsBecomeTheStepContainersHostOptions() throws Exception {
    BuildCommand b = new BuildCommand();
    assertThat(b.hostOptions()).isNull();
    b.memory = "64m";
    b.memorySwap = "-1";
    b.cpuShares = 100L;
    b.ulimits = java.util.List.of("nofile=42");
    b.cgroupParent = "test";
    assertThat(b.hostOptions()).isEqualTo("{\"Memory\":67108864,\"MemorySwap\":-1,\"CpuShares\":100,"
        + "\"Ulimits\":[{\"Name\":\"nofile\",\"Hard\":42,\"Soft\":42}],\"CgroupParent\":\"test\"}");
  }

  @Test
  void aNetworkOtherThanTheDefaultIsTheStepContainersNetworkMode() {
    BuildCommand b = new BuildCommand();
    b.network = "default";
    assertThat(b.hostOptions()).isNull();
    b.network = "container:abc";
    assertThat(b.hostOptions()).isEqualTo("{\"NetworkMode\":\"container:abc\"}");
  }
}
