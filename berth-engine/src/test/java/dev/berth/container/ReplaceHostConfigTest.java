package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.ImageConfig;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
import dev.berth.volume.MountPoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host config of a start request before API 1.24 (dockerd 20.10's setHostConfig at start). */
class ReplaceHostConfigTest {
  @TempDir Path dir;
  Engine engine;

  @BeforeEach
  void open() throws IOException {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = "x".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
      e.setModTime(1577836800000L);
      tar.putArchiveEntry(e);
      tar.write(body);
      tar.closeArchiveEntry();
    }
    new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(bytes.toByteArray()), "img:1", null);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private ObjectNode host(String json) throws IOException {
    return (ObjectNode) ImageConfig.MAPPER.readTree(json);
  }

  private List<MountPoint> mounts(String name) {
    return MountPoint.of(ContainerConfigs.parse(engine.containers().inspect(name).config()));
  }

  @Test
  void aBindReplacesTheAnonymousVolumeAtItsDestination() throws Exception {
    engine.containers().create("img:1", "c1", "{\"Cmd\":[\"top\"],\"Volumes\":{\"/foo\":{},\"/bar\":{}}}");
    assertThat(mounts("c1")).extracting(MountPoint::type).containsExactly("volume", "volume");
    Path src = dir.resolve("src");
    engine.containers().replaceHostConfig("c1", host("{\"NetworkMode\":\"none\",\"Binds\":[\"" + src + ":/foo\"]}"));
    assertThat(mounts("c1")).extracting(m -> m.type() + " " + m.destination()).containsExactly("volume /bar", "bind /foo");
    assertThat(ContainerConfigs.parse(engine.containers().inspect("c1").config()).path("NetworkMode").asText())
        .isEqualTo("none");
  }

  @Test
  void duplicateBindsChangeNothingAndATooLowMemoryIsStoredThenRefused() throws Exception {
    engine.containers().create("img:1", "c1", "{\"Cmd\":[\"top\"],\"Volumes\":{\"/tmp\":{}}}");
    assertThatThrownBy(() -> engine.containers().replaceHostConfig("c1",
        host("{\"Binds\":[\"/a:/tmp\",\"/b:/tmp\"]}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("Duplicate mount point: /tmp");
    assertThat(mounts("c1")).extracting(MountPoint::type).containsExactly("volume");
    assertThatThrownBy(() -> engine.containers().replaceHostConfig("c1",
        host("{\"HostOptions\":{\"Memory\":524287}}")))
        .isInstanceOf(InvalidArgumentException.class).hasMessage("Minimum memory limit allowed is 6MB");
    assertThat(HostSettings.of(ContainerConfigs.parse(engine.containers().inspect("c1").config()))
        .path("Memory").asLong()).isEqualTo(524287);
  }
}
