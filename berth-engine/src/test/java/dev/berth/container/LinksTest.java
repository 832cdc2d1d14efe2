package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.SystemException;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
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

class LinksTest {
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

  private ContainerRecord create(String name, String hostOptions) {
    String config = "{\"Cmd\":[\"top\"]" + (hostOptions == null ? "" : ",\"HostOptions\":" + hostOptions) + "}";
    return engine.containers().create("img:1", name, config);
  }

  private List<String> hostLinks(String parent) {
    return engine.store().db().read(c -> Links.hostConfigLinks(c, ContainerService.find(c, parent).id()));
  }

  @Test
  void parsesLinksAsTheDaemon() {
    assertThat(Links.Spec.parse("a")).isEqualTo(new Links.Spec("a", "a"));
    assertThat(Links.Spec.parse("a:b")).isEqualTo(new Links.Spec("a", "b"));
    assertThat(Links.Spec.parse("/a:/p/b")).isEqualTo(new Links.Spec("a", "b"));
    assertThatThrownBy(() -> Links.Spec.parse("a:b:c")).hasMessage("bad format for links: a:b:c");
    assertThat(Links.clean("/a/./b/")).isEqualTo("a/b");
    assertThat(Links.clean("")).isEmpty();
  }

  @Test
  void aLinkIsANameOfTheChildThatFollowsRenames() {
    ContainerRecord child = create("aaa", null);
    create("bbb", "{\"Links\":[\"aaa\",\"aaa:x\",\"aaa:\"]}");
    assertThat(engine.containers().inspect("bbb/x").id()).isEqualTo(child.id());
    assertThat(engine.containers().inspect("/bbb/aaa").id()).isEqualTo(child.id());
    assertThat(hostLinks("bbb")).containsExactly("/aaa:/bbb/aaa", "/aaa:/bbb/x");
    assertThat(Links.names(child, engine.containers().linkNames())).containsExactly("/aaa", "/bbb/aaa", "/bbb/x");

    engine.containers().rename("aaa", "zzz");
    engine.containers().rename("bbb", "ccc");
    assertThat(hostLinks("ccc")).containsExactly("/zzz:/ccc/aaa", "/zzz:/ccc/x");
    assertThatThrownBy(() -> engine.containers().inspect("bbb/x")).isInstanceOf(NotFoundException.class);
    assertThat(Links.names(engine.containers().inspect("zzz"), engine.containers().linkNames()))
        .containsExactly("/ccc/aaa", "/ccc/x", "/zzz");
  }

  @Test
  void aRemovedChildLeavesADeadLinkAndARemovedParentTakesItsLinks() {
    create("aaa", null);
    create("bbb", "{\"Links\":[\"aaa:y\"]}");
    create("ccc", "{\"Links\":[\"aaa:z\"]}");
    engine.containers().remove("ccc", false);
    assertThat(engine.containers().linkNames().values()).containsExactly(List.of("/bbb/y"));
    engine.containers().remove("aaa", false);
    assertThat(hostLinks("bbb")).containsExactly("/aaa:/bbb/y");
    assertThat(engine.containers().linkNames()).isEmpty();
    assertThatThrownBy(() -> engine.containers().inspect("bbb/y")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theDaemonsChecks() {
    create("aaa", null);
    create("hostc", null);
    assertThatThrownBy(() -> create("self", "{\"Links\":[\"self\"]}"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("could not get container for self: No such container: self");
    assertThatThrownBy(() -> engine.containers().create("img:1", "hh", "{\"Cmd\":[\"top\"],\"NetworkMode\":\"host\",\"HostOptions\":{\"Links\":[\"aaa\"]}}"))
        .hasMessage(Links.HOST_NETWORK_AND_LINKS);
    assertThatThrownBy(() -> engine.containers().create("img:1", "hh", "{\"Cmd\":[\"top\"],\"NetworkMode\":\"container:aaa\",\"HostOptions\":{\"Links\":[\"aaa\"]}}"))
        .hasMessage(Links.CONTAINER_NETWORK_AND_LINKS);
    engine.containers().create("img:1", "onhost", "{\"Cmd\":[\"top\"],\"NetworkMode\":\"host\"}");
    engine.containers().create("img:1", "joined", "{\"Cmd\":[\"top\"],\"NetworkMode\":\"container:onhost\"}");
    assertThatThrownBy(() -> create("p1", "{\"Links\":[\"joined\"]}")).hasMessage(Links.HOST_NETWORK_AND_LINKS);
    engine.containers().create("img:1", "joined2", "{\"Cmd\":[\"top\"],\"NetworkMode\":\"container:aaa\"}");
    create("p2", "{\"Links\":[\"joined2:j\"]}");
    assertThat(hostLinks("p2")).containsExactly("/aaa:/p2/j");
    // an alias taken by an earlier link is ignored
    create("p3", "{\"Links\":[\"aaa:a\",\"hostc:a\"]}");
    assertThat(hostLinks("p3")).containsExactly("/aaa:/p3/a");
  }

  @Test
  void onAUserNetworkLinksAreNamesOfTheEndpointNotOfTheGraph() {
    create("aaa", null);
    // the child need not exist; nothing is registered (the embedded DNS reads HostOptions.Links)
    engine.containers().create("img:1", "u1",
        "{\"Cmd\":[\"top\"],\"NetworkMode\":\"usernet\",\"HostOptions\":{\"Links\":[\"aaa:foo\",\"nosuch:bar\"]}}");
    assertThat(engine.containers().linkNames()).isEmpty();
    assertThat(engine.containers().inspect("u1").config()).contains("nosuch:bar");
  }

  @Test
  void removesALinkByItsName() {
    create("aaa", null);
    create("bbb", "{\"Links\":[\"aaa\"]}");
    assertThatThrownBy(() -> engine.containers().removeLink("aaa"))
        .isInstanceOf(SystemException.class)
        .hasMessage("Conflict, cannot remove the default link name of the container");
    assertThatThrownBy(() -> engine.containers().removeLink("bbb/nope")).isInstanceOf(NotFoundException.class);
    engine.containers().removeLink("bbb/aaa");
    assertThat(hostLinks("bbb")).isNull();
    assertThat(engine.containers().inspect("aaa").name()).isEqualTo("aaa");
  }

  @Test
  void theEnvironmentOfALink() {
    assertThat(Links.env("/two/one-x", "", List.of("PATH=/bin", "HOME=/root", "e1=", "e2=v=2", "bare"),
        List.of("80/tcp", "53/udp")))
        .containsExactly(
            "ONE_X_PORT=udp://:53",
            "ONE_X_PORT_53_UDP=udp://:53", "ONE_X_PORT_53_UDP_ADDR=", "ONE_X_PORT_53_UDP_PORT=53",
            "ONE_X_PORT_53_UDP_PROTO=udp",
            "ONE_X_PORT_80_TCP=tcp://:80", "ONE_X_PORT_80_TCP_ADDR=", "ONE_X_PORT_80_TCP_PORT=80",
            "ONE_X_PORT_80_TCP_PROTO=tcp",
            "ONE_X_NAME=/two/one-x", "ONE_X_ENV_e1=", "ONE_X_ENV_e2=v=2");
  }

  @Test
  void contiguousPortsAlsoGiveARange() {
    List<String> env = Links.env("/p/a", "1.2.3.4", List.of(), List.of("8002/tcp", "8000/tcp", "8001/tcp"));
    assertThat(env).startsWith(
        "A_PORT=tcp://1.2.3.4:8000",
        "A_PORT_8000_TCP_START=tcp://1.2.3.4:8000", "A_PORT_8000_TCP_ADDR=1.2.3.4", "A_PORT_8000_TCP_PROTO=tcp",
        "A_PORT_8000_TCP_PORT_START=8000", "A_PORT_8000_TCP_END=tcp://1.2.3.4:8002", "A_PORT_8000_TCP_PORT_END=8002",
        "A_PORT_8000_TCP=tcp://1.2.3.4:8000");
    assertThat(env).endsWith("A_NAME=/p/a");
  }
}
