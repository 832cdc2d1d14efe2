package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostFlagsTest {
  @Test
  void deviceSplitsLikeTheCli() {
    assertThat(HostFlags.device("/dev/zero:/dev/nulo")).containsExactly("/dev/zero", "/dev/nulo", "rwm");
    assertThat(HostFlags.device("/dev/zero:rw")).containsExactly("/dev/zero", "/dev/zero", "rw");
    assertThat(HostFlags.device("/dev/fuse:/dev/fuse:mrw")).containsExactly("/dev/fuse", "/dev/fuse", "mrw");
    assertThat(HostFlags.device("/dev/zero:/dev/../dev/z")).containsExactly("/dev/zero", "/dev/z", "rwm");
  }

  @Test
  void deviceErrorsAreTheClis() {
    assertThatThrownBy(() -> HostFlags.device("/dev/zero:ro")).hasMessage("ro is not an absolute path");
    assertThatThrownBy(() -> HostFlags.device("/dev/zero:/dev/z:rww")).hasMessage("bad mode specified: rww");
    assertThatThrownBy(() -> HostFlags.device("/a:/b:rw:m")).hasMessage("bad format for path: /a:/b:rw:m");
    assertThatThrownBy(() -> HostFlags.device(":/dev/z")).hasMessage("bad format for path: :/dev/z");
  }

  @Test
  void addHostKeepsTheGivenAddress() {
    assertThat(HostFlags.extraHost("a:::1")).isEqualTo("a:::1");
    assertThat(HostFlags.extraHost("a=[::1]")).isEqualTo("a:::1");
    assertThatThrownBy(() -> HostFlags.extraHost("extra")).hasMessageEndingWith("bad format for add-host: \"extra\"");
    assertThatThrownBy(() -> HostFlags.extraHost("e:1.2.3.4:5"))
        .hasMessageEndingWith("invalid IP address in add-host: \"1.2.3.4:5\"");
  }

  @Test
  void dnsSearchDomains() {
    assertThat(HostFlags.dnsSearch("example.com.")).isEqualTo("example.com");
    assertThat(HostFlags.dnsSearch(".")).isEqualTo(".");
    assertThatThrownBy(() -> HostFlags.dnsSearch("-bad.example")).hasMessageEndingWith("-bad.example is not a valid domain");
  }

  @Test
  void ipAddressesInGosCanonicalForm() {
    assertThat(IpAddress.canonical("1.1.1.1")).isEqualTo("1.1.1.1");
    assertThat(IpAddress.canonical("1.1.1")).isNull();
    assertThat(IpAddress.canonical("01.1.1.1")).isNull();
    assertThat(IpAddress.canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(IpAddress.canonical("2001:DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
    assertThat(IpAddress.canonical("::ffff:1.2.3.4")).isEqualTo("1.2.3.4");
    assertThat(IpAddress.canonical("1::2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7");
    assertThat(IpAddress.canonical("notanip")).isNull();
    assertThat(IpAddress.loopback("127.0.0.1")).isTrue();
  }

  @Test
  void linksAreCheckedAndKept() {
    HostFlags flags = new HostFlags();
    flags.restart = "no";
    flags.links = java.util.List.of("nothing:nothing", "c1");
    com.fasterxml.jackson.databind.node.ObjectNode config = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    flags.apply(config, java.util.List.of(), false);
    assertThat(config.path(dev.berth.container.HostSettings.CONFIG_KEY).path("Links").toString())
        .isEqualTo("[\"nothing:nothing\",\"c1\"]");
    flags.links = java.util.List.of("a:b:c");
    assertThatThrownBy(() -> flags.apply(config, java.util.List.of(), false))
        .hasMessage("invalid argument \"a:b:c\" for \"--link\" flag: bad format for links: a:b:c");
  }

  @Test
  void aHostRangeForOneContainerPortIsKeptAsARange() {
    HostFlags flags = new HostFlags();
    flags.restart = "no";
    com.fasterxml.jackson.databind.node.ObjectNode config = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    flags.apply(config, java.util.List.of("9090-9092:80", "9800-9801:80-81/udp"), false);
    assertThat(config.path(dev.berth.container.HostSettings.CONFIG_KEY).path("PortBindings").toString())
        .isEqualTo("{\"80/tcp\":[{\"HostIp\":\"\",\"HostPort\":\"9090-9092\"}],"
            + "\"80/udp\":[{\"HostIp\":\"\",\"HostPort\":\"9800\"}],\"81/udp\":[{\"HostIp\":\"\",\"HostPort\":\"9801\"}]}");
    assertThatThrownBy(() -> flags.apply(config, java.util.List.of("9090:80-81"), false))
        .hasMessage("invalid ranges specified for container and host Ports: 80-81 and 9090");
    assertThatThrownBy(() -> flags.apply(config, java.util.List.of("9090-9089:80"), false))
        .hasMessage("invalid hostPort: 9090-9089");
  }

  @Test
  void exposeErrorsQuoteGosParsePortRange() {
    assertThat(HostFlags.exposeRange("80-82", "80-82/udp")).containsExactly(80, 81, 82);
    assertThatThrownBy(() -> HostFlags.exposeRange("80000", "80000")).hasMessage(
        "invalid range format for --expose: 80000, error: strconv.ParseUint: parsing \"80000\": value out of range");
    assertThatThrownBy(() -> HostFlags.exposeRange("80-79", "80-79")).hasMessage(
        "invalid range format for --expose: 80-79, error: invalid range specified for port: 80-79");
    assertThatThrownBy(() -> HostFlags.exposeRange("abc", "abc")).hasMessage(
        "invalid range format for --expose: abc, error: strconv.ParseUint: parsing \"abc\": invalid syntax");
    assertThatThrownBy(() -> HostFlags.exposeRange("80-", "80-")).hasMessage(
        "invalid range format for --expose: 80-, error: strconv.ParseUint: parsing \"\": invalid syntax");
  }

  @Test
  void blkioDeviceSettings() {
    HostFlags flags = new HostFlags();
    flags.restart = "no";
    flags.blkioWeightDevices = java.util.List.of("/dev/sdX:100");
    flags.deviceReadBps = java.util.List.of("/dev/sdX:1mb");
    flags.deviceWriteIops = java.util.List.of("/dev/sdX:100");
    com.fasterxml.jackson.databind.node.ObjectNode config = dev.berth.image.ImageConfig.MAPPER.createObjectNode();
    flags.apply(config, java.util.List.of(), false);
    com.fasterxml.jackson.databind.JsonNode host = config.path(dev.berth.container.HostSettings.CONFIG_KEY);
    assertThat(host.path("BlkioWeightDevice").toString()).isEqualTo("[{\"Path\":\"/dev/sdX\",\"Weight\":100}]");
    assertThat(host.path("BlkioDeviceReadBps").toString()).isEqualTo("[{\"Path\":\"/dev/sdX\",\"Rate\":1048576}]");
    assertThat(host.path("BlkioDeviceWriteIOps").toString()).isEqualTo("[{\"Path\":\"/dev/sdX\",\"Rate\":100}]");
    flags.deviceReadBps = java.util.List.of("sdX:1");
    assertThatThrownBy(() -> flags.apply(config, java.util.List.of(), false))
        .hasMessage("invalid argument \"sdX:1\" for \"--device-read-bps\" flag: bad format for device path: sdX:1");
  }
}
