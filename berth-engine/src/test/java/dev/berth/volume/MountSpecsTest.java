package dev.berth.volume;

import dev.berth.units.GoPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daemon's -v/--mount rules; expected texts from dockerd 20.10.24 (Volume_ContainerMounts). */
class MountSpecsTest {

  private static List<MountPoint> parse(String json) throws Exception {
    return MountSpecs.parse(ImageConfig.MAPPER.readTree(json));
  }

  @Test
  void namedVolumeGetsLabelModeZAndCopiesImageData() {
    MountPoint m = MountSpecs.parseBind("named1:/a");
    assertThat(m).isEqualTo(new MountPoint("volume", "named1", "", "/a", "local", "z", true, "", true, true));
  }

  @Test
  void modesAreKeptAsTyped() {
    assertThat(MountSpecs.parseBind("named2:/b:ro")).extracting(MountPoint::mode, MountPoint::rw)
        .containsExactly("ro", false);
    MountPoint nocopy = MountSpecs.parseBind("ab:/x:rw,nocopy");
    assertThat(nocopy.mode()).isEqualTo("rw,nocopy");
    assertThat(nocopy.copyData()).isFalse();
  }

  @Test
  void hostPathIsABindWithDefaultPropagation() {
    assertThat(MountSpecs.parseBind("/srv//data/:/c"))
        .isEqualTo(new MountPoint("bind", "", "/srv/data", "/c", "", "", true, "rprivate", true, false));
    assertThat(MountSpecs.parseBind("/tmp:/d:ro,rshared")).extracting(MountPoint::propagation, MountPoint::rw)
        .containsExactly("rshared", false);
  }

  @Test
  void bindErrorsUseTheDaemonsWording() {
    assertThatThrownBy(() -> MountSpecs.parseBind("ab:/x:rw,ro")).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid mode: rw,ro");
    assertThatThrownBy(() -> MountSpecs.parseBind("ab:x"))
        .hasMessage("invalid volume specification: 'ab:x': invalid mount config for type \"volume\": "
            + "invalid mount path: 'x' mount path must be absolute");
    assertThatThrownBy(() -> MountSpecs.parseBind("a:b:c:d:e")).hasMessage("invalid volume specification: 'a:b:c:d:e'");
    assertThatThrownBy(() -> MountSpecs.parseBind("/x:ro")).hasMessage("invalid volume specification: '/x:ro'");
    assertThatThrownBy(() -> MountSpecs.parseBind("/tmp:/x:nocopy"))
        .hasMessage("invalid volume specification: '/tmp:/x:nocopy': invalid mount config for type \"bind\": "
            + "field VolumeOptions must not be specified");
    assertThatThrownBy(() -> MountSpecs.parseBind("ab:/x:rprivate"))
        .hasMessage("invalid volume specification: 'ab:/x:rprivate': invalid mount config for type \"volume\": "
            + "field BindOptions must not be specified");
    assertThatThrownBy(() -> MountSpecs.parseBind("ab:/"))
        .hasMessage("invalid volume specification: 'ab:/': invalid mount config for type \"volume\": "
            + "invalid specification: destination can't be '/'");
  }

  @Test
  void bindsThenMountsThenAnonymousVolumesWhichGiveWay() throws Exception {
    List<MountPoint> mounts = parse("{\"Binds\":[\"ab:/x\"],\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/g\"}],"
        + "\"Volumes\":{\"/x\":{},\"/e/\":{}}}");
    assertThat(mounts).extracting(MountPoint::destination).containsExactly("/e", "/g", "/x");
    assertThat(mounts.get(0)).extracting(MountPoint::named, MountPoint::mode).containsExactly(false, "");
    assertThat(mounts.get(0).name()).matches("[0-9a-f]{64}");
    // --mount without a source: anonymous (rm -v removes it) but label mode z
    assertThat(mounts.get(1)).extracting(MountPoint::named, MountPoint::mode).containsExactly(false, "z");
    assertThat(mounts.get(2).name()).isEqualTo("ab");
  }

  @Test
  void duplicateDestinationsAndBadNamesAreRefused() {
    assertThatThrownBy(() -> parse("{\"Binds\":[\"/x:/y\",\"/z:/y\"]}")).hasMessage("Duplicate mount point: /y");
    assertThatThrownBy(() -> parse("{\"Binds\":[\"bad name:/x\"]}"))
        .hasMessage("create bad name: \"bad name\" includes invalid characters for a local volume name, only "
            + "\"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path");
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v\",\"Target\":\"/x\"}]}"))
        .hasMessage("create v: volume name is too short, names should be at least two alphanumeric characters");
  }

  @Test
  void mountErrors() {
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"bogus\",\"Target\":\"/x\"}]}"))
        .hasMessage("invalid mount config for type \"bogus\": mount type unknown");
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/x\",\"ReadOnly\":true}]}"))
        .hasMessage("invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes");
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"/nonexist-src\",\"Target\":\"/x\"}]}"))
        .hasMessage("invalid mount config for type \"bind\": bind source path does not exist: /nonexist-src");
  }

  @Test
  void goPathClean() {
    assertThat(GoPath.clean("/foo/../bar/")).isEqualTo("/bar");
    assertThat(GoPath.clean("a:/x")).isEqualTo("a:/x");
    assertThat(GoPath.clean("/..//a/./b")).isEqualTo("/a/b");
    assertThat(GoPath.clean("../a/..")).isEqualTo("..");
    assertThat(GoPath.clean("")).isEqualTo(".");
  }

  @Test
  void aVolumeMountsDriverOptionsAreCheckedAsTheVolumeIsMade() throws Exception {
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/foo\","
        + "\"VolumeOptions\":{\"DriverConfig\":{\"Name\":\"local\",\"Options\":{\"foobar\":\"foobaz\"}}}}]}"))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("create v1: invalid option: \"foobar\"");
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v2\",\"Target\":\"/foo\","
        + "\"VolumeOptions\":{\"DriverConfig\":{\"Name\":\"local\",\"Options\":{\"type\":\"tmpfs\"}}}}]}"))
        .hasMessage("create v2: missing required option: \"device\"");
    assertThat(parse("{\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v3\",\"Target\":\"/foo\",\"VolumeOptions\":"
        + "{\"DriverConfig\":{\"Name\":\"local\",\"Options\":{\"type\":\"tmpfs\",\"device\":\"tmpfs\",\"o\":\"size=1\"}}}}]}"))
        .hasSize(1);
  }

  @Test
  void aTmpfsMountIsMountedLikeTmpfsWithTheDaemonsData() throws Exception {
    var config = ImageConfig.MAPPER.readTree("{\"Mounts\":[{\"Type\":\"tmpfs\",\"Target\":\"/foo/\",\"ReadOnly\":true,"
        + "\"TmpfsOptions\":{\"SizeBytes\":4096,\"Mode\":448}},{\"Type\":\"tmpfs\",\"Target\":\"/big\","
        + "\"TmpfsOptions\":{\"SizeBytes\":1073741824}}],\"HostOptions\":{\"Tmpfs\":{\"/run\":\"size=1m\"}}}");
    assertThat(MountSpecs.tmpfsMounts(config, config.path("HostOptions")))
        .containsEntry("/run", "size=1m").containsEntry("/foo", "ro,mode=700,size=4k").containsEntry("/big", "size=1g");
    assertThat(MountSpecs.parse(config)).isEmpty(); // not a mount point of its own
    assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"tmpfs\",\"Source\":\"/x\",\"Target\":\"/foo\"}]}"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid mount config for type \"tmpfs\": field Source must not be specified");
  }

  @Test
  void aDuplicateLeavesTheAnonymousMountVolumeMadeBeforeIt() throws Exception {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("{\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/foo\"},"
        + "{\"Type\":\"volume\",\"Target\":\"/foo\"}]}"))
        .isInstanceOfSatisfying(DuplicateMountPointException.class, e -> {
          assertThat(e).hasMessage("Duplicate mount point: /foo");
          assertThat(e.volumesMadeBefore()).hasSize(1);
          assertThat(e.volumesMadeBefore().get(0)).hasSize(64);
        });
  }

  @Test
  void bindInOrAboveTheDaemonRootIsSlaveOrRefused() {
    String root = "/var/lib/berth";
    assertThat(MountSpecs.parseBind("/var/lib/berth:/foo", root).propagation()).isEqualTo("rslave");
    assertThat(MountSpecs.parseBind("/var/lib/berth/containers:/foo:rshared", root).propagation()).isEqualTo("rshared");
    assertThat(MountSpecs.parseBind("/:/host", root).propagation()).isEqualTo("rslave");
    assertThat(MountSpecs.parseBind("/srv:/srv", root).propagation()).isEqualTo("rprivate");
    assertThatThrownBy(() -> MountSpecs.parseBind("/var/lib/berth/containers:/foo:private", root))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid mount config: must use either propagation mode \"rslave\" or \"rshared\" when mount "
            + "source is within the daemon root, daemon root: \"/var/lib/berth\", bind mount source: "
            + "\"/var/lib/berth/containers\", propagation: \"private\"");
    var mount = ImageConfig.MAPPER.createObjectNode().put("Type", "bind").put("Source", "/tmp").put("Target", "/f");
    assertThat(MountSpecs.parseMount(mount, "/tmp/berth").propagation()).isEqualTo("rslave");
    assertThat(MountSpecs.parseMount(mount, root).propagation()).isEqualTo("rprivate");
    mount.putObject("BindOptions").put("Propagation", "shared");
    assertThatThrownBy(() -> MountSpecs.parseMount(mount, "/tmp/berth")).hasMessageContaining("propagation: \"shared\"");
  }
}
