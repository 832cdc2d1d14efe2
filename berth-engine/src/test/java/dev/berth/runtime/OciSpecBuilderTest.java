package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciSpecBuilderTest {
  static final String ID = "d0c4369d5537bd0197b0f3d46aa2fe8de6b2e0a2bd3120ad42016a767f791f5d";

  @TempDir Path dir;
  Path rootfs;
  HostFiles files;
  ImageProcessConfig busybox;

  @BeforeEach
  void setUp() throws Exception {
    rootfs = dir.resolve("rootfs");
    Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/passwd"), UserResolverTest.PASSWD);
    Files.writeString(rootfs.resolve("etc/group"), UserResolverTest.GROUP);
    files = HostFiles.write(dir.resolve("userdata"), "h", NetworkMode.NONE);
    busybox = ImageProcessConfig.fromJson(OciSpecBuilder.JSON.readTree(
        "{\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
            + "\"Cmd\":[\"sh\"],\"WorkingDir\":\"\",\"Entrypoint\":null}"));
  }

  private ObjectNode build(RunOptions opts) {
    return new OciSpecBuilder("/berth")
        .build(new OciSpecBuilder.Input(ID, busybox, opts, rootfs, files));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void rootDefaultsMatchTheConfigThatRan() {
    ObjectNode spec = build(RunOptions.defaults());
    JsonNode p = spec.path("process");
    assertThat(p.path("terminal").asBoolean()).isFalse();
    assertThat(texts(p.path("args"))).containsExactly("sh");
    assertThat(texts(p.path("env"))).containsExactly(ContainerEnv.DEFAULT_PATH,
        "HOSTNAME=d0c4369d5537", "HOME=/root");
    assertThat(p.path("cwd").asText()).isEqualTo("/");
    assertThat(p.path("user").path("uid").asLong()).isZero();
    assertThat(texts(p.path("capabilities").path("effective")))
        .containsExactlyElementsOf(OciSpecBuilder.DEFAULT_CAPABILITIES).hasSize(14);
    assertThat(p.has("rlimits")).isFalse();
    assertThat(p.path("noNewPrivileges").asBoolean()).isFalse();
    assertThat(spec.path("hostname").asText()).isEqualTo("d0c4369d5537");
    assertThat(spec.path("root").path("path").asText()).isEqualTo(rootfs.toString());
    assertThat(spec.path("root").path("readonly").asBoolean()).isFalse();
    assertThat(spec.path("linux").path("cgroupsPath").asText()).isEqualTo("/berth/" + ID);
    List<String> ns = new ArrayList<>();
    spec.path("linux").path("namespaces").forEach(n -> ns.add(n.path("type").asText()));
    assertThat(ns).containsExactly("pid", "network", "ipc", "uts", "mount");
    List<String> dests = new ArrayList<>();
    spec.path("mounts").forEach(m -> dests.add(m.path("destination").asText()));
    assertThat(dests).containsExactly("/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue",
        "/sys", "/sys/fs/cgroup", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf");
    assertThat(spec.path("mounts").get(7).path("source").asText())
        .isEqualTo(files.hosts().toString());
    assertThat(spec.path("annotations").path("org.opencontainers.image.stopSignal").asText())
        .isEqualTo("15");
  }

  @Test
  void nonRootUserKeepsOnlyTheBoundingSet() {
    JsonNode p = build(RunOptions.defaults().withUser("app")).path("process");
    assertThat(p.path("user").path("uid").asLong()).isEqualTo(1000);
    assertThat(p.path("user").path("gid").asLong()).isEqualTo(1000);
    assertThat(texts(p.path("user").path("additionalGids"))).containsExactly("1000", "50");
    assertThat(p.path("capabilities").has("effective")).isFalse();
    assertThat(texts(p.path("capabilities").path("bounding"))).hasSize(14);
    assertThat(texts(p.path("env"))).contains("HOME=/home/app");
  }

  @Test
  void aRelativeMountDestinationIsMadeAbsoluteAsRuncWould() {
    ObjectNode spec = build(RunOptions.defaults()
        .withBinds(List.of(new BindMount(Path.of("/srv"), "testname:/foo", false))));
    List<String> dests = new ArrayList<>();
    spec.path("mounts").forEach(m -> dests.add(m.path("destination").asText()));
    assertThat(dests).contains("/testname:/foo").doesNotContain("testname:/foo");
  }

  @Test
  void optionsShapeTheSpec() {
    RunOptions opts = RunOptions.defaults().withHostname("myh").withWorkdir("/w")
        .withReadOnlyRootfs(true).withTty(true).withNetwork(NetworkMode.HOST)
        .withBinds(List.of(new BindMount(Path.of("/srv"), "/data", true)));
    ObjectNode spec = build(opts);
    assertThat(spec.path("hostname").asText()).isEqualTo("myh");
    assertThat(spec.path("process").path("cwd").asText()).isEqualTo("/w");
    assertThat(spec.path("process").path("terminal").asBoolean()).isTrue();
    assertThat(texts(spec.path("process").path("env"))).contains("TERM=xterm", "HOSTNAME=myh");
    assertThat(spec.path("root").path("readonly").asBoolean()).isTrue();
    assertThat(spec.path("linux").path("namespaces").toString()).doesNotContain("network");
    JsonNode bind = spec.path("mounts").get(7); // depth 1: before the network files (/etc/hosts: depth 2)
    assertThat(bind.path("destination").asText()).isEqualTo("/data");
    assertThat(bind.path("source").asText()).isEqualTo("/srv");
    assertThat(texts(bind.path("options"))).containsExactly("rbind", "rprivate", "ro");
  }

  @Test
  void imageWorkdirUserAndStopSignalApply() throws Exception {
    busybox = ImageProcessConfig.fromJson(OciSpecBuilder.JSON.readTree(
        "{\"Cmd\":[\"sh\"],\"WorkingDir\":\"/srv\",\"User\":\"nobody\",\"StopSignal\":\"SIGQUIT\"}"));
    ObjectNode spec = build(RunOptions.defaults());
    assertThat(spec.path("process").path("cwd").asText()).isEqualTo("/srv");
    assertThat(spec.path("process").path("user").path("uid").asLong()).isEqualTo(65534);
    assertThat(spec.path("annotations").path("org.opencontainers.image.stopSignal").asText())
        .isEqualTo("3");
  }

  @Test
  void errors() {
    busybox = ImageProcessConfig.empty();
    assertThatThrownBy(() -> build(RunOptions.defaults()))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("No command specified");
    assertThatThrownBy(() -> build(RunOptions.defaults().withCmd(List.of("x")).withWorkdir("rel")))
        .hasMessage("the working directory 'rel' is invalid, it needs to be an absolute path");
    RunOptions init = RunOptions.defaults().withCmd(List.of("x")).withInit(true);
    assertThatThrownBy(() -> new OciSpecBuilder("/berth").build(
        new OciSpecBuilder.Input(ID, busybox, init, rootfs, files, java.util.Optional.empty())))
        .isInstanceOf(NotSupportedException.class)
        .hasMessageStartingWith("--init without an init binary on the host (install tini: one of [");
  }

  @Test
  void initRunsTheCommandUnderDockerInitMountedReadOnly() {
    RunOptions init = RunOptions.defaults().withCmd(List.of("ps", "-o", "pid,args")).withInit(true);
    ObjectNode spec = new OciSpecBuilder("/berth").build(new OciSpecBuilder.Input(ID, busybox, init, rootfs, files,
        java.util.Optional.of(Path.of("/usr/bin/tini-static"))));
    assertThat(texts(spec.path("process").path("args")))
        .containsExactly("/sbin/docker-init", "--", "ps", "-o", "pid,args");
    JsonNode last = spec.path("mounts").get(spec.path("mounts").size() - 1);
    assertThat(last.toString()).isEqualTo("{\"destination\":\"/sbin/docker-init\",\"type\":\"bind\","
        + "\"source\":\"/usr/bin/tini-static\",\"options\":[\"bind\",\"ro\"]}");
    ObjectNode plain = build(RunOptions.defaults().withCmd(List.of("ps")));
    assertThat(texts(plain.path("process").path("args"))).containsExactly("ps");
    assertThat(plain.path("mounts").toString()).doesNotContain("docker-init");
  }

  @Test
  void initBinaryIsTheFirstExecutableCandidate(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing");
    Path notExecutable = Files.writeString(dir.resolve("plain"), "x");
    Path real = Files.writeString(dir.resolve("tini"), "x");
    real.toFile().setExecutable(true);
    Path link = Files.createSymbolicLink(dir.resolve("docker-init"), real);
    assertThat(InitBinary.find(List.of(missing, notExecutable, link, real))).hasValue(real.toRealPath());
    assertThat(InitBinary.find(List.of(missing, notExecutable))).isEmpty();
  }

  @Test
  void hostFilesForNoneNetwork() throws Exception {
    assertThat(Files.readString(files.hosts())).isEqualTo(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n"
            + "ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n");
    assertThat(Files.readString(files.hostname())).isEqualTo("h\n");
    assertThat(HostFiles.containerResolvConf("nameserver 10.255.255.53\n"))
        .isEqualTo("nameserver 10.255.255.53\n");
    assertThat(HostFiles.containerResolvConf("search x\nnameserver 127.0.0.53\n"))
        .isEqualTo("search x\n\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n");
  }

  private static List<String> destinations(ObjectNode spec) {
    List<String> out = new ArrayList<>();
    spec.path("mounts").forEach(m -> out.add(m.path("destination").asText()));
    return out;
  }

  @Test
  void aVolumeOnEtcComesBeforeTheNetworkFilesAndAMountedNetworkFileReplacesOurs() {
    ObjectNode spec = build(RunOptions.defaults().withBinds(List.of(new BindMount(Path.of("/v"), "/etc", false),
        new BindMount(Path.of("/f"), "/etc/hostname", true))));
    assertThat(destinations(spec).subList(7, destinations(spec).size()))
        .containsExactly("/etc", "/etc/hostname", "/etc/hosts", "/etc/resolv.conf");
    assertThat(spec.path("mounts").get(8).path("source").asText()).isEqualTo("/f");
  }

  @Test
  void hostIpcSharesTheHostsDevShm() {
    ObjectNode spec = build(RunOptions.defaults().withLimits(new ProcessLimits(List.of(), 0, 0, List.of(), List.of(),
        List.of(), null, "host", "", false, KernelSettings.none())));
    JsonNode shm = spec.path("mounts").get(3);
    assertThat(shm.path("destination").asText()).isEqualTo("/dev/shm");
    assertThat(shm.path("type").asText()).isEqualTo("bind");
    assertThat(shm.path("source").asText()).isEqualTo("/dev/shm");
  }

  @Test
  void devicesBecomeNodesAndCgroupRules() {
    ObjectNode spec = build(RunOptions.defaults().withDevices(List.of(
        new DeviceMapping("/dev/zero", "/dev/nulo", "rw"))));
    JsonNode node = spec.path("linux").path("devices").get(0);
    assertThat(node.path("path").asText()).isEqualTo("/dev/nulo");
    assertThat(node.path("type").asText()).isEqualTo("c");
    assertThat(node.path("major").asLong()).isEqualTo(1);
    assertThat(node.path("minor").asLong()).isEqualTo(5);
    JsonNode rule = spec.path("linux").path("resources").path("devices").get(8);
    assertThat(rule.toString()).isEqualTo("{\"allow\":true,\"type\":\"c\",\"major\":1,\"minor\":5,\"access\":\"rw\"}");
  }

  @Test
  void aPathThatIsNoDeviceFailsTheStart() {
    assertThatThrownBy(() -> build(RunOptions.defaults().withDevices(List.of(new DeviceMapping(dir.toString(), "/x",
        "rwm"))))).hasMessage("error gathering device information while adding custom device \"" + dir
        + "\": not a device node");
    assertThatThrownBy(() -> build(RunOptions.defaults().withDevices(List.of(new DeviceMapping("/dev/nope-x", "/x",
        "rwm"))))).hasMessage("error gathering device information while adding custom device \"/dev/nope-x\": no"
        + " such file or directory");
  }

  @Test
  void dnsSettingsReplaceTheResolvConfAndExtraHostsFollowOurs() throws Exception {
    NetworkFiles extra = new NetworkFiles(List.of("1.1.1.1", "2.2.2.2"), List.of("a", "b"), List.of("ndots:9"),
        List.of("extra:1.2.3.4", "six:::1"));
    assertThat(extra.resolvConf("nameserver 10.0.0.1\noptions x\n"))
        .isEqualTo("search a b\nnameserver 1.1.1.1\nnameserver 2.2.2.2\noptions ndots:9\n");
    assertThat(new NetworkFiles(List.of(), List.of("."), List.of(), List.of())
        .resolvConf("search old\nnameserver 10.0.0.1 # x\noptions y\noptions z\n"))
        .isEqualTo("nameserver 10.0.0.1\noptions z\n");
    HostFiles f = HostFiles.write(dir.resolve("u2"), "h", NetworkMode.HOST, extra);
    assertThat(Files.readString(f.hosts())).isEqualTo(HostFiles.NONE_HOSTS + "1.2.3.4\textra\n::1\tsix\n");
  }

  @Test
  void cgroupParentAndDeviceRules() {
    ObjectNode spec = build(RunOptions.defaults().withCgroup("/../../x", List.of("c 7:128 rwm", "a *:* r")));
    assertThat(spec.path("linux").path("cgroupsPath").asText()).isEqualTo("/x/" + ID);
    assertThat(OciSpecBuilder.joinCgroup("test", "id")).isEqualTo("test/id");
    assertThat(OciSpecBuilder.joinCgroup("../../x", "id")).isEqualTo("../../x/id");
    assertThat(build(RunOptions.defaults()).path("linux").path("cgroupsPath").asText()).isEqualTo("/berth/" + ID);
    JsonNode rules = spec.path("linux").path("resources").path("devices");
    assertThat(rules.get(6).toString()).isEqualTo("{\"allow\":true,\"type\":\"c\",\"major\":5,\"minor\":1,\"access\":\"rwm\"}");
    assertThat(rules.get(7).path("allow").asBoolean()).isFalse();
    assertThat(rules.get(8).toString()).isEqualTo("{\"allow\":true,\"type\":\"c\",\"major\":7,\"minor\":128,\"access\":\"rwm\"}");
    assertThat(rules.get(9).toString()).isEqualTo("{\"allow\":true,\"type\":\"a\",\"major\":-1,\"minor\":-1,\"access\":\"r\"}");
  }

  @Test
  void joiningAContainersNetworkSharesItsNamespaceHostnameAndFiles() {
    NetworkJoin join = new NetworkJoin("/proc/42/ns/net", "parenthost", dir.resolve("other"));
    ObjectNode spec = build(RunOptions.defaults().withNetwork(NetworkMode.parse("container:parent")).withJoin(join));
    assertThat(spec.path("hostname").asText()).isEqualTo("parenthost");
    assertThat(spec.path("linux").path("namespaces").toString())
        .contains("{\"type\":\"network\",\"path\":\"/proc/42/ns/net\"}");
    assertThat(join.files().hosts()).isEqualTo(dir.resolve("other/hosts"));
  }

  @Test
  void bindPropagationAndRecursionReachTheSpecAndTheRoot() {
    ObjectNode plain = build(RunOptions.defaults().withBinds(List.of(new BindMount(Path.of("/srv"), "/data", false))));
    assertThat(plain.path("linux").has("rootfsPropagation")).isFalse();
    ObjectNode slave = build(RunOptions.defaults().withBinds(List.of(
        new BindMount(Path.of("/srv"), "/data", false, "slave", false))));
    JsonNode bind = slave.path("mounts").get(7);
    assertThat(texts(bind.path("options"))).containsExactly("bind", "slave");
    assertThat(slave.path("linux").path("rootfsPropagation").asText()).isEqualTo("rslave");
    ObjectNode shared = build(RunOptions.defaults().withBinds(List.of(
        new BindMount(Path.of("/srv"), "/a", false, "rslave", true),
        new BindMount(Path.of("/srv"), "/b", true, "rshared", true))));
    assertThat(shared.path("linux").path("rootfsPropagation").asText()).isEqualTo("shared");
  }

  @Test
  void aSharedShmPathIsBoundAtDevShm() {
    ProcessLimits limits = new ProcessLimits(List.of(), 0, 0, List.of(), List.of(), List.of(), null, "", "", false,
        KernelSettings.none(), new ProcessLimits.Extras(false, 0, 0, 0, false, "", "/var/lib/berth/containers/x/mounts/shm"));
    JsonNode shm = null;
    for (JsonNode m : build(RunOptions.defaults().withLimits(limits)).path("mounts")) {
      if (m.path("destination").asText().equals("/dev/shm")) {
        shm = m;
      }
    }
    assertThat(shm.path("type").asText()).isEqualTo("bind");
    assertThat(shm.path("source").asText()).isEqualTo("/var/lib/berth/containers/x/mounts/shm");
  }
}
