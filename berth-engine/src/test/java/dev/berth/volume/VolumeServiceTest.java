package dev.berth.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Engine;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.image.Filters;
import dev.berth.store.StorePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volume semantics of the local driver on a real store (Volume_CreateLsInspect, Volume_FiltersRmPrune). */
class VolumeServiceTest {
  @TempDir Path dir;
  Engine engine;
  VolumeService volumes;

  @BeforeEach
  void open() {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    volumes = engine.volumes();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void use(String volume, String containerId) {
    engine.store().db().write(c -> {
      VolumeMounts.attach(c, engine.store().paths(), containerId,
          List.of(new MountPoint("volume", volume, "", "/d", "local", "z", true, "", true, true)));
      return null;
    });
  }

  @Test
  void createMakesTheDataDirectoryAndKeepsAnExistingVolumeUnchanged() {
    VolumeRecord v = volumes.create("v2", "", Map.of("tier", "db"), Map.of());
    assertThat(volumes.mountpoint("v2")).isEqualTo(dir.resolve("root/volumes/v2/_data")).isDirectory();
    assertThat(volumes.create("v2", "local", Map.of("other", "x"), null).labels()).isEqualTo(Map.of("tier", "db"));
    assertThat(v.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(volumes.toJson(volumes.create("v1", null, null, null)).toString())
        .contains("\"Labels\":null", "\"Options\":null", "\"Scope\":\"local\"");
    assertThat(volumes.create(null, null, null, null).name()).matches("[0-9a-f]{64}");
  }

  @Test
  void createErrors() {
    assertThatThrownBy(() -> volumes.create("a", null, null, null)).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("create a: volume name is too short, names should be at least two alphanumeric characters");
    assertThatThrownBy(() -> volumes.create("q\"uote", null, null, null)).hasMessageStartingWith(
        "create q\"uote: \"q\\\"uote\" includes invalid characters for a local volume name");
    assertThatThrownBy(() -> volumes.create("vb", "bogus", null, null)).isInstanceOf(NotFoundException.class)
        .hasMessage("create vb: error looking up volume plugin bogus: plugin \"bogus\" not found");
    assertThatThrownBy(() -> volumes.create("vf", null, null, Map.of("foo", "bar")))
        .hasMessage("create vf: invalid option: \"foo\"");
    assertThatThrownBy(() -> volumes.create("vt", null, null, Map.of("type", "tmpfs")))
        .hasMessage("create vt: missing required option: \"device\"");
    assertThat(Files.exists(dir.resolve("root/volumes/vf"))).isFalse();
  }

  @Test
  void listFilters() {
    volumes.create("l1", null, Map.of("a", "1"), null);
    volumes.create("l2", null, Map.of("b", ""), null);
    volumes.create("l3", null, null, null);
    use("l3", "c".repeat(64));
    assertThat(names(Filters.ofArgs(List.of("dangling=true")))).containsExactly("l1", "l2");
    assertThat(names(Filters.ofArgs(List.of("dangling=0")))).containsExactly("l3");
    assertThat(names(Filters.ofArgs(List.of("dangling=true", "dangling=false")))).containsExactly("l1", "l2");
    assertThat(names(Filters.ofArgs(List.of("label=a=1")))).containsExactly("l1");
    assertThat(names(Filters.ofArgs(List.of("name=^l[23]$")))).containsExactly("l2", "l3");
    assertThat(names(Filters.ofArgs(List.of("name=[")))).isEmpty();
    assertThat(names(Filters.ofArgs(List.of("driver=loc")))).isEmpty();
    assertThatThrownBy(() -> volumes.list(Filters.ofArgs(List.of("dangling=bogus"))))
        .hasMessage("Invalid filter 'dangling=[bogus]'");
    assertThatThrownBy(() -> volumes.list(Filters.ofArgs(List.of("label!=a")))).hasMessage("Invalid filter 'label!'");
  }

  private List<String> names(Filters f) {
    return volumes.list(f).stream().map(VolumeRecord::name).toList();
  }

  @Test
  void removeRefusesAVolumeInUseEvenForced() {
    volumes.create("keep", null, null, null);
    String id = "a".repeat(64);
    use("keep", id);
    assertThatThrownBy(() -> volumes.remove("keep", true)).isInstanceOf(ConflictException.class)
        .hasMessage("remove keep: volume is in use - [" + id + "]");
    assertThatThrownBy(() -> volumes.remove("nope", false)).isInstanceOf(NotFoundException.class)
        .hasMessage("get nope: no such volume");
    assertThat(volumes.remove("nope", true)).isFalse();
    engine.store().db().write(c -> {
      VolumeStore.removeUser(c, id);
      return null;
    });
    assertThat(volumes.remove("keep", false)).isTrue();
    assertThat(Files.exists(dir.resolve("root/volumes/keep"))).isFalse();
  }

  @Test
  void pruneRemovesEveryUnusedVolumeAndCountsItsBytes() throws Exception {
    volumes.create("p1", null, null, null);
    volumes.create("p2", null, Map.of("keep", "1"), null);
    volumes.create("used", null, null, null);
    use("used", "b".repeat(64));
    Files.writeString(volumes.mountpoint("p1").resolve("f"), "12345\n");
    assertThatThrownBy(() -> volumes.prune(Filters.ofArgs(List.of("until=1h")))).hasMessage("Invalid filter 'until'");
    VolumeService.PruneReport r = volumes.prune(Filters.ofArgs(List.of("label!=keep")));
    assertThat(r.deleted()).containsExactly("p1");
    assertThat(r.spaceReclaimed()).isEqualTo(6);
    assertThat(volumes.prune(Filters.empty()).deleted()).containsExactly("p2");
    assertThat(volumes.usage()).singleElement().extracting(u -> u.volume().name(), VolumeUsage::refCount)
        .containsExactly("used", 1);
  }

  @Test
  void releaseRemovesOnlyUnnamedVolumesNobodyElseUses() {
    String c1 = "1".repeat(64);
    String c2 = "2".repeat(64);
    MountPoint anon = new MountPoint("volume", "f".repeat(64), "", "/a", "local", "", true, "", false, true);
    MountPoint named = new MountPoint("volume", "named", "", "/n", "local", "z", true, "", true, true);
    MountPoint shared = new MountPoint("volume", "e".repeat(64), "", "/s", "local", "", true, "", false, true);
    List<String> deleted = engine.store().db().write(c -> {
      VolumeMounts.attach(c, engine.store().paths(), c1, List.of(anon, named, shared));
      VolumeMounts.attach(c, engine.store().paths(), c2,
          List.of(new MountPoint("volume", shared.name(), "", "/x", "local", "z", true, "", true, true)));
      return VolumeMounts.release(c, c1, List.of(anon, named, shared), true);
    });
    assertThat(deleted).containsExactly(anon.name());
    assertThat(volumes.list(Filters.empty())).extracting(VolumeRecord::name)
        .containsExactlyInAnyOrder("named", shared.name());
    assertThat(volumes.inspect(shared.name()).anonymous()).isTrue();
  }

  @Test
  void directorySizeCountsFilesAndLinksOnceAndNoDirectories() throws Exception {
    Path d = dir.resolve("tree");
    Files.createDirectories(d.resolve("sub"));
    Files.writeString(d.resolve("sub/a"), "1234");
    Files.createLink(d.resolve("hard"), d.resolve("sub/a"));
    Files.createSymbolicLink(d.resolve("link"), Path.of("sub/a"));
    assertThat(DirectorySize.of(d)).isEqualTo(4 + "sub/a".length());
    assertThat(DirectorySize.of(dir.resolve("missing"))).isZero();
  }

  @Test
  void createRemoveAndPruneLogTheDaemonsVolumeEvents() {
    volumes.create("ev", "", null, null);
    volumes.create("ev", "", null, null); // the daemon logs a create for an existing volume too
    volumes.remove("ev", false);
    volumes.create("pp", "", null, null);
    volumes.prune(Filters.empty());
    List<dev.berth.events.Event> events = new dev.berth.events.EventLog(engine.store())
        .history(0L, null, dev.berth.events.EventFilter.none()).events();
    assertThat(events).extracting(e -> e.type() + " " + e.action() + " " + e.actorId() + " " + e.attributes())
        .containsExactly("volume create ev {driver=local}", "volume create ev {driver=local}",
            "volume destroy ev {driver=local}", "volume create pp {driver=local}", "volume prune  {reclaimed=0}");
  }

  @Test
  void localDriverOptionsAreCheckedAsTheDaemonChecksThem() {
    assertThatThrownBy(() -> volumes.create("v1", null, null, Map.of("foo", "bar")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("create v1: invalid option: \"foo\"");
    assertThatThrownBy(() -> volumes.create("v2", null, null, Map.of("type", "tmpfs")))
        .hasMessage("create v2: missing required option: \"device\"");
    assertThatThrownBy(() -> volumes.create("v3", null, null, Map.of("device", "tmpfs")))
        .hasMessage("create v3: missing required option: \"type\"");
    assertThatThrownBy(() -> volumes.create("v4", null, null, Map.of("o", "size=1m")))
        .hasMessage("create v4: missing required option: \"device\"");
    assertThatThrownBy(() -> volumes.create("v5", null, null, Map.of("size", "abc")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("create v5: invalid size: 'abc'");
    assertThatThrownBy(() -> volumes.create("v6", null, null, Map.of("size", "1m")))
        .hasMessage("create v6: quota size requested but no quota support");
    assertThat(volumes.list(Filters.empty())).isEmpty();
    assertThat(volumes.create("v7", null, null, Map.of("size", "0")).options()).isEqualTo(Map.of("size", "0"));
  }

  @Test
  void aVolumeWithMountOptionsIsMountedWhileARunningContainerUsesIt() {
    org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mount needs root");
    volumes.create("tv", null, null, Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=1m"));
    Path data = volumes.mountpoint("tv");
    use("tv", "c1");
    use("tv", "c2");
    engine.store().db().write(c -> {
      c.createStatement().executeUpdate("INSERT INTO containers(id, name, image_id, image_ref, created_ns, state, config)"
          + " VALUES ('c2', 'two', 'sha256:x', 'x', 0, 'running', '{}')");
      LocalVolumeMounts.mount(c, engine.store().paths(), List.of("tv"));
      return null;
    });
    try {
      assertThat(dev.berth.runtime.MountTable.isMountPoint(data)).isTrue();
      engine.store().db().write(c -> {
        LocalVolumeMounts.release(c, engine.store().paths(), "c1");
        return null;
      });
      assertThat(dev.berth.runtime.MountTable.isMountPoint(data)).as("c2 still runs with it").isTrue();
      engine.store().db().write(c -> {
        LocalVolumeMounts.release(c, engine.store().paths(), "c2");
        return null;
      });
      assertThat(dev.berth.runtime.MountTable.isMountPoint(data)).isFalse();
    } finally {
      LocalVolumeMounts.unmount(engine.store().paths(), "tv");
    }
  }
}
