package dev.berth.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.container.ContainerRecord;
import dev.berth.engine.Engine;
import dev.berth.image.ImageImporter;
import dev.berth.network.Endpoint;
import dev.berth.network.Network;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a container's embedded DNS reads from the store: the endpoints of its networks only. */
class StoreNamesTest {
  @TempDir Path dir;
  Engine engine;

  @BeforeEach
  void open() throws Exception {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = "x".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("data");
      e.setSize(body.length);
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

  private Network network(String name, String subnet) {
    ObjectNode r = dev.berth.image.ImageConfig.MAPPER.createObjectNode().put("Name", name);
    r.putObject("IPAM").putArray("Config").addObject().put("Subnet", subnet);
    return engine.networks().create(r);
  }

  private ContainerRecord onNetwork(String name, Network n, String extra) {
    ContainerRecord r = engine.containers().create("img:1", name,
        "{\"Cmd\":[\"top\"],\"NetworkMode\":\"" + n.name() + "\"" + extra + "}");
    engine.store().db().write(c -> Endpoint.allocate(c, n, r.id(), ""));
    return r;
  }

  @Test
  void namesOfTheContainersOnItsNetworksOnly() {
    Network a = network("neta", "10.99.1.0/24");
    Network b = network("netb", "10.99.2.0/24");
    ContainerRecord a1 = onNetwork("a1", a, ",\"Hostname\":\"h1\",\"NetworkAliases\":[\"Web\"]");
    ContainerRecord a2 = onNetwork("a2", a, ",\"HostOptions\":{\"Links\":[\"a1:lk\",\"nosuch:gone\"]}");
    onNetwork("b1", b, "");
    SandboxNames names = engine.store().db().read(c -> StoreNames.load(c, a2.id()));
    assertThat(names.ipv4("a1")).containsExactly("10.99.1.2");
    assertThat(names.ipv4("web.neta.")).containsExactly("10.99.1.2");
    assertThat(names.ipv4("h1")).containsExactly("10.99.1.2");
    assertThat(names.ipv4(a1.shortId())).containsExactly("10.99.1.2");
    assertThat(names.ipv4(a2.shortId())).containsExactly("10.99.1.3"); // its own hostname
    assertThat(names.ipv4("lk")).containsExactly("10.99.1.2");
    assertThat(names.ipv4("gone")).isEmpty();
    assertThat(names.ipv4("b1")).isEmpty();
    assertThat(names.ptr("10.99.1.2")).isEqualTo(Optional.of("a1.neta"));
    // a stopped container's endpoint is released: its names go
    engine.store().db().write(c -> {
      Endpoint.release(c, a1.id());
      return null;
    });
    assertThat(engine.store().db().read(c -> StoreNames.load(c, a2.id())).ipv4("web")).isEmpty();
    assertThat(engine.store().db().read(c -> StoreNames.load(c, a1.id())).networks()).isEmpty();
  }

  @Test
  void writtenOutNetworksGiveTheAliasesAndLinksOfEachNetwork() {
    Network a = network("neta", "10.99.1.0/24");
    ContainerRecord a1 = onNetwork("a1", a,
        ",\"NetworkAliases\":[\"old\"],\"BerthNetworks\":{\"neta\":{\"Aliases\":[\"new\"],\"Links\":[\"a1:self\"]}}");
    SandboxNames names = engine.store().db().read(c -> StoreNames.load(c, a1.id()));
    assertThat(names.ipv4("new")).containsExactly("10.99.1.2");
    assertThat(names.ipv4("old")).isEmpty();
    assertThat(names.ipv4("self")).containsExactly("10.99.1.2");
  }

  @Test
  void theContainersOwnResolversAndNdots() {
    Network a = network("neta", "10.99.1.0/24");
    ContainerRecord a1 = onNetwork("a1", a,
        ",\"HostOptions\":{\"Dns\":[\"10.0.0.9\",\"2001:db8::1\"],\"DnsOptions\":[\"ndots:2\"]}");
    SandboxNames names = engine.store().db().read(c -> StoreNames.load(c, a1.id()));
    assertThat(names.dns()).containsExactly("10.0.0.9");
    assertThat(names.ndotsSet()).isTrue();
  }
}
