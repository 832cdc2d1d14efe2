package dev.berth.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container's /etc/hosts; expected texts are dockerd 20.10's for a container with network none. */
class HostFilesTest {
  @TempDir Path dir;

  @Test
  void extraHostsFollowTheDefaultsAsIpTabHostLines() throws Exception {
    HostFiles files = HostFiles.write(dir, "h", NetworkMode.NONE);
    HostFiles.appendExtraHosts(files.hosts(), List.of("foo:127.0.0.1", "bar:::1"));
    assertThat(Files.readString(files.hosts())).isEqualTo(HostFiles.NONE_HOSTS + "127.0.0.1\tfoo\n::1\tbar\n");
  }

  @Test
  void withoutExtraHostsTheFileIsUnchanged() throws Exception {
    HostFiles files = HostFiles.write(dir, "h", NetworkMode.NONE);
    HostFiles.appendExtraHosts(files.hosts(), List.of());
    assertThat(Files.readString(files.hosts())).isEqualTo(HostFiles.NONE_HOSTS);
  }

  @Test
  void userNetworksGetTheEmbeddedDnsServerWithTheHostsSearchAndOptions() {
    assertThat(HostFiles.embeddedDnsResolvConf("nameserver 10.255.255.53\n"))
        .isEqualTo("nameserver 127.0.0.11\noptions ndots:0\n");
    assertThat(HostFiles.embeddedDnsResolvConf("search a.example b.example\nnameserver 1.1.1.1\noptions ndots:2 rotate\n"))
        .isEqualTo("nameserver 127.0.0.11\nsearch a.example b.example\noptions ndots:2 rotate\n");
  }

  @Test
  void onAUserNetworkTheUsersDnsSettingsStayBehindTheEmbeddedServer() throws Exception {
    HostFiles files = HostFiles.write(dir, "h", NetworkMode.USER,
        new NetworkFiles(List.of("10.0.0.9"), List.of("s.example"), List.of("ndots:1"), List.of()));
    assertThat(Files.readString(files.resolvConf()))
        .isEqualTo("nameserver 127.0.0.11\nsearch s.example\noptions ndots:1\n");
    files = HostFiles.write(dir, "h", NetworkMode.USER,
        new NetworkFiles(List.of("10.0.0.9"), List.of(), List.of(), List.of()));
    assertThat(Files.readString(files.resolvConf())).startsWith("nameserver 127.0.0.11\n").endsWith("options ndots:0\n");
  }

  @Test
  void anyOtherNetworkNameIsAUserNetwork() {
    assertThat(NetworkMode.parse("usernet")).isEqualTo(NetworkMode.USER);
    assertThat(NetworkMode.parse("bridge")).isEqualTo(NetworkMode.BRIDGE);
  }
}
