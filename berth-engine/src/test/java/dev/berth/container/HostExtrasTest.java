package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostExtrasTest {
  private static ObjectNode config(ObjectNode host) {
    ObjectNode c = ImageConfig.MAPPER.createObjectNode();
    c.set(HostSettings.CONFIG_KEY, host);
    return c;
  }

  private static ObjectNode host() {
    return ImageConfig.MAPPER.createObjectNode();
  }

  @Test
  void daemonErrors() {
    assertThatThrownBy(() -> HostExtras.check(config(host().put("Isolation", "hyperv")), new ArrayList<>()))
        .hasMessage("Invalid isolation: \"hyperv\" - linux only supports 'default'");
    assertThatThrownBy(() -> HostExtras.check(config(host().put("Runtime", "foo")), new ArrayList<>()))
        .hasMessage("Unknown runtime specified foo");
    HostExtras.check(config(host().put("Isolation", "Default").put("Runtime", "runc")), new ArrayList<>());
    assertThatThrownBy(() -> HostExtras.checkStorage(host().set("StorageOpt", host().put("size", "1G"))))
        .hasMessage("Filesystem does not support, or has not enabled quotas");
  }

  @Test
  void gpuAndAddressesFailTheStart() {
    ObjectNode gpu = host();
    gpu.putArray("DeviceRequests").addObject().put("Driver", "").putArray("Capabilities").addArray().add("gpu");
    assertThatThrownBy(() -> HostExtras.checkStart(config(gpu)))
        .hasMessage("could not select device driver \"\" with capabilities: [[gpu]]");
    ObjectNode ip = config(host());
    ip.putObject("EndpointIPAMConfig").put("IPv4Address", "10.0.0.2");
    HostExtras.checkStart(ip); // the default bridge is absent: the daemon disables the network first
    ip.put("NetworkMode", "none");
    assertThatThrownBy(() -> HostExtras.checkStart(ip))
        .hasMessage("user specified IP address is supported on user defined networks only");
  }

  @Test
  void kernelMemoryWarns() {
    List<String> warnings = new ArrayList<>();
    java.nio.file.Path saved = HostExtras.memoryCgroup;
    HostExtras.memoryCgroup = java.nio.file.Path.of("/nonexistent");
    try {
      ObjectNode c = config(host().put("KernelMemory", 1).put("OomKillDisable", true));
      HostExtras.check(c, warnings);
      assertThat(c.path(HostSettings.CONFIG_KEY).path("KernelMemory").asLong()).isZero();
      assertThat(c.path(HostSettings.CONFIG_KEY).has("OomKillDisable")).isFalse();
      assertThat(warnings).hasSize(3).first().asString().startsWith("Specifying a kernel memory limit is deprecated");
    } finally {
      HostExtras.memoryCgroup = saved;
    }
  }
}
