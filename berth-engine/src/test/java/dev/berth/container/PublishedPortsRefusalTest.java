package dev.berth.container;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.NotSupportedException;
import dev.berth.image.ImageConfig;
import org.junit.jupiter.api.Test;

class PublishedPortsRefusalTest {
  private static ObjectNode config(String host, String exposed) throws Exception {
    ObjectNode c = (ObjectNode) ImageConfig.MAPPER.readTree("{\"ExposedPorts\":" + exposed + "}");
    c.set(HostSettings.CONFIG_KEY, ImageConfig.MAPPER.readTree(host));
    return c;
  }

  @Test
  void aPortBindingOnAUserNetworkIsRefusedAsNotSupported() throws Exception {
    assertThatThrownBy(() -> ContainerLifecycle.refusePublishedPorts(
        config("{\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"\",\"HostPort\":\"8080\"}]}}", "{\"80/tcp\":{}}")))
        .isInstanceOf(NotSupportedException.class)
        .hasMessageContaining("publishing ports (-p, -P) on a user-defined network: not supported yet by berth");
  }

  @Test
  void publishAllIsRefusedOnlyWhenAPortIsExposed() throws Exception {
    assertThatThrownBy(() -> ContainerLifecycle.refusePublishedPorts(
        config("{\"PublishAllPorts\":true}", "{\"80/tcp\":{}}"))).isInstanceOf(NotSupportedException.class);
    assertThatCode(() -> ContainerLifecycle.refusePublishedPorts(config("{\"PublishAllPorts\":true}", "{}")))
        .doesNotThrowAnyException();
  }

  @Test
  void noPortsNoRefusal() throws Exception {
    assertThatCode(() -> ContainerLifecycle.refusePublishedPorts(config("{\"PortBindings\":{}}", "{\"80/tcp\":{}}")))
        .doesNotThrowAnyException();
    assertThatCode(() -> ContainerLifecycle.refusePublishedPorts(config("{}", "null"))).doesNotThrowAnyException();
  }
}
